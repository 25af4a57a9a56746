#!/usr/bin/env node
/* global document, window, axe */
// Browser test of the web app (web/, built into dist-web/ by `npm run build:web`): Debian's chromium driven by
// playwright-core, headless, against dist-web served by a tiny static server on 127.0.0.1.
//
// For each tool (Iuran, Manfaat, Kelayakan, Program pemerintah daerah), at 1280 px and 390 px, in Indonesian
// and English: fills the form as people type it, checks the figures against the library's own result for the
// same input (computed here with the built package) AND against a figure worked out by hand from the law,
// checks that a bad input shows the library's message beside its field and moves the focus there, that the
// document is no wider than the viewport, runs axe-core (no serious or critical violation), and saves a
// screenshot to test-output/. It also measures the first page's transfer size (gzip) against the budget and
// prints the program summary to PDF to check it fits one page. Run: npm run test:e2e
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { execFileSync } from 'node:child_process'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { dirname, extname, join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { readSheet } from 'read-excel-file/node'
import writeXlsxFile from 'write-excel-file/node'
import { FIRST_PAGE_BUDGET } from '../../scripts/web-size.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const site = join(root, 'dist-web')
const outDir = join(root, 'test-output')
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

for (const [file, fix] of [
  [join(root, 'dist/esm/index.js'), 'npm run build'],
  [join(site, 'index.html'), 'npm run build:web'],
])
  if (!existsSync(file)) {
    console.error(`e2e: ${file} is missing; run \`${fix}\` first`)
    process.exit(1)
  }
if (!existsSync(executablePath)) {
  console.error(
    `e2e: ${executablePath} not found; install it with: apt-get update && apt-get install -y chromium`,
  )
  process.exit(1)
}

// the browser build, with the English pack the web app imports (web/src/main.ts)
await import('../../dist/esm/i18n/en.js')
const lib = await import('../../dist/esm/index.js')
const { formatRupiah: rp } = lib
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
}

/** A static file server for dist-web (read-only, no listing, no path escape). */
function serve() {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost')
      let file = normalize(join(site, decodeURIComponent(url.pathname)))
      if (file !== site && !file.startsWith(site + sep))
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
const base = `http://127.0.0.1:${server.address().port}/`
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
  ],
})

const step = (s) => console.log(`e2e: ${s}`)
/** Every documentation link the explanations showed (checked against the generated pages at the end). */
const docLinks = new Set()
const axeReport = []
const shots = []
let failed = false
const pageErrors = []

/** Opens the app on a tool in a language and waits until the tool is mounted. */
async function open(page, tool, lang) {
  await page.goto(`${base}?lang=${lang}#/${tool}`)
  await page.waitForSelector(`body[data-ready="true"][data-route="${tool}"]`, { timeout: 15_000 })
}

/** The document is no wider than the viewport (no horizontal scrolling on a phone). */
async function noOverflow(page, what) {
  const { scroll, inner } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }))
  assert.equal(scroll, inner, `${what}: the document is ${scroll} px wide in a ${inner} px viewport`)
}

/** axe-core on the page as it is: no serious or critical violation. */
async function runAxe(page, what) {
  if (!(await page.evaluate(() => typeof window.axe === 'object')))
    await page.addScriptTag({ content: axeSource })
  const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }))
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  axeReport.push({
    page: what,
    violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })),
  })
  assert.deepEqual(
    bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    `${what}: axe serious/critical violations`,
  )
}

