#!/usr/bin/env node
/* global document */
// Browser test of the calculator page (examples/web): Debian's chromium driven by playwright-core, headless.
// Serves the repository root with a tiny static server, fills the form, checks the figures (computed by hand
// from the law below), checks that a validation message appears next to its field in both languages, and
// saves screenshots to test-output/. Run after `npm run build`: node test/e2e/run.mjs
import assert from 'node:assert/strict'
import { existsSync, mkdirSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { dirname, extname, join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const outDir = join(root, 'test-output')
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

if (!existsSync(join(root, 'dist/esm/index.js'))) {
  console.error('e2e: dist/esm/index.js is missing; run `npm run build` first')
  process.exit(1)
}
if (!existsSync(executablePath)) {
  console.error(
    `e2e: ${executablePath} not found; install it with: apt-get update && apt-get install -y chromium`,
  )
  process.exit(1)
}

const { message } = await import('../../dist/esm/index.js')

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
}

/** A static file server for the repository root (read-only, no directory listing, no path escape). */
function serve() {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost')
      let file = normalize(join(root, decodeURIComponent(url.pathname)))
      if (file !== root && !file.startsWith(root + sep))
        throw Object.assign(new Error('outside'), { status: 403 })
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
      const body = await readFile(file)
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      res.end(body)
    } catch (e) {
      res.writeHead(e.status ?? 404, { 'content-type': 'text/plain' })
      res.end('not found')
    }
  })
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)))
}

const server = await serve()
const base = `http://127.0.0.1:${server.address().port}`
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})

