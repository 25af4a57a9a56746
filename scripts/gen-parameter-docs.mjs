#!/usr/bin/env node
// Generates, from the built package (the same data the library computes with, never copied by hand):
// - docs/guides/parameters.md: every legal parameter, with its values over time, citations, confidence, notes,
//   verification and article counts, and every legal source;
// - docs/guides/decisions.md: every library decision (D1–D27, L1…), one anchor each (#d12), the page the
//   explanations link to (decision D25);
// - docs/guides/law-reference.md: the law by regulation and article → parameters (values over time) → the
//   functions that read them, and back from every parameter to its articles.
// Run after `npm run build`, before typedoc. Usage: node scripts/gen-parameter-docs.mjs [outDir]
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = resolve(root, process.argv[2] ?? 'docs/guides')
const outFile = resolve(outDir, 'parameters.md')

let data
try {
  data = await import('bpjs-ketenagakerjaan/parameters')
} catch (e) {
  console.error(`gen-parameter-docs: cannot load the built package (run npm run build first): ${e.message}`)
  process.exit(1)
}
const { ALL_PARAMETERS, SOURCE_LIST, COVERAGE, DECISION_LIST, decisionAnchor, formatCitation, getSource } = data

/** Escapes text for a Markdown table cell. */
const cell = (s) => String(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')

/** Groups thousands the Indonesian way, on the digits (no float). */
function rupiah(text) {
  const [int, frac] = String(text).split('.')
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return `Rp${grouped}${frac === undefined ? '' : `,${frac}`}`
}

/** A rate string as a percentage, by moving the decimal point (no float). */
function percent(rate) {
  const [int, frac = ''] = String(rate).split('.')
  const digits = `${int}${frac.padEnd(2, '0')}`
  const whole = digits.slice(0, int.length + 2).replace(/^0+(?=\d)/, '')
  const rest = digits.slice(int.length + 2).replace(/0+$/, '')
  return `${whole}${rest === '' ? '' : `.${rest}`}%`
}

function showValue(unit, value) {
  switch (unit) {
    case 'rate':
      return `\`${value}\` (${percent(value)})`
    case 'rupiah':
      return `\`${value}\` (${rupiah(value)})`
    case 'flag':
      return value ? '`true`' : '`false`'
    case 'table':
      return '(tabel di bawah / table below)'
    default:
      return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``
  }
}

function citation(c) {
  const text = formatCitation(c)
  if (c.source === 'DECISIONS' && c.article !== undefined)
    return `[${text}](./decisions.md#${decisionAnchor(c.article)})`
  const s = getSource(c.source)
  return s?.url === undefined ? text : `[${text}](${s.url})`
}

const FAMILY_TITLES = {
  programs: 'Program per kategori / Programs by category',
  pu: 'Penerima Upah (PU)',
  jp: 'Jaminan Pensiun (JP)',
  jkp: 'Jaminan Kehilangan Pekerjaan (JKP)',
  relief: 'Keringanan dan diskon / Relief and discounts',
  bpu: 'Bukan Penerima Upah (BPU)',
  jakon: 'Jasa Konstruksi (Jakon)',
  pmi: 'Pekerja Migran Indonesia (PMI)',
  jkm: 'Jaminan Kematian (JKM)',
  jkk: 'Jaminan Kecelakaan Kerja (JKK)',
  scholarship: 'Beasiswa / Scholarship',
  eligibility: 'Eligibilitas / Eligibility',
  coverage: 'Program perlindungan / Coverage programs',
  plan: 'Program perlindungan / Coverage programs',
}


// ---- which public functions read each parameter --------------------------------------------------------------
// Every scenario fixture of the test suite (test/scenarios) is run against the built package; the parameters
// its explanation lists are recorded under the function (the explanation's `operation`). So the pages say
// which function uses a figure from what the code actually read, not from a hand-kept list.
let api
try {
  api = await import('bpjs-ketenagakerjaan')
} catch (e) {
  console.error(`gen-parameter-docs: cannot load the built package (run npm run build first): ${e.message}`)
  process.exit(1)
}
/** Parameter id → names of the public functions that read it in some scenario. */
const usedBy = new Map()
function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const q = join(dir, f)
    return statSync(q).isDirectory() ? walk(q) : q.endsWith('.json') ? [q] : []
  })
}
let scenarioRuns = 0
for (const file of walk(resolve(root, 'test/scenarios'))) {
  const raw = JSON.parse(readFileSync(file, 'utf8'))
  for (const f of Array.isArray(raw) ? raw : [raw]) {
    if (f.error !== undefined || typeof api[f.function] !== 'function') continue
    let result
    try {
      result = api[f.function](f.input, f.options)
    } catch {
      continue
    }
    scenarioRuns++
    const operation = result?.explanation?.operation ?? f.function
    for (const q of result?.explanation?.parameters ?? []) {
      if (!usedBy.has(q.id)) usedBy.set(q.id, new Set())
      usedBy.get(q.id).add(operation)
    }
  }
}
const usedByText = (id) =>
  usedBy.has(id) ? [...usedBy.get(id)].sort().map((f) => `\`${f}\``).join(', ') : '—'
