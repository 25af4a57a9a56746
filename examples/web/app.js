// The calculator page: reads the form, calls the library's calculateContribution in the browser, and shows
// the lines, totals, warnings and explanation, or each validation message next to its field.
// It does no validation of its own: every message comes from the library (BpjsValidationError.issues).
import * as bpjs from '../../dist/esm/index.js'
// the people-facing doors: amounts as people type them, rates as percentages, the fund split in words
import { formatRate, numberShape, readNumber, splitSentences } from '../../dist/doors/index.js'

const TEXT = {
  id: {
    title: 'Kalkulator iuran BPJS Ketenagakerjaan',
    language: 'Bahasa',
    category: 'Kategori peserta',
    catPU: 'Penerima upah (PU)',
    catBPU: 'Bukan penerima upah (BPU)',
    catJAKON: 'Jasa konstruksi (proyek)',
    catPMI: 'Pekerja migran Indonesia (PMI)',
    period: 'Bulan iuran (YYYY-MM)',
    wage: 'Upah sebulan (Rp)',
    jkkRiskClass: 'Kelas risiko JKK',
    enterpriseSize: 'Skala usaha',
    micro: 'Mikro',
    small: 'Kecil',
    medium: 'Menengah',
    large: 'Besar',
    jkpRegistered: 'Terdaftar JKP (iuran direkomposisi)',
    jkkDiscountEligible: 'Berhak diskon JKK 50% (PP 7/2025)',
    declaredIncome: 'Penghasilan sebulan (Rp)',
    bpuJht: 'Ikut JHT (sukarela)',
    months: 'Dibayar untuk (bulan)',
    payer: 'Dibayar oleh',
    self: 'Peserta sendiri',
    apbd: 'Pemerintah daerah (APBD)',
    apbn: 'Pemerintah pusat (APBN)',
    other: 'Pihak lain',
    sector: 'Sektor',
    transport: 'Transportasi',
    otherSector: 'Lainnya',
    jakonMethod: 'Cara menghitung',
    byContract: 'Nilai kontrak',
    byWage: 'Upah diketahui',
    contractValue: 'Nilai kontrak tanpa PPN (Rp)',
    contractMonths: 'Lama perjanjian kerja (bulan)',
    placement: 'Penempatan',
    agency: 'Melalui P3MI (agen)',
    independent: 'Perseorangan',
    jhtMonthly: 'Iuran JHT sebulan (Rp, sukarela)',
    calculate: 'Hitung',
    lines: 'Rincian iuran',
    program: 'Program',
    payerCol: 'Pembayar',
    fund: 'Ke dana',
    base: 'Dasar',
    rate: 'Tarif',
    amount: 'Jumlah',
    totals: 'Jumlah per pembayar',
    warnings: 'Peringatan',
    explanation: 'Penjelasan',
    employer: 'Pemberi kerja',
    worker: 'Pekerja',
    participant: 'Peserta',
    government: 'Pemerintah',
    total: 'Total',
    notAvailable: 'Fungsi calculateContribution belum tersedia di build pustaka ini.',
  },
  en: {
    title: 'BPJS Ketenagakerjaan contribution calculator',
    language: 'Language',
    category: 'Participant category',
    catPU: 'Wage earner (PU)',
    catBPU: 'Non-wage earner (BPU)',
    catJAKON: 'Construction project (Jakon)',
    catPMI: 'Indonesian migrant worker (PMI)',
    period: 'Contribution month (YYYY-MM)',
    wage: 'Monthly wage (Rp)',
    jkkRiskClass: 'JKK risk class',
    enterpriseSize: 'Enterprise size',
    micro: 'Micro',
    small: 'Small',
    medium: 'Medium',
    large: 'Large',
    jkpRegistered: 'Registered in JKP (recomposed contributions)',
    jkkDiscountEligible: 'Qualifies for the 50% JKK discount (PP 7/2025)',
    declaredIncome: 'Monthly income (Rp)',
    bpuJht: 'Join JHT (optional)',
    months: 'Paid for (months)',
    payer: 'Paid by',
    self: 'The participant',
    apbd: 'Local government (APBD)',
    apbn: 'Central government (APBN)',
    other: 'Another party',
    sector: 'Sector',
    transport: 'Transport',
    otherSector: 'Other',
    jakonMethod: 'Method',
    byContract: 'Contract value',
    byWage: 'Known wages',
    contractValue: 'Contract value excluding VAT (Rp)',
    contractMonths: 'Work contract length (months)',
    placement: 'Placement',
    agency: 'Through an agency (P3MI)',
    independent: 'Independent',
    jhtMonthly: 'Monthly JHT (Rp, optional)',
    calculate: 'Calculate',
    lines: 'Contribution lines',
    program: 'Program',
    payerCol: 'Payer',
    fund: 'To fund',
    base: 'Base',
    rate: 'Rate',
    amount: 'Amount',
    totals: 'Totals by payer',
    warnings: 'Warnings',
    explanation: 'Explanation',
    employer: 'Employer',
    worker: 'Worker',
    participant: 'Participant',
    government: 'Government',
    total: 'Total',
    notAvailable: 'calculateContribution is not available in this build of the library.',
  },
}