async function shot(page, name) {
  mkdirSync(outDir, { recursive: true })
  const path = join(outDir, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  shots.push(join('test-output', `${name}.png`))
}

const text = (page, sel) => page.textContent(sel).then((s) => (s ?? '').trim())

/** The library's validation messages for an input, by path (what the page must show beside each field). */
function libraryIssues(fn, input, locale) {
  try {
    fn(input, { locale })
  } catch (e) {
    if (e instanceof lib.BpjsValidationError || e instanceof lib.BpjsRuleError)
      return e.issues ?? [{ path: e.path, message: e.message }]
    throw e
  }
  throw new Error('expected a validation error')
}

/** Every step of the explanation is shown, numbered, with no internal rule id, articles as links. */
async function checkExplanation(page, scope, explanation) {
  const steps = await page.$$eval(`${scope} .explanation ol.steps > li`, (lis) =>
    lis.map((li) => li.textContent),
  )
  assert.equal(steps.length, explanation.steps.length, 'one numbered step per explanation step')
  assert.equal(steps[0].includes(explanation.steps[0].description), true, 'the step text is the library’s')
  for (const s of explanation.steps)
    assert.equal(
      steps.some((t) => t.includes(s.rule)),
      false,
      `internal rule id ${s.rule} shown`,
    )
  const hrefs = await page.$$eval(`${scope} .explanation a.cite`, (as) =>
    as.map((a) => a.getAttribute('href')),
  )
  const linksPerStep = await page.$$eval(`${scope} .explanation ol.steps > li`, (lis) =>
    lis.map((li) => li.querySelectorAll('a.cite').length),
  )
  assert.deepEqual(
    linksPerStep,
    explanation.steps.map((s) => new Set(s.legal.map((c) => `${c.source}|${c.article ?? ''}`)).size),
    'every article of every step is a link',
  )
  for (const h of hrefs) docLinks.add(h)
  for (const h of hrefs)
    assert.match(
      h,
      /^\.\.\/docs-site\/documents\/(Rujukan_hukum___Law_reference\.html#[a-z0-9-]+|Keputusan_pustaka___Library_decisions\.html#[dl]\d+)$/,
      `stable anchor: ${h}`,
    )
}

async function iuran(page, lang, width) {
  await open(page, 'iuran', lang)
  const S = '#tool-iuran'
  // 1. PU, 2025-06, Rp5.000.000 typed the Indonesian way, JKK class I, large enterprise, not in JKP.
  //    By hand (PP 44/2015 Pasal 16 & 18, PP 46/2015, PP 45/2015 Pasal 28–29; JP cap 2025 Rp10.547.400):
  //    JKK 0,24% × 5.000.000 = 12.000; JKM 0,30% = 15.000; JHT 3,7% = 185.000 (employer), 2% = 100.000
  //    (worker); JP 2% = 100.000 (employer), 1% = 50.000 (worker). Employer 12.000 + 15.000 + 185.000 +
  //    100.000 = 312.000; worker 100.000 + 50.000 = 150.000; total 462.000.
  await page.selectOption('#iuran-category', 'PU')
  await page.fill('#iuran-period', '2025-06')
  await page.fill('#iuran-wage', 'Rp 5.000.000,00')
  await page.selectOption('#iuran-jkkRiskClass', '1')
  await page.selectOption('#iuran-enterpriseSize', 'large')
  await page.click('#iuran-submit')
  await page.waitForSelector(`${S} [data-testid="totals"]`)
  const input = {
    category: 'PU',
    period: '2025-06',
    wage: '5000000',
    jkkRiskClass: 1,
    enterpriseSize: 'large',
    jkpRegistered: false,
    jkkDiscountEligible: false,
  }
  const expected = lib.calculateContribution(input, { locale: lang })
  const shown = await page.$$eval(`${S} [data-testid="lines"] tbody tr`, (trs) =>
    trs.map((tr) => [tr.dataset.program, tr.dataset.payer, tr.lastElementChild.textContent]),
  )
  assert.deepEqual(
    shown,
    expected.lines.map((l) => [l.program, l.payer, rp(l.amount)]),
    'PU lines equal the library’s',
  )
  const total = (p) => text(page, `${S} [data-testid="totals"] tr[data-payer="${p}"] td`)
  assert.equal(await total('employer'), rp(expected.totals.employer))
  assert.equal(await total('employer'), 'Rp312.000') // by hand, above
  assert.equal(await total('worker'), 'Rp150.000')
  assert.equal(await total('total'), 'Rp462.000')
  await checkExplanation(page, S, expected.explanation)
  await page.click(`${S} .explanation summary`)
  await noOverflow(page, `iuran PU ${width} ${lang}`)
  await runAxe(page, `iuran ${width} ${lang}`)
  await shot(page, `iuran-${width}-${lang}`)

  // 1b. PU in JKP, Rp12.000.000 typed plainly, JKK class 2 (0,54%), medium enterprise, 2025-06: the JKK line is
  //    split after the JKP recomposition (PP 6/2025): 0,54% × 12.000.000 = 64.800, of which 0,14% × 5.000.000
  //    (the JKP wage cap) = 7.000 goes to the JKP fund and 57.800 stays with JKK; the page says so in words.
  await page.fill('#iuran-wage', '12000000')
  await page.selectOption('#iuran-jkkRiskClass', '2')
  await page.selectOption('#iuran-enterpriseSize', 'medium')
  await page.check('#iuran-jkpRegistered')
  await page.click('#iuran-submit')
  await page.waitForSelector(`${S} [data-testid="splits"]`)
  assert.deepEqual(
    await page.$$eval(`${S} [data-testid="splits"] li`, (lis) => lis.map((li) => li.textContent)),
    [
      lang === 'id'
        ? 'JKK: 0,54% × Rp12.000.000 = Rp64.800, di antaranya Rp7.000 ke dana JKP'
        : 'JKK: 0.54% × Rp12,000,000 = Rp64,800, of which Rp7,000 to the JKP fund',
    ],
    'the JKK split after the JKP recomposition, in words',
  )
  await noOverflow(page, `iuran PU split ${width} ${lang}`)
  await page.uncheck('#iuran-jkpRegistered')
  await page.selectOption('#iuran-enterpriseSize', 'large')

  // 2. BPU minimum package: JKK 1% × 1.000.000 = 10.000 + JKM Rp6.800 flat (PP 44/2015 Pasal 19 and 20,
  //    Lampiran II) = 16.800, paid by the participant.
  await page.selectOption('#iuran-category', 'BPU')
  await page.fill('#iuran-declaredIncome', '1.000.000')
  await page.click('#iuran-submit')
  await page.waitForSelector(`${S} [data-testid="totals"]`)
  const bpu = lib.calculateContribution({
    category: 'BPU',
    period: '2025-06',
    declaredIncome: '1000000',
    months: 1,
    payer: 'self',
    sector: 'other',
  })
  assert.equal(await total('total'), rp(bpu.totals.total))
  assert.equal(await total('total'), 'Rp16.800')

  // 3. A negative wage: the library's message beside the wage field, focus moved there, no result.
  await page.selectOption('#iuran-category', 'PU')
  await page.fill('#iuran-wage', '-5.000.000')
  await page.click('#iuran-submit')
  const slot = `${S} .field[data-field="wage"] [data-error-for="wage"]`
  await page.waitForSelector(slot, { state: 'visible' })
  const issues = libraryIssues(lib.calculateContribution, { ...input, wage: '-5000000' }, lang)
  assert.equal(await text(page, slot), issues.find((i) => i.path[0] === 'wage').message)
  assert.equal(
    await page.evaluate(() => document.activeElement?.id),
    'iuran-wage',
    'focus on the first error',
  )
  assert.equal(await page.getAttribute('#iuran-wage', 'aria-invalid'), 'true')
  assert.equal(await page.isHidden('#iuran-result'), true, 'no result for an invalid input')
  await noOverflow(page, `iuran errors ${width} ${lang}`)
  await runAxe(page, `iuran errors ${width} ${lang}`)
  await shot(page, `iuran-errors-${width}-${lang}`)
  // 4. A payroll file as an office exports it: `;`-separated, Indonesian column names and numbers.
  //    By hand: Ani (PU, Rp5.000.000, class I, large) Rp462.000 as above (employer 312.000, worker 150.000);
  //    Budi (BPU, income Rp1.000.000) Rp16.800 (participant); Citra's negative wage is refused with the
  //    library's message and her line number (4: the header is line 1). Totals: employer Rp312.000, worker
  //    Rp150.000, participant Rp16.800, in all 462.000 + 16.800 = Rp478.800.
  const csv = [
    'No;Nama;Kategori;Periode;Gaji;Penghasilan;Kelas risiko;Skala usaha',
    '1;Ani;PU;2025-06;Rp 5.000.000,00;;1;besar',
    '2;Budi;BPU;2025-06;;1.000.000;;',
    '3;Citra;PU;2025-06;-1.000.000;;1;besar',
  ].join('\r\n')
  await page.setInputFiles('#payroll-file', {
    name: 'gaji.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  })
  await page.waitForSelector('#payroll-result [data-testid="payroll-totals"]')
  const ptotal = (p) => text(page, `#payroll-result [data-testid="payroll-totals"] tr[data-payer="${p}"] td`)
  const ani = lib.calculateContribution({
    category: 'PU',
    period: '2025-06',
    wage: '5000000',
    jkkRiskClass: 1,
    enterpriseSize: 'large',
  })
  const budi = lib.calculateContribution({ category: 'BPU', period: '2025-06', declaredIncome: '1000000' })
  assert.equal(await ptotal('total'), rp(ani.totals.total + budi.totals.total))
  assert.equal(await ptotal('total'), 'Rp478.800') // by hand, above
  assert.equal(await ptotal('participant'), 'Rp16.800')
  const perWorker = await page.$$eval('#payroll-result [data-testid="payroll-rows"] tbody tr', (trs) =>
    trs.map((tr) => [tr.dataset.line, tr.lastElementChild.textContent]),
  )
  assert.deepEqual(perWorker, [
    ['2', 'Rp462.000'],
    ['3', 'Rp16.800'],
  ])
  const refusedRow = await text(page, '#payroll-result .refused li[data-line="4"]')
  const negative = libraryIssues(lib.calculateContribution, { ...input, wage: '-1000000' }, lang).find(
    (i) => i.path[0] === 'wage',
  )
  assert.ok(
    refusedRow.includes(negative.message),
    `the refused row shows the library's message: ${refusedRow}`,
  )
  // the priced file: the CLI's worker layout, one row per worker, then the grand totals
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#payroll-result a.download >> nth=0'),
  ])
  const lines = readFileSync(await download.path(), 'utf8')
    .trim()
    .split(/\r?\n/)
  const header = lines[0].split(',')
  const at = (line, col) => line.split(',')[header.indexOf(col)]
  assert.equal(at(lines[1], 'name'), 'Ani')
  assert.equal(at(lines[1], 'total'), '462000')
  assert.equal(at(lines[2], 'total'), '16800')
  // 5. The same payroll as an .xlsx workbook (built here with write-excel-file, as a spreadsheet saves it:
  //    numbers as numbers, the period as text): the same totals, Rp478.800; the priced file downloaded as
  //    .xlsx and read back with read-excel-file: Ani 462.000, Budi 16.800.
  const workbook = await writeXlsxFile([
    ['No', 'Nama', 'Kategori', 'Periode', 'Gaji', 'Penghasilan', 'Kelas risiko', 'Skala usaha'],
    [1, 'Ani', 'PU', '2025-06', 5000000, null, 1, 'besar'],
    [2, 'Budi', 'BPU', '2025-06', null, 1000000, null, null],
    [3, 'Citra', 'PU', '2025-06', -1000000, null, 1, 'besar'],
  ]).toBuffer()
  await page.setInputFiles('#payroll-file', {
    name: 'gaji.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: workbook,
  })
  await page.waitForSelector('#payroll-result button[data-download="iuran.xlsx"]')
  assert.equal(await ptotal('total'), 'Rp478.800') // by hand, as for the CSV
  assert.equal(await ptotal('participant'), 'Rp16.800')
  assert.ok((await text(page, '#payroll-result .refused li[data-line="4"]')).includes(negative.message))
  const [xdl] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#payroll-result button[data-download="iuran.xlsx"]'),
  ])
  assert.equal(xdl.suggestedFilename(), 'iuran.xlsx')
  const sheet = await readSheet(await xdl.path())
  const xcol = (name) => sheet[0].indexOf(name)
  assert.deepEqual(
    sheet.slice(1, 3).map((r) => [r[xcol('name')], r[xcol('total')]]),
    [
      ['Ani', 462000],
      ['Budi', 16800],
    ],
  )
  await noOverflow(page, `payroll ${width} ${lang}`)
  await runAxe(page, `payroll ${width} ${lang}`)
  await page
    .locator('#tool-iuran .payroll')
    .screenshot({ path: join(outDir, `payroll-${width}-${lang}.png`) })
  shots.push(join('test-output', `payroll-${width}-${lang}.png`))
  step(
    `iuran ${width} px ${lang}: PU Rp462.000, BPU Rp16.800, error beside the wage; payroll file Rp478.800, 1 row refused, CSV downloaded; XLSX in and out Rp478.800`,
  )
}

