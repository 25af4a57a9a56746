// An informal worker (BPU, bukan penerima upah) choosing a package: the basic JKK + JKM, or with JHT savings,
// monthly or paid in advance; and an online driver in 2026 with the PP 50/2025 discount.
//
//   npm run build && node examples/informal-worker-package.mjs
import assert from 'node:assert/strict'
import { calculateContribution, formatRupiah } from 'bpjs-ketenagakerjaan'

// Siti sells food from a cart and earns about Rp2,500,000 a month.
const siti = { category: 'BPU', period: '2025-06', declaredIncome: 2_500_000 }
const packages = [
  { label: 'JKK + JKM, monthly', input: siti },
  { label: 'JKK + JKM + JHT, monthly', input: { ...siti, programs: ['JKK', 'JKM', 'JHT'] } },
  {
    label: 'JKK + JKM + JHT, 3 months ahead',
    input: { ...siti, programs: ['JKK', 'JKM', 'JHT'], months: 3 },
  },
]
console.log('Siti, street food seller, income Rp2.500.000 a month\n')
const totals = packages.map(({ label, input }) => {
  const r = calculateContribution(input)
  const detail = r.lines.map((l) => `${l.program} ${formatRupiah(l.amount)}`).join(' + ')
  console.log(`${label.padEnd(34)} ${formatRupiah(r.totals.total).padStart(10)}   (${detail})`)
  return r.totals.total
})
// By hand: JKK 1% × 2,500,000 = 25,000; JKM Rp6,800 flat (PP 44/2015); JHT 2% × 2,500,000 = 50,000.
assert.deepEqual(totals, [31_800, 81_800, 3 * 81_800])

// Joko drives an online motorbike taxi (transport sector) and pays his own contributions. PP 50/2025 halves
// JKK and JKM for self-paid transport-sector BPU from the January 2026 contribution to March 2027 (D20).
// Messages and explanations are in Indonesian unless `locale: 'en'` is asked for.
const joko = calculateContribution(
  { category: 'BPU', period: '2026-02', declaredIncome: 3_000_000, payer: 'self', sector: 'transport' },
  { locale: 'en' },
)
console.log(`\nJoko, online driver, February 2026: ${formatRupiah(joko.totals.total)} (PP 50/2025 discount)`)
for (const w of joko.warnings) console.log(`  warning ${w.code}: ${w.message}`)
// By hand: JKK 1% × 3,000,000 = 30,000 → 15,000; JKM 6,800 → 3,400; total 18,400.
assert.equal(joko.totals.total, 18_400)