const $ = (sel) => document.querySelector(sel)
const form = $('#form')
const langSelect = $('#lang')
const categorySelect = $('#category')
let lastRun = false

const lang = () => (langSelect.value === 'en' ? 'en' : 'id')
const text = (key) => TEXT[lang()][key] ?? key

function applyTexts() {
  document.documentElement.lang = lang()
  document.title = text('title')
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = text(el.dataset.text)
}

function showCategory() {
  const c = categorySelect.value
  for (const fs of document.querySelectorAll('fieldset[data-categories]'))
    fs.hidden = !fs.dataset.categories.split(' ').includes(c)
  const byWage = form.querySelector('input[name="jakonMethod"]:checked')?.value === 'wage'
  $('[data-field="contractValue"]').hidden = c === 'JAKON' && byWage
  $('[data-field="jakonWage"]').hidden = c === 'JAKON' && !byWage
}

/** The value of a text field, or undefined when empty (the library says whether it is required). */
function value(name) {
  const v = form.elements[name].value.trim()
  return v === '' ? undefined : v
}

/**
 * An amount as people type it: `14146000`, `14.146.000`, `Rp 14.146.000,00` or `14,146,000` (doors/). A single
 * value that reads both ways (`1.500`) is read in the page's language; the lines table shows the base as read.
 * Anything else is sent as typed, and the library reports it next to the field.
 */
function amount(name) {
  const v = value(name)
  if (v === undefined) return undefined
  const shape = numberShape(v)
  const format = shape === 'id' || shape === 'en' ? shape : shape === 'either' ? lang() : 'plain'
  return readNumber(v, format) ?? v
}

/** A whole number field: sent as a number when it is one, else as typed (the library reports it). */
function intValue(name) {
  const v = value(name)
  return v !== undefined && /^-?\d+$/.test(v) ? Number(v) : v
}

/** The input object for calculateContribution, from the form. Empty fields are left out. */
function readInput() {
  const category = categorySelect.value
  const input = { category, period: value('period') }
  if (category === 'PU') {
    Object.assign(input, {
      wage: amount('wage'),
      jkkRiskClass: intValue('jkkRiskClass'),
      enterpriseSize: value('enterpriseSize'),
      jkpRegistered: form.elements.jkpRegistered.checked,
      jkkDiscountEligible: form.elements.jkkDiscountEligible.checked,
    })
  } else if (category === 'BPU') {
    Object.assign(input, {
      declaredIncome: amount('declaredIncome'),
      programs: form.elements.bpuJht.checked ? ['JKK', 'JKM', 'JHT'] : undefined,
      months: intValue('months'),
      payer: value('payer'),
      sector: value('sector'),
    })
  } else if (category === 'JAKON') {
    const byWage = form.querySelector('input[name="jakonMethod"]:checked')?.value === 'wage'
    if (byWage) input.wage = amount('jakonWage')
    else input.contractValue = amount('contractValue')
  } else if (category === 'PMI') {
    Object.assign(input, {
      contractMonths: intValue('contractMonths'),
      placement: value('placement'),
      jhtMonthly: amount('jhtMonthly'),
    })
  }
  for (const k of Object.keys(input)) if (input[k] === undefined) delete input[k]
  return input
}

/** Which message slot shows an issue at `path` (the JAKON wage has its own input). */
function slotFor(path) {
  const head = path[0]
  if (typeof head !== 'string') return undefined
  const key = categorySelect.value === 'JAKON' && head === 'wage' ? 'jakonWage' : head
  const slot = form.querySelector(`[data-error-for="${key}"]`)
  return slot !== null && slot.closest('[hidden]') === null ? slot : undefined
}