async function manfaat(page, lang, width) {
  await open(page, 'manfaat', lang)
  const S = '#benefit-jkm'
  // JKM of a BPU participant who died on 2025-03-10 (PP 82/2019 regime), member since 2020-01-01, paid
  // through 2025-03, one child born 2015-05-01. By hand (PP 82/2019 Pasal 34): lump sum Rp20.000.000 +
  // periodic 24 × Rp500.000 = Rp12.000.000 + funeral Rp10.000.000 = Rp42.000.000. Scholarship (PP 82/2019
  // Pasal 25, schedule from the age): in 2024/2025 the child is 9, in SD (entered at 6 in 2021/2022, 6 years):
  // SD 2024/25–2026/27 3 × 1.500.000 = 4.500.000; SMP 3 × 2.000.000 = 6.000.000; SMA 3 × 3.000.000 =
  // 9.000.000; PT 5 × 12.000.000 = 60.000.000 (the child is 22 on 1 July 2037); total Rp79.500.000 in 14
  // payments. A second child, Budi (born 2011-08-01), in SMP since July 2023 (schooling given): SMP
  // 2024/25–2025/26 2 × 2.000.000 = 4.000.000 (the third SMP year, 2025/26, is the last of 3 from 2023/24);
  // SMA 3 × 3.000.000 = 9.000.000; PT 5 × 12.000.000 = 60.000.000 (21 on 1 July 2033); total Rp73.000.000.
  // Both children: Rp152.500.000 (at most 2 children, Rp174.000.000).
  await page.selectOption(`${S} #jkm-category`, 'BPU')
  await page.fill('#jkm-dateOfDeath', '2025-03-10')
  await page.fill('#jkm-membershipStart', '2020-01-01')
  await page.selectOption('#jkm-cause', 'natural')
  await page.fill('#jkm-paidThrough', '2025-03')
  await page.fill('#jkm-children-0-name', 'Ani')
  await page.fill('#jkm-children-0-birthDate', '2015-05-01')
  await page.click(`${S} button.secondary`) // add a child
  await page.fill('#jkm-children-1-name', 'Budi')
  await page.fill('#jkm-children-1-birthDate', '2011-08-01')
  await page.selectOption('#jkm-children-1-schooling-0-level', 'SMP')
  await page.fill('#jkm-children-1-schooling-0-startYear', '2023')
  await page.click('#jkm-submit')
  await page.waitForSelector('#jkm-result [data-status]')
  const input = {
    category: 'BPU',
    dateOfDeath: '2025-03-10',
    membershipStart: '2020-01-01',
    cause: 'natural',
    paidThrough: '2025-03',
    children: [
      { name: 'Ani', birthDate: '2015-05-01' },
      { name: 'Budi', birthDate: '2011-08-01', schooling: [{ level: 'SMP', startYear: 2023 }] },
    ],
  }
  const r = lib.calculateJkmBenefit(input, { locale: lang })
  const fig = (k) => text(page, `#jkm-result [data-figure="${k}"]`)
  assert.equal(await fig('lumpSum'), rp(r.lumpSum))
  assert.equal(await fig('funeral'), rp(r.funeral))
  assert.equal(await fig('total'), rp(r.total))
  assert.equal(await fig('total'), 'Rp42.000.000') // by hand, above
  assert.equal(await fig('scholarshipTotal'), rp(r.scholarship.total))
  assert.equal(await fig('scholarshipTotal'), 'Rp152.500.000') // 79.500.000 + 73.000.000, by hand above
  const childTotals = await page.$$eval('#jkm-result [data-child-total]', (s) => s.map((x) => x.textContent))
  assert.deepEqual(childTotals, ['Rp79.500.000', 'Rp73.000.000'])
  const timeline = await page.$$eval('#jkm-result .child-schedule[data-child="0"] .timeline li .amt', (s) =>
    s.map((x) => x.textContent),
  )
  assert.deepEqual(
    timeline,
    r.scholarship.children[0].payments.map((p) => rp(p.amount)),
    'the timeline is the library’s schedule',
  )
  assert.equal(timeline.length, 14)
  await checkExplanation(page, '#jkm-result', r.explanation)
  await noOverflow(page, `manfaat ${width} ${lang}`)
  await runAxe(page, `manfaat ${width} ${lang}`)
  await shot(page, `manfaat-jkm-${width}-${lang}`)

  // The cause left open: the result is incomplete and asks for it; the answer link leads to the field.
  await page.selectOption('#jkm-cause', '')
  await page.click('#jkm-submit')
  await page.waitForSelector('#jkm-result [data-status="incomplete"]')
  const q = '#jkm-result .questions li[data-missing="cause"] a.answer'
  await page.click(q)
  assert.equal(
    await page.evaluate(() => document.activeElement?.id),
    'jkm-cause',
    'the question leads to its field',
  )
  // A membership start after the date of death: the library's message beside that field, focus there.
  await page.selectOption('#jkm-cause', 'natural')
  await page.fill('#jkm-membershipStart', '2026-01-01')
  await page.click('#jkm-submit')
  const msSlot = `${S} [data-error-for="membershipStart"]`
  await page.waitForSelector(msSlot, { state: 'visible' })
  const issues = libraryIssues(lib.calculateJkmBenefit, { ...input, membershipStart: '2026-01-01' }, lang)
  assert.equal(await text(page, msSlot), issues.find((i) => i.path[0] === 'membershipStart').message)
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'jkm-membershipStart')
  await shot(page, `manfaat-errors-${width}-${lang}`)
  await runAxe(page, `manfaat errors ${width} ${lang}`)

  // JKK death benefit of a PU worker (work accident 2025-03-10, wage Rp5.000.000). By hand (PP 82/2019
  // Pasal 25 and Lampiran III): lump sum 48 × 5.000.000 = Rp240.000.000; periodic 24 × Rp500.000 =
  // Rp12.000.000; funeral Rp10.000.000; total Rp262.000.000.
  await page.check('#pick-jkk-death')
  await page.waitForSelector('#jkk-death-form')
  await page.selectOption('#jkk-death-category', 'PU')
  await page.fill('#jkk-death-dateOfDeath', '2025-03-10')
  await page.fill('#jkk-death-dateOfAccident', '2025-03-10')
  await page.selectOption('#jkk-death-cause', 'work-accident')
  await page.fill('#jkk-death-monthlyWage', '5.000.000')
  await page.selectOption('#jkk-death-membershipActive', 'yes')
  await page.fill('#jkk-death-employerArrearsMonths', '0')
  await page.fill('#jkk-death-children-0-name', '')
  await page.fill('#jkk-death-children-0-birthDate', '')
  await page.click('#jkk-death-submit')
  await page.waitForSelector('#jkk-death-result [data-status]')
  const k = lib.calculateJkkDeathBenefit(
    {
      category: 'PU',
      dateOfDeath: '2025-03-10',
      dateOfAccident: '2025-03-10',
      cause: 'work-accident',
      monthlyWage: '5000000',
      membershipActive: true,
      employerArrearsMonths: 0,
    },
    { locale: lang },
  )
  const kfig = (f) => text(page, `#jkk-death-result [data-figure="${f}"]`)
  assert.equal(await kfig('lumpSum'), rp(k.lumpSum))
  assert.equal(await kfig('lumpSum'), 'Rp240.000.000')
  assert.equal(await kfig('total'), rp(k.total))
  assert.equal(await kfig('total'), 'Rp262.000.000')
  await checkExplanation(page, '#jkk-death-result', k.explanation)
  await noOverflow(page, `manfaat jkk ${width} ${lang}`)
  await runAxe(page, `manfaat jkk ${width} ${lang}`)
  await shot(page, `manfaat-jkk-${width}-${lang}`)

  // JKK accident of a PU worker (2025-03-10, wage Rp5.000.000, PP 82/2019). By hand: STMB 15 months,
  // 12 × 100% × 5.000.000 + 3 × 50% × 5.000.000 = Rp67.500.000; right arm 40% × 80 × 5.000.000 =
  // Rp160.000.000; land transport Rp6.500.000 capped at Rp5.000.000; home care Rp26.000.000 capped at
  // Rp20.000.000; total Rp252.500.000.
  await page.check('#pick-jkk')
  await page.waitForSelector('#jkk-form')
  await page.selectOption('#jkk-category', 'PU')
  await page.fill('#jkk-accidentDate', '2025-03-10')
  await page.selectOption('#jkk-cause', 'work-accident')
  await page.fill('#jkk-monthlyWage', '5.000.000')
  await page.selectOption('#jkk-membershipActive', 'yes')
  await page.fill('#jkk-employerArrearsMonths', '0')
  await page.fill('#jkk-claimDate', '2026-12-04')
  await page.fill('#jkk-incapacity-from', '2025-03-10')
  await page.fill('#jkk-incapacity-to', '2026-06-09')
  await page.selectOption('#jkk-disability-type', 'anatomical')
  await page.selectOption('#jkk-disability-row', 'right-arm-from-shoulder')
  await page.fill('#jkk-transport-land', 'Rp 6.500.000')
  await page.fill('#jkk-homeCare', '26.000.000')
  await page.click('#jkk-submit')
  await page.waitForSelector('#jkk-result [data-status]')
  const acc = lib.calculateJkkBenefit(
    {
      category: 'PU',
      accidentDate: '2025-03-10',
      cause: 'work-accident',
      monthlyWage: '5000000',
      membershipActive: true,
      employerArrearsMonths: 0,
      claimDate: '2026-12-04',
      incapacity: { from: '2025-03-10', to: '2026-06-09' },
      disability: { type: 'anatomical', row: 'right-arm-from-shoulder' },
      transport: { land: '6500000' },
      homeCare: '26000000',
    },
    { locale: lang },
  )
  const afig = (f) => text(page, `#jkk-result [data-figure="${f}"]`)
  assert.equal(await afig('stmb'), 'Rp67.500.000')
  assert.equal(await afig('disability'), 'Rp160.000.000')
  assert.equal(await afig('transport-land'), 'Rp5.000.000')
  assert.equal(await afig('home-care'), 'Rp20.000.000')
  assert.equal(await afig('total'), 'Rp252.500.000')
  assert.equal(await afig('total'), rp(acc.total))
  assert.equal(await page.locator('#jkk-result table.stmb tbody tr').count(), 15)
  await checkExplanation(page, '#jkk-result', acc.explanation)
  await noOverflow(page, `manfaat jkk accident ${width} ${lang}`)
  await runAxe(page, `manfaat jkk accident ${width} ${lang}`)
  await shot(page, `manfaat-jkk-accident-${width}-${lang}`)

  // JP disability pension (example JP-2 of the research notes): 29 months of Rp2.500.000 from 2024-01,
  // total permanent disability on 2026-05-10. Membership ≥ 1 year and 29 of 29 months paid, so the months
  // count as 180 (PP 45/2015 Pasal 22); 1% × 180/12 × about Rp2.500.000 (indexed) is below Rp400.000, under
  // the 2026 minimum Rp411.400, so Rp411.400 a month from 2026-06.
  await page.check('#pick-jp')
  await page.waitForSelector('#jp-form')
  await page.selectOption('#jp-kind', 'disability')
  await page.fill('#jp-birthDate', '1990-01-01')
  await page.fill('#jp-membershipStart', '2024-01-01')
  await page.fill('#jp-eventDate', '2026-05-10')
  await page.fill('#jp-wage', '2.500.000')
  await page.fill('#jp-months', '29')
  await page.click('#jp-submit')
  await page.waitForSelector('#jp-result [data-status]')
  const wageHistory = Array.from({ length: 29 }, (_, i) => ({
    period: `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    wage: '2500000',
  }))
  const jp = lib.calculateJpBenefit(
    {
      kind: 'disability',
      birthDate: '1990-01-01',
      membershipStart: '2024-01-01',
      eventDate: '2026-05-10',
      wageHistory,
    },
    { locale: lang },
  )
  const jfig = (f) => text(page, `#jp-result [data-figure="${f}"]`)
  assert.equal(await jfig('monthlyPension'), rp(jp.monthlyPension))
  assert.equal(await jfig('monthlyPension'), 'Rp411.400')
  assert.ok(jp.formulaAmount < 400000, `formula ${jp.formulaAmount}`)
  assert.equal(await text(page, '#jp-result .jp-timeline li'), jp.timeline[0].text)
  await checkExplanation(page, '#jp-result', jp.explanation)
  // a survivor pension without its share: the tool asks for it beside its field
  await page.selectOption('#jp-kind', 'widow')
  await page.click('#jp-submit')
  await page.waitForSelector('#jp-result [data-status="incomplete"]')
  assert.equal(await page.getAttribute('#jp-result [data-missing]', 'data-missing'), 'survivorShare')
  await noOverflow(page, `manfaat jp ${width} ${lang}`)
  await runAxe(page, `manfaat jp ${width} ${lang}`)
  await shot(page, `manfaat-jp-${width}-${lang}`)

  // JHT claim on resignation: letter dated 2026-10-31, so payable after the one-month waiting period from
  // 2026-11-30 (Permenaker 4/2022); the whole balance Rp80.000.000; PP 68/2009 tax 0% up to Rp50.000.000 and
  // 5% above: 5% × Rp30.000.000 = Rp1.500.000, net Rp78.500.000. Fields of other grounds stay hidden.
  await page.check('#pick-jht')
  await page.waitForSelector('#jht-form')
  await page.selectOption('#jht-ground', 'resignation')
  assert.equal(await page.isVisible('#jht-separationDate'), true)
  assert.equal(await page.isVisible('#jht-dateOfDeath'), false)
  await page.fill('#jht-claimDate', '2026-12-04')
  await page.fill('#jht-balance', '80.000.000')
  await page.fill('#jht-birthDate', '1990-05-01')
  await page.fill('#jht-membershipStart', '2015-09-01')
  await page.fill('#jht-separationDate', '2026-10-31')
  await page.selectOption('#jht-workingElsewhere', 'no')
  await page.click('#jht-submit')
  await page.waitForSelector('#jht-result [data-status="payable"]')
  const hfig = (f) => text(page, `#jht-result [data-figure="${f}"]`)
  assert.equal(await hfig('amount'), 'Rp80.000.000')
  assert.equal(await hfig('tax'), 'Rp1.500.000')
  assert.equal(await hfig('net'), 'Rp78.500.000')
  const jht = lib.calculateJhtClaim(
    {
      ground: 'resignation',
      claimDate: '2026-12-04',
      balance: 80000000,
      birthDate: '1990-05-01',
      membershipStart: '2015-09-01',
      separationDate: '2026-10-31',
      workingElsewhere: false,
    },
    { locale: lang },
  )
  assert.equal(jht.payableFrom, '2026-11-30')
  assert.equal(await text(page, '#jht-result .jht-timeline li'), jht.timeline[0].text)
  await checkExplanation(page, '#jht-result', jht.explanation)
  // a death claim without the date of death: asked beside its field
  await page.selectOption('#jht-ground', 'death')
  await page.click('#jht-submit')
  await page.waitForSelector('#jht-form [aria-invalid="true"], #jht-result [data-missing]')
  await noOverflow(page, `manfaat jht ${width} ${lang}`)
  await runAxe(page, `manfaat jht ${width} ${lang}`)
  await shot(page, `manfaat-jht-${width}-${lang}`)
  step(
    `manfaat ${width} px ${lang}: JKM Rp42.000.000 + scholarship Rp152.500.000 (Ani 14 payments, Budi from his SMP), JKK death Rp262.000.000, JKK accident Rp252.500.000, JP Rp411.400/month, JHT Rp80.000.000 (net Rp78.500.000)`,
  )
}

async function kelayakan(page, lang, width) {
  await open(page, 'kelayakan', lang)
  const S = '#tool-kelayakan'
  // An intern on 2025-06-01 without the kind of employer: the category cannot be settled; the page asks.
  await page.fill('#kelayakan-asOf', '2025-06-01')
  await page.selectOption('#kelayakan-relationship', 'intern')
  await page.click('#kelayakan-submit')
  await page.waitForSelector('#kelayakan-result [data-category-status]')
  const open1 = lib.checkEligibility({ asOf: '2025-06-01', relationship: 'intern' }, { locale: lang })
  assert.equal(
    await page.getAttribute('#kelayakan-result [data-category-status]', 'data-category-status'),
    open1.categoryStatus,
  )
  await page.click('#kelayakan-result .questions li[data-missing="employerType"] a.answer')
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'kelayakan-employerType')

  // A religious worker (marbot) with no wage: BPU (PP 44/2015 Pasal 5 ayat (3)); JKK and JKM mandatory for
  // BPU, JHT voluntary, JP and JKP not available (PP 44/2015 Pasal 5; PP 46/2015; PP 45/2015; PP 37/2021).
  await page.selectOption('#kelayakan-relationship', 'religious-worker')
  await page.selectOption('#kelayakan-wageEarner', 'no')
  await page.click('#kelayakan-submit')
  await page.waitForSelector('#kelayakan-result [data-category="BPU"]')
  const r = lib.checkEligibility(
    { asOf: '2025-06-01', relationship: 'religious-worker', wageEarner: false },
    { locale: lang },
  )
  const statuses = await page.$$eval('#kelayakan-result li.program', (lis) =>
    lis.map((li) => [li.dataset.program, li.dataset.status]),
  )
  assert.deepEqual(
    statuses,
    r.programs.map((p) => [p.program, p.status]),
    'program statuses equal the library’s',
  )
  assert.deepEqual(statuses, [
    ['JKK', 'mandatory'],
    ['JKM', 'mandatory'],
    ['JHT', 'optional'],
    ['JP', 'unavailable'],
    ['JKP', 'unavailable'],
  ])
  await checkExplanation(page, '#kelayakan-result', r.explanation)
  await noOverflow(page, `kelayakan ${width} ${lang}`)
  await runAxe(page, `kelayakan ${width} ${lang}`)
  await shot(page, `kelayakan-${width}-${lang}`)

  // A birth date after the date of the check: the library's message beside the birth date.
  await page.fill('#kelayakan-birthDate', '2030-01-01')
  await page.click('#kelayakan-submit')
  await page.waitForSelector(`${S} [data-error-for="birthDate"]`, { state: 'visible' })
  const issues = libraryIssues(
    lib.checkEligibility,
    { asOf: '2025-06-01', relationship: 'religious-worker', wageEarner: false, birthDate: '2030-01-01' },
    lang,
  )
  assert.equal(
    await text(page, `${S} [data-error-for="birthDate"]`),
    issues.find((i) => i.path[0] === 'birthDate').message,
  )
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'kelayakan-birthDate')
  await page.fill('#kelayakan-birthDate', '')
  step(`kelayakan ${width} px ${lang}: marbot BPU, JKK/JKM mandatory, JHT voluntary, JP/JKP not available`)
}