/** Anchor of a parameter heading on parameters.md. */
const paramAnchor = (id) => id.replace(/[^a-z0-9-]+/gi, '').toLowerCase()

/** The non-decision citations of a value that name an article. */
const articlesOf = (v) => v.legal.filter((c) => c.source !== 'DECISIONS' && c.article !== undefined)
const allValues = ALL_PARAMETERS.flatMap((p) => p.values)
const withArticle = allValues.filter((v) => articlesOf(v).length > 0).length
const noArticleCount = allValues.filter((v) => v.noArticle !== undefined).length
const byVerified = new Map()
for (const v of allValues) byVerified.set(v.lastVerifiedOn, (byVerified.get(v.lastVerifiedOn) ?? 0) + 1)

const families = new Map()
for (const p of ALL_PARAMETERS) {
  const family = p.id.split('.')[0]
  if (!families.has(family)) families.set(family, [])
  families.get(family).push(p)
}

const out = []
out.push(
  '---',
  'title: Parameter hukum / Legal parameters',
  '---',
  '',
  '# Parameter hukum / Legal parameters',
  '',
  '> Halaman ini dibuat otomatis dari data pustaka (`scripts/gen-parameter-docs.mjs`), jangan disunting.',
  '> This page is generated from the library’s data (`scripts/gen-parameter-docs.mjs`); do not edit it.',
  '',
  `Setiap tarif, jumlah, batas, usia dan tanggal hukum yang dipakai pustaka adalah parameter bertanggal dengan ` +
    `dasar hukum, tingkat keyakinan dan tanggal verifikasi terakhir. Ganti nilai mana pun lewat ` +
    '`options.parameters` (lihat panduan "Hukum sebagai data").',
  '',
  `Every rate, amount, cap, age and legal date the library uses is a dated parameter with its legal basis, a ` +
    'confidence level and the date it was last verified. Override any of them through `options.parameters` ' +
    '(see the guide "How the law is encoded").',
  '',
  `- Cakupan / Coverage: ${COVERAGE.start} – ${COVERAGE.horizon ?? ''}`.replace(/ – $/, ''),
  `- Terakhir diverifikasi / Last verified: ${COVERAGE.verifiedOn}`,
  `- Jumlah parameter / Number of parameters: ${ALL_PARAMETERS.length} (${allValues.length} nilai bertanggal / dated values)`,
  `- Nilai dengan pasal / Values with an article: ${withArticle} of ${allValues.length}; ` +
    `tanpa pasal, dengan alasan / without an article, with the reason (\`noArticle\`): ${noArticleCount}`,
  `- Terakhir diperiksa per nilai / Last checked per value: ${[...byVerified]
    .sort()
    .map(([d, n]) => `${d} (${n})`)
    .join(', ')}`,
  `- Dipakai oleh fungsi (dari ${scenarioRuns} skenario) / Used by functions (from ${scenarioRuns} scenario runs): see each parameter and the [law reference](./law-reference.md)`,
  `- Keyakinan / Confidence: \`high\` (teks primer terlihat / primary text seen), \`medium\` (sumber sekunder ` +
    'konsisten / consistent secondary sources), `low` (satu sumber atau inferensi: hasil yang memakainya membawa ' +
    'peringatan `LOW_CONFIDENCE_RULE` / a single source or an inference: results that use it carry a ' +
    '`LOW_CONFIDENCE_RULE` warning)',
  '',
)

