// A JKM claim (death not caused by work) of a wage earner with two school children: the cash benefit and
// each child's scholarship, school year by school year (PP 82/2019, Permenaker 5/2021 and 1/2025).
//
//   npm run build && node examples/jkm-claim-two-children.mjs
import assert from 'node:assert/strict'
import { calculateJkmBenefit, formatRupiah, renderExplanation } from 'bpjs-ketenagakerjaan'

const claim = calculateJkmBenefit({
  category: 'PU',
  dateOfDeath: '2025-06-10',
  cause: 'natural', // an illness, not a work accident (that would be JKK)
  membershipStart: '2018-01-01',
  membershipActive: true,
  employerArrearsMonths: 0,
  children: [
    { name: 'Rina', birthDate: '2012-05-01', schooling: [{ level: 'SMP', startYear: 2024 }] },
    { name: 'Budi', birthDate: '2017-08-01', schooling: [{ level: 'SD', startYear: 2023 }] },
  ],
})

console.log(`Payable: ${claim.payable} (${claim.regime})`)
console.log(`  lump sum  ${formatRupiah(claim.lumpSum)}`)
console.log(`  periodic  ${formatRupiah(claim.periodic)}`)
console.log(`  funeral   ${formatRupiah(claim.funeral)}`)
console.log(`  total     ${formatRupiah(claim.total)}\n`)
for (const child of claim.scholarship.children) {
  console.log(`Scholarship for ${child.name}: ${formatRupiah(child.total)}`)
  for (const p of child.payments)
    console.log(
      `  ${p.schoolYear} ${String(p.level).padEnd(3)} ${formatRupiah(p.amount).padStart(13)}  claimable from ${p.payableFrom}`,
    )
}
console.log(
  `Scholarship, both children: ${formatRupiah(claim.scholarship.total)} (maximum ${formatRupiah(claim.scholarship.maximum)})`,
)
console.log(`Warnings: ${claim.warnings.map((w) => w.code).join(', ')}`)

// The first steps of the explanation, in Indonesian:
console.log(`\n${renderExplanation(claim.explanation).split('\n').slice(0, 12).join('\n')}\n…`)

// By hand (PP 82/2019; scholarship per school year: SD 1.5M, SMP 2M, SMA 3M, PT 12M; SD at most 6 years,
// SMP and SMA 3, PT 5; the school year in progress at the death is paid):
// cash 20,000,000 + 24 × 500,000 + 10,000,000 = 42,000,000
// Rina: SMP 2024–2026 3 × 2M + SMA 3 × 3M + PT 5 × 12M = 6M + 9M + 60M = 75,000,000
// Budi: SD 2024–2028 (2023/2024 ended before the death) 5 × 1.5M + SMP 6M + SMA 9M + PT 60M = 82,500,000
assert.equal(claim.total, 42_000_000)
assert.deepEqual(
  claim.scholarship.children.map((c) => c.total),
  [75_000_000, 82_500_000],
)
