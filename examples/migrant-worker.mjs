// A migrant worker's package (PMI, pekerja migran Indonesia): the JKK + JKM protection before, during and
// after work abroad (Permenaker 4/2023 Pasal 18), optional JHT, and the JKM if the worker dies abroad.
//
//   npm run build && node examples/migrant-worker.mjs
import assert from 'node:assert/strict'
import { calculateContribution, calculateJkmBenefit, formatRupiah } from 'bpjs-ketenagakerjaan'

const show = (title, r) => {
  console.log(title)
  for (const l of r.lines)
    console.log(
      `  ${l.program.padEnd(8)} ${(l.part ?? '').padEnd(14)} ${formatRupiah(l.amount).padStart(12)}`,
    )
  console.log(`  ${'Total'.padEnd(23)} ${formatRupiah(r.totals.total).padStart(12)}\n`)
}

// Wati goes to work in Taiwan for 24 months, placed by an agency (P3MI), in June 2025.
const wati = calculateContribution({
  category: 'PMI',
  period: '2025-06',
  contractMonths: 24,
  placement: 'agency',
})
show('Wati, 24-month contract through an agency', wati)
// By hand: pre-placement Rp37,500 + during and after work (24 months) Rp332,500.
assert.equal(wati.totals.total, 370_000)

// Rudi works independently in Malaysia for 30 months and saves Rp100,000 a month in JHT.
const rudi = calculateContribution({
  category: 'PMI',
  period: '2025-06',
  contractMonths: 30,
  placement: 'independent',
  jhtMonthly: 100_000,
})
show('Rudi, independent, 30 months, JHT Rp100.000 a month', rudi)
// By hand: 24 months Rp332,500 + 6 months beyond at Rp13,500 = 81,000 + JHT 30 × 100,000 = 3,000,000.
assert.equal(rudi.totals.total, 332_500 + 81_000 + 3_000_000)

// If a migrant worker dies during work abroad (not a work accident), the heirs get Rp85,000,000 at once.
const death = calculateJkmBenefit({
  category: 'PMI',
  dateOfDeath: '2025-11-03',
  membershipStart: '2025-06-02',
  cause: 'natural',
  pmiPhase: 'during',
  membershipActive: true,
})
console.log(`JKM for a death during work abroad: ${formatRupiah(death.total)} (${death.regime})`)
assert.equal(death.total, 85_000_000)