async function program(page, lang, width) {
  await open(page, 'program', lang)
  const S = '#tool-program'
  // A city pays (APBD) for 12 months from 2025-06: 7.500 informal and 1.200 religious workers, BPU declared
  // income Rp1.000.000; potential 25.000, 4.000 covered before; yearly death rate 0,35%.
  // By hand: premium per worker JKK 1% × 1.000.000 = 10.000 + JKM 6.800 = 16.800 a month (no PP 50/2025
  // discount for APBD-paid workers); total (7.500 + 1.200) × 16.800 × 12 = 8.700 × 201.600 = 1.753.920.000;
  // covered after 4.000 + 8.700 = 12.700 of 25.000 (50,8%); gap 12.300; cost of the gap 12.300 × 16.800 × 12
  // = 2.479.680.000.
  await page.fill('#program-startPeriod', '2025-06')
  await page.fill('#program-months', '12')
  await page.selectOption('#program-payer', 'apbd')
  await page.fill('#program-cohorts-0-workers', '7.500')
  await page.fill('#program-cohorts-1-workers', '1.200')
  await page.fill('#program-potentialWorkers', '25.000')
  await page.fill('#program-coveredBefore', '4.000')
  await page.fill('#program-annualMortalityRate', '0,35%')
  await page.click('#program-submit')
  await page.waitForSelector('#program-result .summary')
  const names = await page.$$eval('#tool-program [name$=".name"]', (is) => is.map((i) => i.value))
  const plan = lib.planCoverageProgram(
    {
      startPeriod: '2025-06',
      months: 12,
      payer: 'apbd',
      cohorts: names.map((name, i) => ({
        name,
        workers: [7500, 1200][i],
        category: 'BPU',
        declaredIncome: '1000000',
      })),
      potentialWorkers: 25000,
      coveredBefore: 4000,
      annualMortalityRate: '0.0035',
    },
    { locale: lang },
  )
  const fig = (k) => text(page, `#program-result [data-figure="${k}"]`)
  assert.equal(await fig('total'), rp(plan.total))
  assert.equal(await fig('total'), 'Rp1.753.920.000') // by hand, above
  assert.equal(await fig('gapCost'), rp(plan.coverage.costToCloseGap))
  assert.equal(await fig('gapCost'), 'Rp2.479.680.000')
  assert.equal(await fig('expectedAmount'), rp(plan.expectedBenefits.amount))
  const perWorker = await page.$$eval('#program-result [data-per-worker]', (tds) =>
    tds.map((td) => td.textContent),
  )
  assert.deepEqual(perWorker, ['Rp16.800', 'Rp16.800'])
  const bars = await page.$$eval('#program-result svg.chart rect.bar', (rs) => rs.length)
  assert.equal(bars, 12, 'one column per month')
  const chartRows = await page.$$eval('#program-result .chart-box[data-chart="columns"] tbody td', (tds) =>
    tds.map((td) => td.textContent),
  )
  assert.deepEqual(
    chartRows,
    plan.schedule.map((m) => rp(m.due)),
    'the chart figures are the library’s schedule',
  )
  await checkExplanation(page, '#program-result', plan.explanation)
  await noOverflow(page, `program ${width} ${lang}`)
  await runAxe(page, `program ${width} ${lang}`)
  await shot(page, `program-${width}-${lang}`)

  if (width === 1280) {
    // The printable summary: one A4 page.
    await page.emulateMedia({ media: 'print' })
    await page.screenshot({ path: join(outDir, `program-print-${lang}.png`), fullPage: true })
    shots.push(join('test-output', `program-print-${lang}.png`))
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    writeFileSync(join(outDir, `program-summary-${lang}.pdf`), pdf)
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
    assert.equal(pages, 1, `the printed summary is one page (got ${pages})`)
    await page.emulateMedia({ media: 'screen' })
  }

  // A negative worker count in the second group: the library's message beside that field.
  await page.fill('#program-cohorts-1-workers', '-5')
  await page.click('#program-submit')
  const slot = `${S} [data-error-for="cohorts.1.workers"]`
  await page.waitForSelector(slot, { state: 'visible' })
  assert.ok((await text(page, slot)).length > 0)
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'program-cohorts-1-workers')
  await noOverflow(page, `program errors ${width} ${lang}`)
  await runAxe(page, `program errors ${width} ${lang}`)
  step(
    `program ${width} px ${lang}: Rp1.753.920.000, gap cost Rp2.479.680.000${width === 1280 ? ', summary prints on one page' : ''}`,
  )
}

