// npm run demo: a worked example end to end, from the built package.
// 1. A payroll line for one employee (PU), with the JP cap, JKP recomposition and its explanation.
// 2. A death benefit (JKM) with the children's scholarship schedule.
// 3. The city coverage program (3,000 informal + 1,316 religious workers for 12 months).
// 4. A list of people assessed before enrolment, and the road to full coverage.
import {
  assessRoster,
  planCoverageRoadmap,
  calculateContribution,
  calculateJkmBenefit,
  formatRupiah,
  renderExplanation,
} from '../dist/esm/index.js'
// the people-facing doors (rates as percentages, the fund split in words), built by `npm run build`
import { formatRate, splitSentences } from '../dist/doors/index.js'

const rule = (t) => console.log(`\n${'='.repeat(100)}\n${t}\n${'='.repeat(100)}`)

rule(
  '1. Iuran seorang pegawai (PU), Juni 2025: upah Rp12.000.000, risiko JKK kelompok 2, usaha menengah, terdaftar JKP',
)
const c = calculateContribution({
  category: 'PU',
  period: '2025-06',
  wage: 12000000,
  jkkRiskClass: 2,
  enterpriseSize: 'medium',
  jkpRegistered: true,
})
for (const l of c.lines)
  console.log(
    `  ${l.program.padEnd(4)} ${l.payer.padEnd(10)} ${(l.fund ? `→ dana ${l.fund}` : '').padEnd(12)} ${(l.rate === undefined ? '' : formatRate(l.rate, 'id')).padStart(6)} × ${formatRupiah(l.base ?? 0).padStart(13)} = ${formatRupiah(l.gross ?? l.amount).padStart(10)}${l.gross === undefined ? '' : ` → dana ${l.fund}: ${formatRupiah(l.amount)}`}`,
  )
// the JKK amount after the JKP recomposition is split between two funds: said in words
for (const s of splitSentences(c, 'id')) console.log(`  ${s}`)
console.log(
  `  Total: pemberi kerja ${formatRupiah(c.totals.employer)}, pekerja ${formatRupiah(c.totals.worker)}, pemerintah ${formatRupiah(c.totals.government)} = ${formatRupiah(c.totals.total)}`,
)
console.log('')
console.log(renderExplanation(c.explanation, { warnings: c.warnings }))

rule(
  '2. Jaminan Kematian (JKM): peserta BPU meninggal 10 Maret 2024 (bukan kecelakaan kerja), 4 tahun iuran, dua anak',
)
const j = calculateJkmBenefit({
  dateOfDeath: '2024-03-10',
  category: 'BPU',
  membershipStart: '2020-01-06',
  cause: 'natural',
  paidThrough: '2024-03',
  children: [
    { birthDate: '2008-05-01', schooling: [{ level: 'SMA', startYear: 2023 }] },
    { birthDate: '2021-09-15' },
  ],
})
console.log(`  Dibayar: ${j.payable ? 'ya' : 'tidak'} (${j.regime})`)
console.log(
  `  Santunan sekaligus ${formatRupiah(j.lumpSum)} + berkala ${formatRupiah(j.periodic)} + pemakaman ${formatRupiah(j.funeral)} = ${formatRupiah(j.total)}`,
)
for (const ch of j.scholarship.children) {
  console.log(`  Beasiswa anak ${ch.index + 1}: ${formatRupiah(ch.total)}`)
  console.log(`    ${ch.payments.map((p) => `${p.year} ${p.level} ${formatRupiah(p.amount)}`).join('; ')}`)
}
console.log(
  `  Beasiswa total ${formatRupiah(j.scholarship.total)} (maksimum ${formatRupiah(j.scholarship.maximum)})`,
)
for (const w of j.warnings) console.log(`  ! [${w.code}] ${w.message}`)

rule('3. Program perlindungan pekerja rentan sebuah kota (APBD)')
await import('./city-coverage-program.mjs')

rule('4. Daftar pekerja rentan sebelum didaftarkan, dan peta jalan menuju cakupan 100%')
// five rows of a city's list on 15 January 2026, premiums from the APBD, the city's own age limit 65
const roster = assessRoster(
  {
    asOf: '2026-01-15',
    payer: 'apbd',
    relationship: 'vulnerable-worker',
    nationality: 'WNI',
    declaredIncome: 1000000,
    rows: [
      { nik: '1571024508900003', birthDate: '1990-08-05', sex: 'female', participant: false }, // 45 − 40 = 5 Aug 1990
      { nik: '1571024508900003', birthDate: '1990-08-05', sex: 'female', participant: false }, // the same NIK again
      { nik: '1571025506800001', birthDate: '1980-06-16', sex: 'female', participant: false }, // NIK says 15 Jun
      { nik: '1571010101550001', birthDate: '1955-01-01', sex: 'male', participant: false }, // 71 years old
      {
        nik: '1571031203850002',
        birthDate: '1985-03-12',
        sex: 'male',
        declaredIncome: 2000000,
        participant: true,
      },
    ],
  },
  { parameters: { 'eligibility.bpu.maxRegistrationAge': { maxAge: 65 } } },
)
for (const p of roster.people)
  console.log(
    `  baris ${p.row}: ${p.status.padEnd(8)} ${p.premium ? formatRupiah(p.premium.perMonth).padStart(9) : ''.padStart(9)}  ${p.findings
      .filter((f) => f.severity !== 'info' || f.code === 'ROSTER_ALREADY_PARTICIPANT')
      .map((f) => f.message)
      .join(' ')}`,
  )
console.log(
  `  Siap didaftarkan: ${roster.counts.enrol}; iuran sebulan ${formatRupiah(roster.monthlyPremium)}`,
)
const road = planCoverageRoadmap({
  startPeriod: '2026-01',
  targetYear: 2028,
  potentialWorkers: 1000,
  coveredToday: 440,
  targetCoverage: 1,
  budget: { yearly: 100000000 },
  payer: 'apbd',
  premium: { category: 'BPU', declaredIncome: 1000000 },
  churn: '0.05',
  enrolmentCapacity: 300,
})
for (const y of road.years)
  console.log(
    `  ${y.year}: ${y.programWorkers} pekerja dibayar (baru ${y.enrolled}), cakupan ${(y.coverage * 100).toFixed(1)}%, biaya ${formatRupiah(y.cost)}`,
  )
console.log(
  `  Sasaran 100% ${road.reachedIn === null ? 'tidak tercapai sampai 2028' : `tercapai ${road.reachedIn}`}; anggaran per tahun yang diperlukan: ${formatRupiah(road.budgetNeeded.firstYear)}`,
)
