#!/usr/bin/env node
// The 15,000-person example of the coverage-program guides, from the built package: a generated roster of
// the city (scripts/gen-roster.mjs, fixed seed) assessed on 2026-01-15 with the city's own age limit of 65,
// paid from the APBD; its findings by code, its cohorts and 12-month budget; then the roadmap to 100%.
//
//   npm run build && node scripts/roster-example.mjs [--lib path] [--json]
import { fileURLToPath } from 'node:url'
import { generateRoster } from './gen-roster.mjs'

const args = process.argv.slice(2)
const i = args.indexOf('--lib')
const lib = await import(
  i >= 0 ? args[i + 1] : fileURLToPath(new URL('../dist/esm/index.js', import.meta.url))
)
const { assessRoster, planCoverageProgram, planCoverageRoadmap, workersForBudget, formatRupiah } = lib

/** The CSV words the generator writes, read back as assessRoster fields (the CLI does the same). */
const rows = generateRoster().map(({ defect: _d, ...p }) => ({
  ...p,
  participant: p.participant === 'ya',
  declaredIncome: p.declaredIncome === '' ? undefined : p.declaredIncome,
  birthDate: p.birthDate === '' ? undefined : p.birthDate,
}))

const roster = assessRoster(
  {
    asOf: '2026-01-15',
    payer: 'apbd',
    nationality: 'WNI',
    declaredIncome: 1000000, // the program's base for people who declared no income (the minimum package)
    rows,
  },
  { parameters: { 'eligibility.bpu.maxRegistrationAge': { maxAge: 65 } } },
)
// the city's potential and coverage come from its own statistics, not from the list
const plan = planCoverageProgram({ ...roster.planInputs[0], potentialWorkers: 34000, coveredBefore: 14960 })
const roadmap = planCoverageRoadmap({
  startPeriod: '2026-01',
  targetYear: 2030,
  potentialWorkers: 34000,
  coveredToday: 14960, // 44% of 34,000
  programWorkersToday: roster.counts.covered,
  targetCoverage: 1,
  budget: { firstYear: plan.total, growth: '0.25' },
  payer: 'apbd',
  premium: { category: 'BPU', declaredIncome: 1000000 },
  churn: '0.05',
  enrolmentCapacity: 6000,
})
const budgetFirst = workersForBudget({
  budget: plan.total,
  startPeriod: '2026-01',
  months: 12,
  payer: 'apbd',
  premium: { category: 'BPU', declaredIncome: 1000000 },
})

if (args.includes('--json')) {
  console.log(
    JSON.stringify(
      {
        counts: roster.counts,
        findings: roster.findings,
        cohorts: roster.cohorts,
        plan: { total: plan.total, coverage: plan.coverage },
        roadmap: { years: roadmap.years, reachedIn: roadmap.reachedIn, budgetNeeded: roadmap.budgetNeeded },
        budgetFirst: budgetFirst.workers,
      },
      null,
      2,
    ),
  )
} else {
  console.log(`Baris ${roster.rows}: ${JSON.stringify(roster.counts)}`)
  console.log('\nTemuan per kode (baris):')
  for (const [code, n] of Object.entries(roster.findings))
    console.log(`  ${code.padEnd(34)} ${String(n).padStart(6)}`)
  console.log('\nKelompok siap didaftarkan:')
  for (const c of roster.cohorts)
    console.log(
      `  ${c.name.padEnd(30)} ${String(c.workers).padStart(6)} × ${formatRupiah(c.premiumPerWorkerPerMonth).padStart(9)} = ${formatRupiah(c.workers * c.premiumPerWorkerPerMonth).padStart(14)}`,
    )
  console.log(
    `  Iuran sebulan: ${formatRupiah(roster.monthlyPremium)}; 12 bulan (planCoverageProgram): ${formatRupiah(plan.total)}`,
  )
  console.log(`  Cakupan daftar: ${JSON.stringify(plan.coverage)}`)
  console.log(
    `\nAnggaran yang sama untuk paket minimum: ${budgetFirst.workers} pekerja (${formatRupiah(budgetFirst.costPerWorker)} per pekerja setahun)`,
  )
  console.log(
    '\nPeta jalan menuju 100% (34.000 pekerja potensial, 44% terlindungi, anggaran naik 25%/tahun, perputaran 5%, kapasitas 6.000/tahun):',
  )
  console.log('  tahun  anggaran            dibayar  baru   keluar  terlindungi  cakupan  biaya')
  for (const y of roadmap.years)
    console.log(
      `  ${y.year}   ${formatRupiah(y.budget).padStart(18)} ${String(y.programWorkers).padStart(7)} ${String(y.enrolled).padStart(6)} ${String(y.left).padStart(6)} ${String(y.covered).padStart(11)}  ${y.coverage.toFixed(4)}   ${formatRupiah(y.cost).padStart(16)}`,
    )
  console.log(
    `  Sasaran tercapai: ${roadmap.reachedIn ?? 'tidak sampai 2030'}; anggaran tahun pertama yang diperlukan (naik 25%/tahun): ${roadmap.budgetNeeded ? formatRupiah(roadmap.budgetNeeded.firstYear) : '—'}`,
  )
  if (roadmap.budgetNeeded)
    for (const y of roadmap.budgetNeeded.years) console.log(`    ${y.year}: ${formatRupiah(y.budget)}`)
}