async function roster(page, lang, width) {
  await open(page, 'program', lang)
  // A city (APBD) checks its list on 15 January 2026 with its own age limit of 65 and Rp1.000.000 for people
  // who declared no income. By hand (NIK digits 7–12 are the birth date, women's day + 40):
  //  row 2 Siti   1571024508900003: 45 08 90 = 5 Aug 1990, woman, matches; no income → Rp1.000.000;
  //               JKK 1% × 1.000.000 = 10.000 + JKM 6.800 = Rp16.800 → ready to enrol
  //  row 3 the same NIK again → excluded (duplicate of row 2)
  //  row 4 Rina   1571025506800001: 55 06 80 = 15 Jun 1980, but the list says 16 Jun → to review
  //  row 5 Budi   born 1 Jan 1955: 71 on 15 Jan 2026 > 65 → excluded
  //  row 6 Joko   already a participant → covered
  //  row 7 Eko    1571031506920004: 15 06 92 = 15 Jun 1992, man, matches; Rp2.000.000:
  //               JKK 1% × 2.000.000 = 20.000 + 6.800 = Rp26.800 → ready to enrol
  //  row 8 Dewi   income "sejuta" (not a number) → a finding on her row, to review; the page does not crash
  // Counts: enrol 2, covered 1, review 2, excluded 2; monthly premium 16.800 + 26.800 = Rp43.600; two groups
  // (Rp1.000.000 and Rp2.000.000); the plan filled from them: 12 months from 2026-01, 43.600 × 12 = Rp523.200.
  const rows = [
    [
      'NIK',
      'Nama',
      'Tanggal lahir',
      'Jenis kelamin',
      'Pekerjaan',
      'Kecamatan',
      'Penghasilan',
      'Sudah peserta',
    ],
    ['1571024508900003', 'Siti', '1990-08-05', 'P', 'Pedagang', 'Jambi Selatan', '', 'tidak'],
    ['1571024508900003', 'Siti', '1990-08-05', 'P', 'Pedagang', 'Jambi Selatan', '', 'tidak'],
    ['1571025506800001', 'Rina', '1980-06-16', 'P', 'Penjahit', 'Jambi Selatan', '', 'tidak'],
    ['1571010101550001', 'Budi', '1955-01-01', 'L', 'Petani', 'Telanaipura', '', 'tidak'],
    ['1571031203850002', 'Joko', '1985-03-12', 'L', 'Ojek', 'Kota Baru', '2.000.000', 'ya'],
    ['1571031506920004', 'Eko', '1992-06-15', 'L', 'Ojek', 'Kota Baru', '2.000.000', 'tidak'],
    ['1571035210880005', 'Dewi', '1988-10-12', 'P', 'Pedagang', 'Kota Baru', 'sejuta', 'tidak'],
  ]
  await page.fill('#roster-asOf', '2026-01-15')
  await page.fill('#roster-maxAge', '65')
  await page.setInputFiles('#roster-file', {
    name: 'daftar.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(rows.map((r) => r.join(';')).join('\r\n'), 'utf8'),
  })
  await page.waitForSelector('#roster-result [data-testid="roster-status"]')
  const input = {
    asOf: '2026-01-15',
    payer: 'apbd',
    relationship: 'vulnerable-worker',
    nationality: 'WNI',
    declaredIncome: '1000000',
    rows: rows.slice(1).map(([nik, name, birthDate, sex, occupation, district, income, part]) => ({
      nik,
      name,
      birthDate,
      sex: sex === 'P' ? 'female' : 'male',
      occupation,
      district,
      ...(income === '' ? {} : { declaredIncome: income === '2.000.000' ? '2000000' : income }),
      participant: part === 'ya',
    })),
  }
  const mine = lib.assessRoster(input, {
    locale: lang,
    parameters: { 'eligibility.bpu.maxRegistrationAge': { maxAge: 65 } },
  })
  const status = await page.$$eval('#roster-result [data-testid="roster-status"] tr', (trs) =>
    Object.fromEntries(trs.map((tr) => [tr.dataset.status, tr.lastElementChild.textContent])),
  )
  assert.deepEqual(status, { enrol: '2', covered: '1', review: '2', excluded: '2' }) // by hand
  assert.deepEqual(status, Object.fromEntries(Object.entries(mine.counts).map(([k, v]) => [k, String(v)])))
  const codes = await page.$$eval('#roster-result [data-testid="roster-findings"] tbody tr', (trs) =>
    Object.fromEntries(trs.map((tr) => [tr.dataset.code, tr.lastElementChild.textContent])),
  )
  assert.deepEqual(codes, {
    ROSTER_INCOME_DEFAULTED: '3', // Siti, Siti again, Rina: no income written
    ROSTER_AGE_ABOVE_LIMIT: '1',
    ROSTER_ALREADY_PARTICIPANT: '1',
    ROSTER_FIELD_INVALID: '1',
    ROSTER_NIK_BIRTH_DATE_MISMATCH: '1',
    ROSTER_NIK_DUPLICATE: '1',
  })
  assert.deepEqual(codes, Object.fromEntries(Object.entries(mine.findings).map(([k, v]) => [k, String(v)])))
  // each code's message is the library's, in the page's language
  const mismatch = mine.people[2].findings.find((f) => f.code === 'ROSTER_NIK_BIRTH_DATE_MISMATCH')
  assert.ok(
    (await text(page, '#roster-result tr[data-code="ROSTER_NIK_BIRTH_DATE_MISMATCH"]')).includes(
      mismatch.message,
    ),
  )
  const perWorker = await page.$$eval(
    '#roster-result [data-testid="roster-cohorts"] [data-per-worker]',
    (tds) => tds.map((td) => td.textContent),
  )
  assert.deepEqual(perWorker, ['Rp16.800', 'Rp26.800']) // by hand
  assert.deepEqual(
    perWorker,
    mine.cohorts.map((c) => rp(c.premiumPerWorkerPerMonth)),
  )
  assert.equal(await text(page, '#roster-result [data-roster-monthly]'), 'Rp43.600')
  assert.equal(mine.monthlyPremium, 43600)
  // the people with findings, by their line in the file (the header is line 1)
  const people = await page.$$eval('#roster-result .roster-people li', (lis) =>
    lis.map((li) => [li.dataset.line, li.dataset.status]),
  )
  assert.deepEqual(people, [
    ['2', 'enrol'],
    ['3', 'excluded'],
    ['4', 'review'],
    ['5', 'excluded'],
    ['6', 'covered'],
    ['8', 'review'],
  ])
  assert.ok((await text(page, '#roster-result .roster-people li[data-line="5"]')).includes('71'))
  await noOverflow(page, `roster ${width} ${lang}`)
  await runAxe(page, `roster ${width} ${lang}`)
  await page
    .locator('#tool-program .roster')
    .screenshot({ path: join(outDir, `program-roster-${width}-${lang}.png`) })
  shots.push(join('test-output', `program-roster-${width}-${lang}.png`))
  // the plan's groups from the list: the summary and the chart follow
  await page.click('#roster-use')
  await page.waitForFunction(() =>
    document.querySelector('#program-result [data-figure="total"]')?.textContent?.includes('523'),
  )
  const plan = lib.planCoverageProgram(
    { ...mine.planInputs[0], potentialWorkers: 25000, coveredBefore: 4000 },
    { locale: lang },
  )
  assert.equal(await text(page, '#program-result [data-figure="total"]'), rp(plan.total))
  assert.equal(await text(page, '#program-result [data-figure="total"]'), 'Rp523.200') // by hand
  assert.equal(await page.$$eval('#program-result svg.chart rect.bar', (rs) => rs.length), 12)
  assert.deepEqual(
    await page.$$eval('#program-result .cohorts-table [data-per-worker]', (tds) =>
      tds.map((td) => td.textContent),
    ),
    ['Rp16.800', 'Rp26.800'],
  )
  await noOverflow(page, `roster plan ${width} ${lang}`)
  // the checked list as .xlsx, read back: one row per person with the library's status and premium
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#roster-result button[data-download]'),
  ])
  const sheet = await readSheet(await dl.path())
  const c = (name) => sheet[0].indexOf(name)
  assert.deepEqual(
    sheet.slice(1).map((r) => [r[c('row')], r[c('status')], r[c('premium')] ?? null]),
    [
      [2, 'enrol', 16800],
      [3, 'excluded', 16800],
      [4, 'review', 16800],
      [5, 'excluded', null],
      [6, 'covered', 26800],
      [7, 'enrol', 26800],
      [8, 'review', null],
    ],
  )
  step(
    `roster ${width} px ${lang}: 7 rows, enrol 2 / covered 1 / review 2 / excluded 2, Rp43.600 a month, plan Rp523.200, XLSX read back`,
  )
}

