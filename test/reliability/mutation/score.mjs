#!/usr/bin/env node
/**
 * Mutation score per folder and per file from Stryker's JSON report, and the surviving mutants grouped
 * by file and mutator (run after `npm run mutation`):
 *
 *   node test/reliability/mutation/score.mjs [--report reports/mutation/mutation.json] [--survivors] [--file part]
 *
 * Score = (killed + timed out) / (killed + timed out + survived + no coverage), as Stryker counts it; the
 * strict score also counts as survivors the mutants disabled in the source as equivalent (docs/dev/mutation.md).
 * Static mutants (module-level constants, `ignoreStatic`) are shown apart and counted in neither.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    report: { type: 'string', default: 'reports/mutation/mutation.json' },
    survivors: { type: 'boolean', default: false },
    file: { type: 'string' },
  },
})

const report = JSON.parse(readFileSync(values.report, 'utf8'))
const folders = new Map()
const files = []
for (const [file, { mutants, source }] of Object.entries(report.files)) {
  const c = { killed: 0, survived: 0, noCoverage: 0, timeout: 0, ignored: 0, disabled: 0, errors: 0 }
  for (const m of mutants) {
    if (m.status === 'Killed') c.killed++
    else if (m.status === 'Survived') c.survived++
    else if (m.status === 'NoCoverage') c.noCoverage++
    else if (m.status === 'Timeout') c.timeout++
    else if (m.status === 'Ignored') {
      if (/^Static mutant/.test(m.statusReason ?? '')) c.ignored++
      else c.disabled++
    }
    else c.errors++
  }
  files.push({ file, c, mutants, source })
  const folder = file.split('/').slice(0, -1).join('/')
  const f = folders.get(folder) ?? {
    killed: 0,
    survived: 0,
    noCoverage: 0,
    timeout: 0,
    ignored: 0,
    disabled: 0,
    errors: 0,
  }
  for (const k of Object.keys(c)) f[k] += c[k]
  folders.set(folder, f)
}

const score = (c) => {
  const detected = c.killed + c.timeout
  const valid = detected + c.survived + c.noCoverage
  return valid === 0 ? 100 : (100 * detected) / valid
}
// The strict score counts the mutants disabled as equivalent (`// Stryker disable ...: reason`) as survivors.
const strict = (c) => score({ ...c, survived: c.survived + c.disabled })
const row = (name, c) =>
  `${name.padEnd(42)} ${score(c).toFixed(2).padStart(6)}%  killed ${String(c.killed + c.timeout).padStart(5)}  survived ${String(c.survived).padStart(4)}  no coverage ${String(c.noCoverage).padStart(3)}  disabled ${String(c.disabled).padStart(3)}  static ${String(c.ignored).padStart(3)}  strict ${strict(c).toFixed(2).padStart(6)}%`

const total = { killed: 0, survived: 0, noCoverage: 0, timeout: 0, ignored: 0, disabled: 0, errors: 0 }
console.log('Per folder')
for (const [folder, c] of [...folders].sort()) {
  console.log(row(folder, c))
  for (const k of Object.keys(total)) total[k] += c[k]
}
console.log(row('all', total))
console.log('\nPer file')
for (const { file, c } of files.sort((a, b) => a.file.localeCompare(b.file))) console.log(row(file, c))

if (values.survivors) {
  console.log('\nSurviving mutants')
  for (const { file, mutants, source } of files) {
    if (values.file !== undefined && !file.includes(values.file)) continue
    const lines = source.split('\n')
    for (const m of mutants.filter((x) => x.status === 'Survived' || x.status === 'NoCoverage')) {
      const l = m.location.start.line
      console.log(
        `${file}:${l}:${m.location.start.column} ${m.mutatorName} ${m.status === 'NoCoverage' ? '(no coverage) ' : ''}${(lines[l - 1] ?? '').trim().slice(0, 100)} ==> ${String(m.replacement ?? '').slice(0, 60)}`,
      )
    }
  }
}
