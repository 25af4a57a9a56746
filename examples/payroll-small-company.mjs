// Payroll of a small company for one month: every employee's BPJS Ketenagakerjaan contributions, the
// employer's bill, the deductions from each payslip and the JKP part the government pays.
//
//   npm run build && node examples/payroll-small-company.mjs
import assert from 'node:assert/strict'
import { calculateContribution, formatRupiah } from 'bpjs-ketenagakerjaan'

// CV Maju Bersama, a medium-sized trading company (JKK risk group I, PP 44/2015 Lampiran I), June 2025.
// Every employee is registered in JKP, so part of the JKK contribution is recomposed to JKP (decisions D7, D8).
const company = { enterpriseSize: 'medium', jkkRiskClass: 1, period: '2025-06' }
const employees = [
  { name: 'Ani Lestari', wage: 5_500_000 },
  { name: 'Budi Santoso', wage: 4_200_000 },
  { name: 'Citra Dewi', wage: 3_800_000 },
  { name: 'Dedi Kurniawan', wage: 12_000_000 }, // above the JP wage cap (Rp10,547,400 in 2025)
]

const bill = { employer: 0, worker: 0, government: 0, total: 0 }
console.log(`CV Maju Bersama — contributions for ${company.period}\n`)
console.log('Employee'.padEnd(16), 'Wage'.padStart(14), 'Employer'.padStart(12), 'Payslip'.padStart(12))
for (const e of employees) {
  const r = calculateContribution({ category: 'PU', wage: e.wage, jkpRegistered: true, ...company })
  for (const k of Object.keys(bill)) bill[k] += r.totals[k]
  console.log(
    e.name.padEnd(16),
    formatRupiah(e.wage).padStart(14),
    formatRupiah(r.totals.employer).padStart(12),
    `-${formatRupiah(r.totals.worker)}`.padStart(12),
  )
}
console.log()
console.log(`Employer pays BPJS TK:        ${formatRupiah(bill.employer)}`)
console.log(`Deducted from payslips:       ${formatRupiah(bill.worker)}`)
console.log(`Paid by the government (JKP): ${formatRupiah(bill.government)}`)
console.log(`Total:                        ${formatRupiah(bill.total)}`)

// Checked by hand (wages add up to Rp25,500,000; JP base is min(wage, 10,547,400)):
// employer: (0.24% JKK + 0.30% JKM + 3.7% JHT) × 25,500,000 = 1,081,200
//           + JP 2% × (5,500,000 + 4,200,000 + 3,800,000 + 10,547,400) = 480,948 → 1,562,148
// worker:   JHT 2% × 25,500,000 = 510,000 + JP 1% × 24,047,400 = 240,474 → 750,474
// JKP, government 0.22% × min(wage, 5,000,000): 11,000 + 9,240 + 8,360 + 11,000 = 39,600
assert.deepEqual(bill, { employer: 1_562_148, worker: 750_474, government: 39_600, total: 2_352_222 })
