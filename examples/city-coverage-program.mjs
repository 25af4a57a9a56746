// A city pays BPJS Ketenagakerjaan premiums for 3,000 informal workers and 1,316 religious workers for
// 12 months from June 2025. It has about 15,000 vulnerable workers on its list and 44% coverage
// (6,600 covered) before the program. Printed in Indonesian.
//
// Run: npm run build && node examples/city-coverage-program.mjs
import { formatRupiah, planCoverageProgram } from '../dist/esm/index.js'

const plan = planCoverageProgram({
  startPeriod: '2025-06',
  months: 12,
  payer: 'apbd',
  cohorts: [
    {
      name: 'Pekerja informal (ojek, pedagang, buruh harian)',
      workers: 3000,
      category: 'BPU',
      declaredIncome: 1000000,
    },
    {
      name: 'Pekerja keagamaan (imam, marbot, guru ngaji)',
      workers: 1316,
      category: 'BPU',
      declaredIncome: 1000000,
    },
  ],
  potentialWorkers: 15000,
  coveredBefore: 6600,
  annualMortalityRate: '0.004', // the city's own assumption: 4 deaths per 1,000 workers a year
})

/** A ratio (exact to 4 decimals) as a percentage with 2, the Indonesian way, by moving the point in its text: 0.7277 → 72,77%. */
function pct(ratio) {
  const [int, frac = ''] = String(ratio).split('.')
  const digits = `${int}${frac.padEnd(4, '0')}`
  return `${Number(digits.slice(0, -2))},${digits.slice(-2)}%`
}
console.log(`PROGRAM PERLINDUNGAN PEKERJA RENTAN ${plan.startPeriod} s.d. ${plan.endPeriod} (APBD)`)
console.log('')
for (const c of plan.cohorts) {
  console.log(`- ${c.name}`)
  console.log(
    `    ${c.workers.toLocaleString('id-ID')} pekerja × ${formatRupiah(c.premiumPerWorkerPerMonth)} per bulan = ${formatRupiah(c.perMonth)} per bulan`,
  )
  console.log(`    setahun: ${formatRupiah(c.firstYear)}; selama program: ${formatRupiah(c.total)}`)
}
console.log('')
console.log(
  `Total anggaran: ${formatRupiah(plan.total)} untuk ${plan.workers.toLocaleString('id-ID')} pekerja`,
)
console.log('Jadwal bulanan:')
for (const s of plan.schedule) console.log(`  ${s.period}  ${formatRupiah(s.total).padStart(16)}`)
const cov = plan.coverage
console.log('')
console.log(
  `Cakupan: ${cov.coveredBefore.toLocaleString('id-ID')} → ${cov.coveredAfter.toLocaleString('id-ID')} dari ${cov.potential.toLocaleString('id-ID')} pekerja potensial (${pct(cov.ratioBefore)} → ${pct(cov.ratioAfter)})`,
)
console.log(
  `Kesenjangan: ${cov.gap.toLocaleString('id-ID')} pekerja; biaya menutupnya dengan paket yang sama selama ${plan.months} bulan: ${formatRupiah(cov.costToCloseGap)}`,
)
const eb = plan.expectedBenefits
console.log('')
console.log(
  `Perkiraan (dari asumsi kematian 0,4% per tahun): ${String(eb.jkm.deaths).replace('.', ',')} kematian, santunan JKM bagi ahli waris ${formatRupiah(eb.jkm.amount)} (di luar beasiswa)`,
)
console.log('')
console.log('Peringatan:')
for (const w of plan.warnings) console.log(`  - [${w.code}] ${w.message}`)
