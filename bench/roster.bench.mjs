// npm run bench:roster (also part of npm run bench): a 1,000,000-person roster assessed as the CLI does it.
//
//   node --expose-gc bench/roster.bench.mjs [--smoke] [--rows N] [--seed S] [--lib path]
//
// 1. Generates the roster (scripts/gen-roster.mjs: the city's list with its defects, fixed seed) into a CSV in
//    a fresh temporary directory (removed at the end).
// 2. Streams the file line by line into createRosterAssessor (one person at a time, nothing kept but the
//    aggregate and the set of NIKs seen), as `bpjs-tk program --roster` does.
// Prints rows per second (reading + assessing; wall clock, and per CPU-second of the process, steadier on a
// busy machine), the peak resident memory and heap sampled every 10,000 rows,
// and the aggregate (counts by status and finding), so a regression in either shows.
// --smoke: 20,000 rows (npm test runs it so the script never rots).
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback
}
const smoke = args.includes('--smoke')
const N = Number(option('--rows', smoke ? '20000' : '1000000'))
const seed = option('--seed', '20260115')
const lib = await import(option('--lib', fileURLToPath(new URL('../dist/esm/index.js', import.meta.url))))
const { createRosterAssessor } = lib

const dir = mkdtempSync(join(tmpdir(), 'bpjs-roster-bench-'))
try {
  const file = join(dir, 'pekerja.csv')
  const gen = fileURLToPath(new URL('../scripts/gen-roster.mjs', import.meta.url))
  const t0 = process.hrtime.bigint()
  const g = spawnSync(process.execPath, [gen, '--rows', String(N), '--seed', seed, '--out', file], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (g.status !== 0) throw new Error('generator failed')
  const genSeconds = Number(process.hrtime.bigint() - t0) / 1e9
  const bytes = statSync(file).size

  globalThis.gc?.()
  const before = process.memoryUsage()
  let peakRss = before.rss
  let peakHeap = before.heapUsed
  const sample = () => {
    const m = process.memoryUsage()
    if (m.rss > peakRss) peakRss = m.rss
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed
  }
  const a = createRosterAssessor(
    { asOf: '2026-01-15', payer: 'apbd', nationality: 'WNI', declaredIncome: 1000000, firstRow: 2 },
    { parameters: { 'eligibility.bpu.maxRegistrationAge': { maxAge: 65 } } },
  )
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity })
  let n = 0
  let line = 1
  const start = process.hrtime.bigint()
  const cpu0 = process.cpuUsage()
  for await (const text of lines) {
    if (line++ === 1) continue // header
    // the generator writes no quoted field: a plain split is the CSV here
    const [nik, name, birthDate, sex, occupation, district, relationship, income, participant] =
      text.split(',')
    a.add(
      {
        nik,
        name,
        ...(birthDate === '' ? {} : { birthDate }),
        sex: sex === 'P' ? 'female' : 'male',
        occupation,
        district,
        relationship,
        ...(income === '' ? {} : { declaredIncome: income }),
        participant: participant === 'ya',
      },
      line,
    )
    n += 1
    if (n % 10000 === 0) sample()
  }
  const summary = a.summary()
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const cpu = process.cpuUsage(cpu0)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  sample()
  const mb = (x) => `${(x / 1048576).toFixed(0)} MB`
  console.log(
    `roster bench: ${n.toLocaleString('en')} rows (${mb(bytes)} CSV, generated in ${genSeconds.toFixed(1)} s)`,
  )
  console.log(
    `  read + assess: ${seconds.toFixed(2)} s wall → ${Math.round(n / seconds).toLocaleString('en')} rows/s; ${cpuSeconds.toFixed(2)} s CPU (GC threads included) → ${Math.round(n / cpuSeconds).toLocaleString('en')} rows per CPU-second`,
  )
  console.log(
    `  peak memory: rss ${mb(peakRss)} (start ${mb(before.rss)}), heap ${mb(peakHeap)} (start ${mb(before.heapUsed)})`,
  )
  console.log(`  counts: ${JSON.stringify(summary.counts)}`)
  console.log(`  findings: ${JSON.stringify(summary.findings)}`)
  console.log(`  cohorts: ${summary.cohorts.map((c) => `${c.name} × ${c.workers}`).join('; ')}`)
  const total = Object.values(summary.counts).reduce((x, y) => x + y, 0)
  if (total !== n || summary.rows !== n) {
    console.error(`roster bench: ${n} rows read but ${total} counted`)
    process.exitCode = 1
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
