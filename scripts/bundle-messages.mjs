// node scripts/bundle-messages.mjs: the messages survive tree-shaking. Each function of the conformance
// scenarios (dist/conformance/scenarios.json) is bundled alone from dist/esm by esbuild, as a browser app
// importing only it would be, and every scenario of it is run in that bundle and in the whole library: the
// results, warnings, explanations and errors (messages in both languages) must be the same. A module that
// writes a message code without naming its area (useMessages, src/i18n/registry.ts) shows here as a message
// that is its bare code in the small bundle. Each bundle imports the English pack (locales/en), as an app
// showing English does. Needs `npm run build` first.
import { build } from 'esbuild'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const dist = fileURLToPath(new URL('../dist', import.meta.url))
const entry = join(dist, 'esm', 'index.js')
// the English pack (a browser app showing English imports it once); scenarios in both languages need it
const englishPack = join(dist, 'esm', 'i18n', 'en.js')
const scenariosFile = join(dist, 'conformance', 'scenarios.json')
if (!existsSync(entry) || !existsSync(scenariosFile)) {
  console.error('bundle-messages: dist/ not found; run npm run build first')
  process.exit(1)
}
const { scenarios } = JSON.parse(readFileSync(scenariosFile, 'utf8'))
await import(pathToFileURL(englishPack).href)
const whole = await import(pathToFileURL(entry).href)

/** What a call gives, as plain data: the result, or the error's class, code, messages and issues. */
function outcome(fn, s) {
  try {
    return JSON.stringify({ result: fn(s.input, s.options) })
  } catch (e) {
    if (!(e instanceof Error)) throw e
    const { name, code, messages, issues, params, path } = e
    return JSON.stringify({ error: { name, code, message: e.message, messages, issues, params, path } })
  }
}

const dir = mkdtempSync(join(tmpdir(), 'bpjs-bundle-messages-'))
const functions = [...new Set(scenarios.map((s) => s.function))]
const problems = []
try {
  for (const name of functions) {
    const file = join(dir, `${name}.mjs`)
    await build({
      stdin: {
        contents: `import ${JSON.stringify(englishPack)}\nexport { ${name} as fn } from ${JSON.stringify(entry)}`,
        resolveDir: process.cwd(),
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outfile: file,
      logLevel: 'silent',
    })
    const { fn } = await import(pathToFileURL(file).href)
    let differing = 0
    for (const s of scenarios.filter((x) => x.function === name)) {
      const small = outcome(fn, s)
      if (small !== outcome(whole[name], s)) {
        differing++
        if (differing <= 3) problems.push(`${name}: ${s.id} differs in the bundle of ${name} alone`)
      }
    }
    if (differing > 3) problems.push(`${name}: ${differing - 3} more scenarios differ`)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
for (const p of problems) console.error(`bundle-messages: ${p}`)
console.log(
  `bundle-messages: ${functions.length} functions bundled alone, ${scenarios.length} scenarios: ${problems.length === 0 ? 'the same results and messages as the whole library' : 'differences found'}`,
)
if (problems.length > 0) process.exitCode = 1