for (const [family, params] of families) {
  out.push(`## ${FAMILY_TITLES[family] ?? family}`, '')
  for (const p of params) {
    out.push(`### ${p.id}`, '')
    out.push(`- **ID:** ${p.description.id}`, `- **EN:** ${p.description.en}`)
    out.push(`- unit: \`${p.unit}\` · date basis: \`${p.dateBasis}\``)
    out.push(`- Dipakai oleh / Used by: ${usedByText(p.id)}`, '')
    out.push(
      '| Dari / From | Sampai / To | Nilai / Value | Keyakinan / Confidence | Dasar hukum / Legal basis | Diverifikasi / Verified |',
      '|---|---|---|---|---|---|',
    )
    for (const v of p.values)
      out.push(
        `| ${v.from} | ${v.to ?? '—'} | ${cell(showValue(p.unit, v.value))} | ${v.confidence} | ${cell(
          v.legal.map(citation).join('; '),
        )} | ${v.lastVerifiedOn}${v.reviewDue === undefined ? '' : ` (review ${v.reviewDue})`} |`,
      )
    out.push('')
    const notes = p.values.filter((v) => v.note !== undefined)
    if (notes.length > 0) {
      out.push('Catatan / Notes:', '')
      for (const v of notes) out.push(`- ${v.from}: ${v.note.replace(/\r?\n/g, ' ')}`)
      out.push('')
    }
    out.push('Diperiksa / Checked:', '')
    for (const v of p.values) {
      out.push(`- ${v.from} (${v.lastVerifiedOn}): ${v.checked}`)
      if (v.noArticle !== undefined) out.push(`  - Tanpa pasal / No article: ${v.noArticle}`)
    }
    out.push('')
    if (p.unit === 'table')
      for (const v of p.values)
        out.push(
          `Nilai sejak / Value from ${v.from}:`,
          '',
          '```json',
          JSON.stringify(v.value, null, 2),
          '```',
          '',
        )
  }
}

out.push('## Sumber hukum / Legal sources', '')
out.push(
  '| Id | Sumber / Source | Judul / Title | Ditetapkan / Signed | Berlaku / In force |',
  '|---|---|---|---|---|',
)
for (const s of SOURCE_LIST) {
  const name = formatCitation({ source: s.id })
  out.push(
    `| \`${s.id}\` | ${cell(s.url === undefined ? name : `[${name}](${s.url})`)} | ${cell(s.title.id)} / ${cell(
      s.title.en,
    )} | ${s.signed ?? s.promulgated ?? '—'} | ${s.inForce ?? '—'} |`,
  )
}
out.push('')

mkdirSync(dirname(outFile), { recursive: true })
writeFileSync(outFile, `${out.join('\n')}\n`)
console.log(
  `gen-parameter-docs: ${ALL_PARAMETERS.length} parameters, ${SOURCE_LIST.length} sources → ${outFile}`,
)

