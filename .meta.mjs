import { build } from 'esbuild'
const entry = process.argv[2] ?? '/work/main/dist/esm/index.js'
const what = process.argv[3] ?? 'calculateContribution'
const r = await build({ stdin: { contents: `import { ${what} } from ${JSON.stringify(entry)}; globalThis.x = ${what}`, resolveDir: '/work/main' }, bundle: true, minify: true, write: false, metafile: true, format: 'esm', platform: 'browser' })
const out = Object.values(r.metafile.outputs)[0]
const rows = Object.entries(out.inputs).map(([k, v]) => [k, v.bytesInOutput]).sort((a, b) => b[1] - a[1])
const filt = process.argv[4]
for (const [k, b] of rows.filter(([k]) => !filt || k.includes(filt)).slice(0, 60)) console.log((b / 1000).toFixed(1).padStart(6), k)