let failed = false
const pageErrors = []
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } })
  page.on('pageerror', (e) => pageErrors.push(String(e)))
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`${m.text()} ${m.location().url ?? ''}`)
  })
  await page.goto(`${base}/examples/web/index.html`)
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 })
  const step = (s) => console.log(`e2e: ${s}`)

  // 1. A PU worker, June 2025, wage Rp5,000,000, JKK risk class I, large enterprise, not in JKP.
  //    By hand (PP 44/2015 Pasal 16 & 18, PP 46/2015, PP 45/2015 Pasal 28–29; JP cap 2025: Rp10,547,400):
  //    JKK 0.24% × 5,000,000 = 12,000; JKM 0.30% × 5,000,000 = 15,000; JHT 3.7% = 185,000 (employer) and
  //    2% = 100,000 (worker); JP 2% × 5,000,000 = 100,000 (employer) and 1% = 50,000 (worker).
  //    Employer 12,000 + 15,000 + 185,000 + 100,000 = 312,000; worker 150,000; total 462,000.
  await page.selectOption('#category', 'PU')
  await page.fill('#period', '2025-06')
  await page.fill('#wage', '5000000')
  await page.selectOption('#jkkRiskClass', '1')
  await page.selectOption('#enterpriseSize', 'large')
  await page.click('#calculate')
  await page.waitForSelector('#result:not([hidden])')
  const amountOf = async (program, payer) => {
    const rows = await page.$$eval('#lines tbody tr', (trs) =>
      trs.map((tr) => [...tr.children].map((td) => td.textContent)),
    )
    const payerText = { employer: 'Pemberi kerja', worker: 'Pekerja' }[payer]
    const r = rows.filter((c) => c[0] === program && c[1] === payerText && c[2] === '')
    assert.equal(r.length, 1, `one ${program}/${payer} line, got ${JSON.stringify(rows)}`)
    return r[0][5]
  }
  assert.equal(await amountOf('JKK', 'employer'), 'Rp12.000')
  assert.equal(await amountOf('JKM', 'employer'), 'Rp15.000')
  assert.equal(await amountOf('JHT', 'employer'), 'Rp185.000')
  assert.equal(await amountOf('JHT', 'worker'), 'Rp100.000')
  assert.equal(await amountOf('JP', 'employer'), 'Rp100.000')
  assert.equal(await amountOf('JP', 'worker'), 'Rp50.000')
  assert.equal(await page.textContent('#totals tr[data-payer="employer"] td.num'), 'Rp312.000')
  assert.equal(await page.textContent('#totals tr[data-payer="worker"] td.num'), 'Rp150.000')
  assert.equal(await page.textContent('#grand-total td.num'), 'Rp462.000')
  const explanation = await page.textContent('#explanation')
  assert.match(explanation, /Penjelasan perhitungan/)
  assert.match(explanation, /PP 44\/2015/)
  step('PU figures and Indonesian explanation shown')

  mkdirSync(outDir, { recursive: true })
  await page.screenshot({ path: join(outDir, 'calculator.png'), fullPage: true })
  step(`screenshot ${join('test-output', 'calculator.png')}`)

  // 2. The same in English: labels and explanation switch language, the figures do not change.
  await page.selectOption('#lang', 'en')
  await page.waitForFunction(() =>
    document.querySelector('#explanation')?.textContent?.includes('Explanation of the calculation'),
  )
  assert.equal(await page.textContent('#grand-total td.num'), 'Rp462.000')
  assert.equal(await page.textContent('#grand-total td:first-child'), 'Total')
  step('English explanation shown, same total')

  // 3. A negative wage: the library's message appears next to the wage field, in English, then Indonesian.
  await page.fill('#wage', '-5000000')
  await page.click('#calculate')
  const wageError = page.locator('.field[data-field="wage"] [data-error-for="wage"]')
  await wageError.waitFor({ state: 'visible' })
  assert.equal(await wageError.textContent(), 'An amount cannot be negative.')
  assert.equal(await page.isHidden('#result'), true, 'no result is shown for an invalid input')
  assert.equal(await page.getAttribute('.field[data-field="wage"]', 'class'), 'field invalid')
  await page.selectOption('#lang', 'id')
  await page.waitForFunction(
    () =>
      document.querySelector('[data-error-for="wage"]')?.textContent === 'Jumlah uang tidak boleh negatif.',
  )
  step('negative wage: message next to the wage field, in English and Indonesian')

  // 4. Two bad fields at once (a missing period and a negative wage): one message next to each field, the
  //    library's own texts (catalogue codes REQUIRED and AMOUNT_NEGATIVE).
  await page.fill('#period', '')
  await page.fill('#wage', '-1')
  await page.click('#calculate')
  await page.locator('[data-error-for="period"]').waitFor({ state: 'visible' })
  assert.equal(await page.textContent('[data-error-for="period"]'), message('REQUIRED', {}, 'id'))
  assert.equal(await page.textContent('[data-error-for="wage"]'), message('AMOUNT_NEGATIVE', {}, 'id'))
  assert.equal(await page.textContent('[data-error-for="jkkRiskClass"]'), '')
  await page.screenshot({ path: join(outDir, 'calculator-errors.png'), fullPage: true })
  step('two bad fields: one message next to each')

  // 5. A missing JKK risk class (a fact the law needs to price JKK): the message sits next to that field.
  await page.fill('#period', '2025-06')
  await page.fill('#wage', '5000000')
  await page.selectOption('#jkkRiskClass', '')
  await page.click('#calculate')
  await page.locator('[data-error-for="jkkRiskClass"]').waitFor({ state: 'visible' })
  assert.equal(
    await page.textContent('[data-error-for="jkkRiskClass"]'),
    message('JKK_RISK_CLASS_REQUIRED', {}, 'id'),
  )
  assert.equal(await page.textContent('[data-error-for="period"]'), '')
  step('missing risk class: message next to its field')

  // 6. A BPU participant with the minimum package: JKK 1% × 1,000,000 = 10,000 and JKM Rp6,800 flat
  //    (PP 44/2015; decisions D1), paid by the participant: 16,800.
  await page.selectOption('#category', 'BPU')
  await page.fill('#period', '2025-06')
  await page.fill('#declaredIncome', '1000000')
  await page.click('#calculate')
  await page.waitForSelector('#result:not([hidden])')
  assert.equal(await page.textContent('#grand-total td.num'), 'Rp16.800')
  step('BPU minimum package Rp16.800')

  assert.deepEqual(pageErrors, [], 'no errors in the page console')
} catch (e) {
  failed = true
  console.error(e)
  if (pageErrors.length > 0) console.error('page errors:', pageErrors)
} finally {
  await browser.close()
  server.close()
}
if (failed) process.exit(1)
console.log('e2e: calculator page OK')