// ---- decisions.md -------------------------------------------------------------------------------------------
const CONFIDENCE = {
  high: 'tinggi / high',
  medium: 'sedang / medium',
  low: 'rendah / low',
  design: 'pilihan desain / design choice',
}
const dec = []
dec.push(
  '---',
  'title: Keputusan pustaka / Library decisions',
  '---',
  '',
  '# Keputusan pustaka / Library decisions',
  '',
  '> Halaman ini dibuat otomatis dari registri keputusan pustaka (`getDecision`), jangan disunting.',
  '> This page is generated from the library’s decisions registry (`getDecision`); do not edit it.',
  '',
  'Di mana sumber hukum membiarkan pertanyaan terbuka, pustaka memutuskan dan mencatat keputusannya di sini. ' +
    'Setiap penjelasan yang mengutip sebuah keputusan (`Keputusan pustaka D12`) menautkan ke jangkarnya di halaman ini. ' +
    'Keputusan yang disimpan sebagai parameter dapat diganti lewat `options.parameters`.',
  '',
  'Where the legal sources leave a question open, the library decides and records the decision here. Every ' +
    'explanation that cites a decision (`Library decision D12`) links to its anchor on this page. Decisions ' +
    'stored as parameters can be overridden through `options.parameters`.',
  '',
  `Jumlah keputusan / Number of decisions: ${DECISION_LIST.length}`,
  '',
  '| Id | Pertanyaan / Question | Keyakinan / Confidence |',
  '|---|---|---|',
  ...DECISION_LIST.map(
    (d) => `| [${d.id}](#${decisionAnchor(d.id)}) | ${cell(d.question.id)} / ${cell(d.question.en)} | ${CONFIDENCE[d.confidence]} |`,
  ),
  '',
)
for (const d of DECISION_LIST) {
  // the heading is the id alone, so its anchor is the decision's (#d12) on every renderer
  dec.push(`## ${d.id}`, '', `**${d.question.id}** / **${d.question.en}**`, '')
  dec.push(`- **Pertanyaan:** ${d.question.id}`, `- **Jawaban:** ${d.answer.id}`, `- **Alasan:** ${d.reason.id}`, '')
  dec.push(`- **Question:** ${d.question.en}`, `- **Answer:** ${d.answer.en}`, `- **Reason:** ${d.reason.en}`, '')
  dec.push(`- **Keyakinan / Confidence:** ${CONFIDENCE[d.confidence]}`)
  if (d.sources.length > 0) dec.push(`- **Sumber / Sources:** ${d.sources.map(citation).join('; ')}`)
  if (d.parameters !== undefined && d.parameters.length > 0)
    dec.push(
      `- **Parameter / Parameters:** ${d.parameters.map((p) => `[\`${p}\`](./parameters.md#${paramAnchor(p)})`).join(', ')}`,
    )
  const citing = ALL_PARAMETERS.filter((p) =>
    p.values.some((v) => v.legal.some((c) => c.source === 'DECISIONS' && c.article === d.id)),
  ).map((p) => p.id)
  if (citing.length > 0) dec.push(`- **Dikutip oleh / Cited by:** ${citing.map((p) => `\`${p}\``).join(', ')}`)
  dec.push('')
}
const decFile = resolve(outDir, 'decisions.md')
writeFileSync(decFile, `${dec.join('\n')}\n`)
console.log(`gen-parameter-docs: ${DECISION_LIST.length} decisions → ${decFile}`)

// ---- law-reference.md ---------------------------------------------------------------------------------------
// Regulation → article → parameters (values over time) → functions; and parameter → articles.
const showShort = (p, v) => (p.unit === 'table' ? '(tabel / table)' : showValue(p.unit, v.value))
const bySource = new Map() // source id → article → [{ p, v }]
for (const p of ALL_PARAMETERS)
  for (const v of p.values)
    for (const c of v.legal) {
      if (c.source === 'DECISIONS') continue
      const art = c.article ?? '(pasal tidak disebut / no article named)'
      if (!bySource.has(c.source)) bySource.set(c.source, new Map())
      const arts = bySource.get(c.source)
      if (!arts.has(art)) arts.set(art, [])
      arts.get(art).push({ p, v })
    }
const law = []
law.push(
  '---',
  'title: Rujukan hukum / Law reference',
  '---',
  '',
  '# Rujukan hukum / Law reference',
  '',
  '> Halaman ini dibuat otomatis dari data pustaka (`scripts/gen-parameter-docs.mjs`), jangan disunting.',
  '> This page is generated from the library’s data (`scripts/gen-parameter-docs.mjs`); do not edit it.',
  '',
  'Dari pasal suatu peraturan ke angka yang bersandar padanya (nilai dari waktu ke waktu) dan fungsi yang ' +
    'membacanya; dan dari setiap parameter kembali ke pasalnya. / From a regulation’s article to the figures ' +
    'that rest on it (values over time) and the functions that read them; and from every parameter back to its ' +
    'articles.',
  '',
  `- Nilai dengan pasal / Values with an article: ${withArticle} of ${allValues.length}; tanpa pasal, dengan ` +
    `alasan / without an article, with the reason: ${noArticleCount} (see [parameters](./parameters.md))`,
  `- Fungsi dibaca dari ${scenarioRuns} skenario / Functions read from ${scenarioRuns} scenario runs`,
  '',
  '## Menurut peraturan dan pasal / By regulation and article',
  '',
)
for (const s of SOURCE_LIST) {
  const arts = bySource.get(s.id)
  if (arts === undefined) continue
  const name = formatCitation({ source: s.id })
  const dates = [
    s.signed === undefined ? undefined : `ditetapkan / signed ${s.signed}`,
    s.promulgated === undefined ? undefined : `diundangkan / promulgated ${s.promulgated}`,
    s.inForce === undefined ? undefined : `berlaku / in force ${s.inForce}`,
  ].filter((x) => x !== undefined)
  // the app's law links (web/src/links.ts) point at the source id, lower case (#pp-44-2015)
  law.push(`<a id="${s.id.toLowerCase()}"></a>`, '', `### ${name}: ${s.title.en}`, '')
  law.push(`${s.title.id}${dates.length > 0 ? ` · ${dates.join(' · ')}` : ''}${s.url === undefined ? '' : ` · [teks / text](${s.url})`}`, '')
  for (const [art, uses] of [...arts].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    law.push(`- **${name} ${art}**`)
    const params = new Map()
    for (const u of uses) {
      if (!params.has(u.p.id)) params.set(u.p.id, { p: u.p, values: [] })
      params.get(u.p.id).values.push(u.v)
    }
    for (const { p, values } of params.values())
      law.push(
        `  - → [\`${p.id}\`](./parameters.md#${paramAnchor(p.id)}): ${values
          .map((v) => `${v.from}${v.to === undefined ? '' : `…${v.to}`} ${showShort(p, v)}`)
          .join('; ')} → ${usedByText(p.id)}`,
      )
  }
  law.push('')
}
law.push('## Menurut parameter / By parameter', '')
law.push('| Parameter | Pasal / Articles | Dipakai oleh / Used by |', '|---|---|---|')
for (const p of ALL_PARAMETERS) {
  const arts = new Map()
  for (const v of p.values)
    for (const c of articlesOf(v)) arts.set(`${c.source}|${c.article}`, c)
  const text =
    arts.size === 0
      ? `— (${cell(p.values.find((v) => v.noArticle !== undefined)?.noArticle ?? '')})`
      : [...arts.values()].map((c) => formatCitation(c)).join('; ')
  law.push(`| [\`${p.id}\`](./parameters.md#${paramAnchor(p.id)}) | ${cell(text)} | ${usedByText(p.id)} |`)
}
law.push('')
const lawFile = resolve(outDir, 'law-reference.md')
writeFileSync(lawFile, `${law.join('\n')}\n`)
console.log(`gen-parameter-docs: law reference (${bySource.size} sources) → ${lawFile}`)
