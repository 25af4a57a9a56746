const lib = await import(process.argv[2] ?? '/work/main/dist/esm/index.js')
const { calculateContributions } = lib
function mulberry32(a) { return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296 } }
const r = mulberry32(1)
const rows = Array.from({ length: 1000000 }, () => ({ category: 'PU', period: '2026-10', wage: 1000000 + Math.floor(r() * 99000000), jkkRiskClass: 1 + Math.floor(r() * 5), enterpriseSize: 'large' }))
calculateContributions(rows.slice(0, 50000))
let best = Infinity
for (let i = 0; i < 3; i++) { const t0 = performance.now(); calculateContributions(rows); best = Math.min(best, performance.now() - t0) }
console.log(process.argv[2] ?? 'new', Math.round(1e6 / (best / 1000)), 'rows/s')
