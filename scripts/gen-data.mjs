#!/usr/bin/env node
// Writes the package's data files from the built library (run by `npm run build`, after tsc):
// - dist/schemas/<input>.json: the JSON Schema (draft 2020-12) of every public input, generated from the same
//   zod schemas the library validates with (src/schemas/json.ts), and dist/schemas/index.json listing them;
// - dist/conformance/scenarios.json: the JSON scenarios of test/scenarios as a versioned conformance data set
//   (inputs, options, expected outputs or errors, legal sentence names), described in docs/conformance.md.
//
//   node scripts/gen-data.mjs [--out <dir>]   (default: dist)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outArg = process.argv.indexOf('--out')
const out = resolve(root, outArg === -1 ? 'dist' : process.argv[outArg + 1])
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

const { JSON_SCHEMA_ENTRIES, JSON_SCHEMA_VERSION, jsonSchemaOf } = await import(
  pathToFileURL(join(root, 'dist/esm/schemas/json.js')).href
)
const { conformanceDataSet } = await import(pathToFileURL(join(root, 'scripts/conformance-data.mjs')).href)

mkdirSync(join(out, 'schemas'), { recursive: true })
const index = []
for (const entry of JSON_SCHEMA_ENTRIES) {
  writeFileSync(join(out, 'schemas', `${entry.file}.json`), `${JSON.stringify(jsonSchemaOf(entry), null, 2)}\n`)
  index.push({ file: `${entry.file}.json`, function: entry.fn, title: entry.title })
}
writeFileSync(
  join(out, 'schemas', 'index.json'),
  `${JSON.stringify({ version: JSON_SCHEMA_VERSION, package: `${pkg.name}@${pkg.version}`, schemas: index }, null, 2)}\n`,
)

mkdirSync(join(out, 'conformance'), { recursive: true })
const data = conformanceDataSet(join(root, 'test/scenarios'), pkg.version)
writeFileSync(join(out, 'conformance', 'scenarios.json'), `${JSON.stringify(data, null, 1)}\n`)

console.log(
  `gen-data: ${index.length} JSON Schemas in ${relative(root, join(out, 'schemas'))}/, ` +
    `${data.count} conformance scenarios in ${relative(root, join(out, 'conformance'))}/scenarios.json`,
)

