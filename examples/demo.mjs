// npm run demo: a worked example end to end, from the built package.
// 1. A payroll line for one employee (PU), with the JP cap, JKP recomposition and its explanation.
// 2. A death benefit (JKM) with the children's scholarship schedule.
// 3. The city coverage program (3,000 informal + 1,316 religious workers for 12 months).
// 4. A list of people assessed before enrolment, and the road to full coverage.
// 5. What the contributions of section 1 buy: a work accident (JKK), a lay-off (JKP), the JHT savings on
//    resignation and a JP disability pension, each checked against the figures worked out by hand below.
import assert from 'node:assert/strict'
import {
  assessRoster,
  planCoverageRoadmap,
  calculateContribution,
  calculateJhtClaim,
  calculateJkkBenefit,
  calculateJkmBenefit,
  calculateJkpBenefit,
  calculateJpBenefit,
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
// who pays, in words (the API gives codes)
const PEMBAYAR = {
  employer: 'pemberi kerja',
  worker: 'pekerja',
  participant: 'peserta',
  government: 'pemerintah',
}
for (const l of c.lines)
  console.log(
    `  ${l.program.padEnd(4)} ${PEMBAYAR[l.payer].padEnd(13)} ${(l.fund ? `→ dana ${l.fund}` : '').padEnd(12)} ${(l.rate === undefined ? '' : formatRate(l.rate, 'id')).padStart(6)} × ${formatRupiah(l.base ?? 0).padStart(13)} = ${formatRupiah(l.gross ?? l.amount).padStart(10)}${l.gross === undefined ? '' : ` → dana ${l.fund}: ${formatRupiah(l.amount)}`}`,
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
/** A ratio (exact to 4 decimals) as Indonesians write a percentage, by moving the point in its text: 0.936 → 93,6%. */
function persen(ratio) {
  const [int, frac = ''] = String(ratio).split('.')
  const digits = `${int}${frac.padEnd(2, '0')}`
  const rest = digits.slice(int.length + 2)
  return `${Number(digits.slice(0, int.length + 2))}${rest === '' ? '' : `,${rest}`}%`
}
for (const y of road.years)
  console.log(
    `  ${y.year}: ${y.programWorkers} pekerja dibayar (baru ${y.enrolled}), cakupan ${persen(y.coverage)}, biaya ${formatRupiah(y.cost)}`,
  )
console.log(
  `  Sasaran 100% ${road.reachedIn === null ? 'tidak tercapai sampai 2028' : `tercapai ${road.reachedIn}`}; anggaran per tahun yang diperlukan: ${formatRupiah(road.budgetNeeded.firstYear)}`,
)

rule('5. Manfaat lain: kecelakaan kerja (JKK), PHK (JKP), JHT saat mengundurkan diri, pensiun cacat (JP)')
// JKK, PP 82/2019: unable to work 2025-06-10 … 2025-12-09 = 6 months at 100% × Rp12.000.000 = Rp72.000.000;
// land transport Rp750.000 (under its Rp5.000.000 cap); total Rp72.750.000.
const acc = calculateJkkBenefit({
  accidentDate: '2025-06-10',
  category: 'PU',
  cause: 'work-accident',
  monthlyWage: 12000000,
  membershipActive: true,
  employerArrearsMonths: 0,
  claimDate: '2026-01-05',
  incapacity: { from: '2025-06-10', to: '2025-12-09' },
  transport: { land: 750000 },
})
assert.equal(acc.stmb.total, 72000000)
assert.equal(acc.total, 72750000)
console.log(
  `  JKK (${acc.regime}): STMB ${formatRupiah(acc.stmb.total)} + angkutan ${formatRupiah(acc.items[0].amount)} = ${formatRupiah(acc.total)}`,
)
// JKP, PP 6/2025 (lay-off on 2025-08-01): the wage counts up to Rp5.000.000; 60% × Rp5.000.000 = Rp3.000.000
// a month for 6 months = Rp18.000.000.
const jkp = calculateJkpBenefit({
  layoffDate: '2025-08-01',
  claimDate: '2025-08-20',
  reasonForLeaving: 'layoff',
  contributionMonthsInWindow: 20,
  consecutiveMonthsBeforeLayoff: 20,
  employedAgain: false,
  monthlyWage: 12000000,
  employerArrearsMonths: 0,
  claimNumber: 1,
})
assert.deepEqual(
  jkp.months.map((m) => m.amount),
  Array(6).fill(3000000),
)
console.log(`  JKP (${jkp.regime}): 6 × ${formatRupiah(jkp.months[0].amount)} = ${formatRupiah(jkp.total)}`)
// JHT on resignation (letter 2025-08-01): payable one month later, 2025-09-01; the whole balance
// Rp80.000.000; PP 68/2009 tax 5% × (Rp80.000.000 − Rp50.000.000) = Rp1.500.000, net Rp78.500.000.
const jht = calculateJhtClaim({
  ground: 'resignation',
  claimDate: '2025-09-15',
  separationDate: '2025-08-01',
  workingElsewhere: false,
  birthDate: '1990-05-01',
  membershipStart: '2015-09-01',
  balance: 80000000,
})
assert.equal(jht.payableFrom, '2025-09-01')
assert.deepEqual([jht.amount, jht.tax.amount, jht.tax.net], [80000000, 1500000, 78500000])
console.log(`  JHT: ${jht.timeline[0].text}`)
// JP disability pension: 29 months of Rp2.500.000 from 2024-01, total permanent disability on 2026-05-10. The
// months count as 180 (PP 45/2015 Pasal 22): 1% × 180/12 × about Rp2.500.000 (indexed) is under Rp400.000,
// below the 2026 minimum, so the minimum Rp411.400 a month from 2026-06.
const jp = calculateJpBenefit({
  kind: 'disability',
  birthDate: '1990-01-01',
  membershipStart: '2024-01-01',
  eventDate: '2026-05-10',
  wageHistory: Array.from({ length: 29 }, (_, i) => ({
    period: `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    wage: '2500000',
  })),
})
assert.equal(jp.monthlyPension, 411400)
assert.ok(jp.formulaAmount < 400000)
console.log(`  JP: ${jp.timeline[0].text}`)
