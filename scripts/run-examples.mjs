#!/usr/bin/env node
// Runs every example (examples/*.mjs) as a user would (`node examples/<name>.mjs`, after `npm run build`) and
// fails if any exits with an error or prints nothing. The examples check their own figures (node:assert,
// computed by hand in their comments), so a wrong figure fails here too.
//
// Then runs every ```ts / ```js block of the guides (docs/guides/**/*.md) against the built package: a line
// `expression //=> value` (or `//=> value` on the line after an expression) must hold, and every such check
// must have run (a check inside a `catch` that is never reached fails).
//
//   node scripts/run-examples.mjs [name-filter...]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const dir = join(root, 'examples')
const only = process.argv.slice(2)
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()

if (files.length === 0 && only.length === 0) {
  console.error('run-examples: no example found')
  process.exit(1)
}

let failed = 0
for (const f of files) {
  const started = performance.now()
  const r = spawnSync(process.execPath, [join(dir, f)], { cwd: root, encoding: 'utf8', timeout: 120_000 })
  const ms = Math.round(performance.now() - started)
  const printed = (r.stdout ?? '').trim().length > 0
  if (r.status === 0 && printed) {
    console.log(`ok    ${f} (${ms} ms)`)
    continue
  }
  failed++
  const why =
    r.error !== undefined
      ? r.error.message
      : r.status !== 0
        ? `exit code ${r.status ?? r.signal}`
        : 'printed nothing'
  console.error(`FAIL  ${f}: ${why}`)
  const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n')
  if (tail !== '') console.error(tail.replace(/^/gm, '      '))
}

// ---- the conformance runner in another language (Python, standard library only) ---------------------
// Run when python3 is on the PATH; skipped with a message otherwise (the data set is tested in vitest too).
if (only.length === 0 || only.some((o) => 'conformance.py'.includes(o))) {
  const py = spawnSync('python3', ['--version'], { encoding: 'utf8' })
  if (py.error !== undefined || py.status !== 0) console.log('skip  conformance.py: python3 is not installed')
  else {
    const r = spawnSync('python3', [join(dir, 'conformance.py'), join(root, 'dist/conformance/scenarios.json')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    })
    if (r.status === 0) console.log(`ok    conformance.py (${py.stdout.trim()})\n${r.stdout.trim().replace(/^/gm, '      ')}`)
    else {
      failed++
      console.error(`FAIL  conformance.py\n${`${r.stdout}${r.stderr}`.trim().replace(/^/gm, '      ')}`)
    }
  }
}
console.log(`\n${files.length - failed}/${files.length} examples ran\n`)

// ---- guide snippets ----------------------------------------------------------------------------------

/** Every markdown file under `dir`, except the generated parameter page. */
function guides(d) {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const p = join(d, e.name)
    if (e.isDirectory()) return guides(p)
    return e.name.endsWith('.md') && !['parameters.md', 'decisions.md', 'law-reference.md'].includes(e.name) ? [p] : []
  })
}

/** The runnable code blocks of a markdown file, with the line each starts on. */
function blocks(text) {
  const out = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(ts|js|typescript|javascript)\s*$/.exec(lines[i])
    if (open === null) continue
    const start = i + 1
    const body = []
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i])
    out.push({ start, body })
  }
  return out
}

const pkg = import.meta.resolve('bpjs-ketenagakerjaan')
const pkgParameters = import.meta.resolve('bpjs-ketenagakerjaan/parameters')

/** A block turned into a script: imports point at the build, each `//=>` becomes a counted check. */
function compile(body, file, start) {
  let checks = 0
  const out = []
  const check = (expr, expected, line) => {
    checks++
    expr = expr.replace(/^;/, '') // a leading `;` guards a line starting with `[` or `(`
    return `__check(() => (${expr}), ${JSON.stringify(expected)}, ${JSON.stringify(`${file}:${start + 1 + line}`)})`
  }
  body.forEach((raw, i) => {
    const line = raw
      .replace(/from 'bpjs-ketenagakerjaan\/parameters'/g, `from '${pkgParameters}'`)
      .replace(/from 'bpjs-ketenagakerjaan'/g, `from '${pkg}'`)
    const alone = /^(\s*)\/\/=>\s*(.+)$/.exec(line)
    const inline = /^(\s*)(.+?)\s*\/\/=>\s*(.+)$/.exec(line)
    if (alone !== null) {
      // `//=> value` under an expression statement: check that expression
      const prev = out.pop() ?? ''
      const m = /^(\s*)(.+?);?\s*$/.exec(prev)
      out.push(`${m?.[1] ?? ''}${check(m?.[2] ?? 'undefined', alone[2], i - 1)}`)
    } else if (inline !== null) {
      out.push(`${inline[1]}${check(inline[2].replace(/;\s*$/, ''), inline[3], i)}`)
    } else out.push(line)
  })
  return {
    checks,
    code: [
      "import { deepStrictEqual as __eq } from 'node:assert/strict'",
      'let __ran = 0',
      'const __norm = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)))',
      'function __check(actual, expectedText, where) {',
      '  __ran++',
      '  const expected = new Function(`return (${expectedText})`)()',
      '  try { __eq(__norm(actual()), __norm(expected)) }',
      '  catch (e) { console.error(`check failed at ${where}`); throw e }',
      '}',
      ...out,
      `if (__ran !== ${checks}) throw new Error('${file}:${start + 1}: ' + __ran + ' of ${checks} checks ran')`,
    ].join('\n'),
  }
}

const docs = join(root, 'docs', 'guides')
const tmp = mkdtempSync(join(tmpdir(), 'bpjs-guides-'))
let snippets = 0
let snippetChecks = 0
let snippetFailed = 0
try {
  for (const file of guides(docs).sort()) {
    const rel = relative(root, file)
    if (only.length > 0 && !only.some((o) => rel.includes(o))) continue
    for (const b of blocks(readFileSync(file, 'utf8'))) {
      const where = `${rel}:${b.start}`
      const { code, checks } = compile(b.body, rel, b.start)
      const script = join(tmp, `snippet-${snippets++}.mjs`)
      writeFileSync(script, code)
      const r = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 60_000 })
      snippetChecks += checks
      if (r.status !== 0) {
        snippetFailed++
        console.error(`FAIL  ${where}`)
        console.error(
          `${r.stdout}${r.stderr}`.trim().split('\n').slice(0, 15).join('\n').replace(/^/gm, '      '),
        )
      }
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
console.log(`${snippets - snippetFailed}/${snippets} guide snippets ran (${snippetChecks} //=> checks)`)
if (failed > 0 || snippetFailed > 0) process.exit(1)
