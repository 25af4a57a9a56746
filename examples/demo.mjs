// npm run demo: a worked example end to end, from the built package.
// 1. A payroll line for one employee (PU), with the JP cap, JKP recomposition and its explanation.
// 2. A death benefit (JKM) with the children's scholarship schedule.
// 3. The city coverage program (3,000 informal + 1,316 religious workers for 12 months).
import {
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
