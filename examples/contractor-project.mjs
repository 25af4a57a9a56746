// A contractor pricing the BPJS Ketenagakerjaan cover of a construction project (jasa konstruksi): by contract
// value (marginal tiers, like tax brackets), or by the known monthly wages of the workers.
//
//   npm run build && node examples/contractor-project.mjs
import assert from 'node:assert/strict'
import { calculateContribution, formatRupiah } from 'bpjs-ketenagakerjaan'

// A Rp2 billion contract for a village health centre, value excluding VAT (decisions D17), registered June 2025.
const project = calculateContribution({ category: 'JAKON', period: '2025-06', contractValue: 2_000_000_000 })
console.log('Puskesmas project, contract Rp2.000.000.000 (excl. VAT)')
for (const l of project.lines) {
  console.log(`  ${l.program}: ${formatRupiah(l.amount)}`)
  for (const t of l.tiers ?? [])
    console.log(`    ${formatRupiah(t.base).padStart(16)} × ${t.rate}  (above ${formatRupiah(t.over)})`)
}
console.log(`  Total for the whole project: ${formatRupiah(project.totals.total)}\n`)
// By hand (Permenaker 44/2015, marginal):
// JKK 100M × 0.21% + 400M × 0.17% + 500M × 0.13% + 1,000M × 0.11% = 210,000 + 680,000 + 650,000 + 1,100,000
// JKM 100M × 0.03% + 400M × 0.02% + 500M × 0.02% + 1,000M × 0.01% =  30,000 +  80,000 + 100,000 +   100,000
assert.deepEqual(
  project.lines.map((l) => [l.program, l.amount]),
  [
    ['JKK', 2_640_000],
    ['JKM', 310_000],
  ],
)
assert.equal(project.totals.total, 2_950_000)

// The same contractor also keeps a crew of 20 with known wages of Rp4,000,000: JKK 1.74% + JKM 0.30% a month.
const perWorker = calculateContribution({ category: 'JAKON', period: '2025-06', wage: 4_000_000 })
console.log(`Crew, per worker and month: ${formatRupiah(perWorker.totals.total)}`)
console.log(`Crew of 20, per month:      ${formatRupiah(20 * perWorker.totals.total)}`)
// By hand: 1.74% × 4,000,000 = 69,600; 0.30% × 4,000,000 = 12,000 → 81,600 per worker.
assert.equal(perWorker.totals.total, 81_600)