function clearErrors() {
  for (const slot of form.querySelectorAll('[data-error-for]')) slot.textContent = ''
  for (const f of form.querySelectorAll('.field.invalid')) f.classList.remove('invalid')
  const top = $('#form-error')
  top.textContent = ''
  top.hidden = true
}

/** Puts each issue's message next to its field; issues without a visible field go above the form. */
function showIssues(issues) {
  const top = []
  for (const issue of issues) {
    const slot = slotFor(issue.path)
    if (slot === undefined) {
      top.push(`${issue.path.join('.') || '(input)'}: ${issue.message}`)
      continue
    }
    slot.textContent = slot.textContent === '' ? issue.message : `${slot.textContent} ${issue.message}`
    slot.closest('.field').classList.add('invalid')
  }
  if (top.length > 0) {
    $('#form-error').textContent = top.join(' ')
    $('#form-error').hidden = false
  }
}

/** A rate string as a percentage, exactly (`0.0054` → `0,54%`). */
function percent(rate) {
  return typeof rate === 'string' ? formatRate(rate, lang()) : ''
}

function row(cells, className) {
  const tr = document.createElement('tr')
  if (className) tr.className = className
  for (const [content, cls] of cells) {
    const td = document.createElement('td')
    td.textContent = content
    if (cls) td.className = cls
    tr.append(td)
  }
  return tr
}

function render(result) {
  const rp = (n) => bpjs.formatRupiah(n)
  const lines = $('#lines tbody')
  lines.replaceChildren(
    ...result.lines.map((l) =>
      row([
        [l.program],
        [text(l.payer)],
        [l.fund ?? ''],
        [l.base === undefined ? '' : rp(l.base), 'num'],
        [percent(l.rate), 'num'],
        [rp(l.amount), 'num'],
      ]),
    ),
  )
  // the "to fund" column only matters when a line is split by recomposition (JKP members)
  const split = result.lines.some((l) => l.fund !== undefined)
  for (const cell of document.querySelectorAll('#lines tr > :nth-child(3)')) cell.hidden = !split
  // the split in words: "0,54% × Rp12.000.000 = Rp64.800, di antaranya Rp7.000 ke dana JKP"
  let note = $('#split')
  if (note === null) {
    note = Object.assign(document.createElement('p'), { id: 'split' })
    $('#lines').after(note)
  }
  note.textContent = splitSentences(result, lang()).join(' · ')
  note.hidden = note.textContent === ''
  const totals = $('#totals tbody')
  const payers = ['employer', 'worker', 'participant', 'government'].filter((p) => result.totals[p] !== 0)
  totals.replaceChildren(
    ...payers.map((p) => {
      const tr = row([[text(p)], [rp(result.totals[p]), 'num']])
      tr.dataset.payer = p
      return tr
    }),
    Object.assign(row([[text('total')], [rp(result.totals.total), 'num']], 'total'), { id: 'grand-total' }),
  )
  const warnings = $('#warnings')
  warnings.hidden = result.warnings.length === 0
  warnings.querySelector('ul').replaceChildren(
    ...result.warnings.map((w) => {
      const li = document.createElement('li')
      li.textContent = `[${w.code}] ${w.message}`
      return li
    }),
  )
  $('#explanation').textContent = bpjs.renderExplanation(result.explanation, { locale: lang() })
  $('#result').hidden = false
}

function calculate() {
  lastRun = true
  clearErrors()
  if (typeof bpjs.calculateContribution !== 'function') {
    $('#form-error').textContent = text('notAvailable')
    $('#form-error').hidden = false
    $('#result').hidden = true
    return
  }
  try {
    render(bpjs.calculateContribution(readInput(), { locale: lang() }))
  } catch (e) {
    $('#result').hidden = true
    if (e instanceof bpjs.BpjsValidationError) showIssues(e.issues)
    else if (e instanceof bpjs.BpjsRuleError) showIssues([{ path: e.path, message: e.message }])
    else throw e
  }
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault()
  calculate()
})
categorySelect.addEventListener('change', () => {
  showCategory()
  clearErrors()
  $('#result').hidden = true
})
for (const r of form.querySelectorAll('input[name="jakonMethod"]')) r.addEventListener('change', showCategory)
langSelect.addEventListener('change', () => {
  applyTexts()
  if (lastRun) calculate() // messages and explanation in the new language
})

applyTexts()
showCategory()
document.body.dataset.ready = 'true'
