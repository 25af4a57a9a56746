// The conformance data set (docs/conformance.md): every JSON scenario of test/scenarios, with a stable id.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/** Format name and version of the data set; the version changes when its shape (not its content) changes. */
export const CONFORMANCE_FORMAT = 'bpjs-tk.conformance'
export const CONFORMANCE_FORMAT_VERSION = 1

function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f)
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.json') ? [p] : []
    })
}

/**
 * Reads the scenarios under `dir` into the data set: `{ format, formatVersion, libraryVersion, count,
 * functions, scenarios: [{ id, file, name, why?, function, input, options?, output? | error? }] }`.
 */
export function conformanceDataSet(dir, libraryVersion) {
  const scenarios = []
  for (const file of walk(dir)) {
    const raw = JSON.parse(readFileSync(file, 'utf8'))
    const list = Array.isArray(raw) ? raw : [raw]
    const rel = relative(dir, file).replaceAll('\\', '/')
    list.forEach((s, i) => {
      const entry = { id: `${rel.replace(/\.json$/, '')}#${i + 1}`, file: rel, name: s.name }
      if (s.why !== undefined) entry.why = s.why
      entry.function = s.function
      entry.input = s.input
      if (s.options !== undefined) entry.options = s.options
      if (s.output !== undefined) entry.output = s.output
      if (s.error !== undefined) entry.error = s.error
      scenarios.push(entry)
    })
  }
  const functions = {}
  for (const s of scenarios) functions[s.function] = (functions[s.function] ?? 0) + 1
  return {
    format: CONFORMANCE_FORMAT,
    formatVersion: CONFORMANCE_FORMAT_VERSION,
    libraryVersion,
    description:
      'Inputs, options and expected outputs of bpjs-ketenagakerjaan, for other implementations. `output` is a partial ' +
      'object: every field it lists must be equal (arrays element by element, objects recursively); `error` names the ' +
      'error class and code. Money is whole rupiah unless a field says sen.',
    count: scenarios.length,
    functions,
    scenarios,
  }
}