try {
  // The first page's transfer size: every response of the first load, gzipped as a static host sends it.
  {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    const bodies = []
    page.on('response', (res) =>
      bodies.push(res.body().then((b) => ({ url: res.url(), gzip: gzipSync(b, { level: 6 }).length }))),
    )
    await open(page, 'iuran', 'id')
    await page.waitForLoadState('networkidle')
    const files = await Promise.all(bodies)
    const gzip = files.reduce((s, f) => s + f.gzip, 0)
    step(`first page: ${files.length} requests, ${gzip} B gzip (budget ${FIRST_PAGE_BUDGET} B)`)
    assert.ok(
      gzip <= FIRST_PAGE_BUDGET,
      `first page ${gzip} B gzip is over the ${FIRST_PAGE_BUDGET} B budget`,
    )
    await page.close()
  }
  for (const width of [1280, 390])
    for (const lang of ['id', 'en']) {
      const page = await browser.newPage({
        viewport: { width, height: 900 },
        locale: lang === 'id' ? 'id-ID' : 'en-GB',
      })
      page.on('pageerror', (e) => pageErrors.push(String(e)))
      page.on('console', (m) => {
        if (m.type() === 'error') pageErrors.push(`${m.text()} ${m.location().url ?? ''}`)
      })
      await iuran(page, lang, width)
      await manfaat(page, lang, width)
      await kelayakan(page, lang, width)
      await program(page, lang, width)
      await roster(page, lang, width)
      // switching the language recomputes the shown result in the other language
      await open(page, 'iuran', lang)
      await page.fill('#iuran-period', '2025-06')
      await page.fill('#iuran-wage', '5000000')
      await page.click('#iuran-submit')
      const other = lang === 'id' ? 'en' : 'id'
      await page.selectOption('#lang', other)
      const first = lib.calculateContribution(
        { category: 'PU', period: '2025-06', wage: 5000000, jkkRiskClass: 1, enterpriseSize: 'large' },
        { locale: other },
      ).explanation.steps[0].description
      await page.waitForFunction(
        (d) => document.querySelector('#iuran-result .steps li')?.textContent?.includes(d),
        first,
      )
      assert.equal(await page.getAttribute('html', 'lang'), other)
      await page.close()
    }
  assert.deepEqual(pageErrors, [], 'no errors in the page console')

  // The law links lead somewhere: the pages the docs site makes from the generated law reference and
  // decisions pages (typedoc names a page by its title) hold every anchor the app linked to.
  {
    const dir = join(root, '.tmp', 'e2e-docs')
    execFileSync(process.execPath, [join(root, 'scripts/gen-parameter-docs.mjs'), dir], { stdio: 'ignore' })
    const pages = new Map()
    for (const md of ['law-reference.md', 'decisions.md']) {
      const src = readFileSync(join(dir, md), 'utf8')
      const title = /^title:\s*(.+)$/m.exec(src)?.[1] ?? ''
      pages.set(
        `${title.replace(/[^\p{L}\p{N}_()-]/gu, '_')}.html`,
        new Set([
          ...[...src.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]),
          // a heading's own anchor, as typedoc makes it (`## D18` → `#d18`)
          ...[...src.matchAll(/^#{1,6} +(.+)$/gm)].map((m) =>
            m[1].toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, ''),
          ),
        ]),
      )
    }
    for (const link of docLinks) {
      const [, page, anchor] = /documents\/([^#]+)#(.+)$/.exec(link) ?? []
      assert.ok(pages.has(page), `${link}: no generated page ${page} (have ${[...pages.keys()].join(', ')})`)
      assert.ok(pages.get(page).has(anchor), `${link}: no anchor #${anchor} on ${page}`)
    }
    step(`law links: ${docLinks.size} distinct links, every anchor present on the generated pages`)
  }
  mkdirSync(outDir, { recursive: true })
  writeFileSync(join(outDir, 'axe.json'), `${JSON.stringify(axeReport, null, 2)}\n`)
  const minor = axeReport.flatMap((r) => r.violations).length
  step(
    `axe: ${axeReport.length} pages checked, 0 serious or critical, ${minor} minor/moderate (test-output/axe.json)`,
  )
  step(`screenshots: ${shots.length} in test-output/`)
} catch (e) {
  failed = true
  console.error(e)
  if (pageErrors.length > 0) console.error('page errors:', pageErrors)
} finally {
  await browser.close()
  server.close()
}
if (failed) process.exit(1)
console.log('e2e: web app OK')
