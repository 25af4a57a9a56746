#!/usr/bin/env node
// Runs every example (examples/*.mjs) as a user would (`node examples/<name>.mjs`, after `npm run build`) and
// fails if any exits with an error or prints nothing. The examples check their own figures (node:assert,
// computed by hand in their comments), so a wrong figure fails here too.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const dir = join(root, 'examples')
const only = process.argv.slice(2)
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()

if (files.length === 0) {
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
console.log(`\n${files.length - failed}/${files.length} examples ran`)
if (failed > 0) process.exit(1)
