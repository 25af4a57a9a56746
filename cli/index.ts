// bpjs-tk: the command-line door to the library. Kept out of the library bundle (tsup builds it into
// dist/cli.js with its own libraries bundled in).
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { Command, CommanderError, Option } from 'commander'
// the command line speaks both languages (--lang en): the English pack, as the Node builds load it
import '../src/i18n/en.js'
import type { MessageTexts } from '../src/i18n/types.js'
import {
  BpjsRuleError,
  BpjsValidationError,
  calculation,
  NotImplementedError,
  parseRupiah,
  renderExplanation,
  type CalculationName,
} from './api.js'
import { describeColumns, PAYROLL_TABLE, safeTerminalText, type NumberFormat } from '../doors/index.js'
import { buildInput, flagOf, toInt, toParam, UsageError, type FieldSpec } from './args.js'
import { JP_FIELDS, renderJp } from './jp.js'
import { JKK_BENEFIT_FIELDS, nestJkkInput, renderJkk } from './jkk.js'
import { JHT_FIELDS, jhtCalculationOf, renderJht } from './jht.js'
import { JKP_FIELDS, renderJkp } from './jkp.js'
import { ARREARS_FIELDS, renderArrears } from './arrears.js'
import {
  ELIGIBILITY_CHECKS,
  ELIGIBILITY_FIELDS,
  IURAN_FIELDS,
  JKK_FIELDS,
  JKM_FIELDS,
  PROGRAM_FIELDS,
} from './commands.js'
import { t, type Lang } from './messages.js'
import { print, table, type AnyResult, type Format, type Rendered } from './output.js'
import { pricePayroll, quietOnEpipe } from './payroll.js'
import { createChunkPricer } from './payroll-batch.js'
import { MAX_JOBS, PART_TASK, type PartTask } from './payroll-parallel.js'
import { runPayrollPart } from './payroll-part.js'
import { assessRosterFile, renderRoadmap, runRoadmap } from './roster.js'
import {
  renderCheck,
  renderContribution,
  renderDeathBenefit,
  renderEligibility,
  renderPlan,
  type CheckLike,
  type ContributionLike,
  type DeathBenefitLike,
  type EligibilityLike,
  type PlanLike,
} from './render.js'

/**
 * Exit codes: 0 done (every payroll row priced); 1 the library refused the input, or some payroll rows failed
 * (the output is complete, with its totals); 2 a usage, file or format error (nothing, or an incomplete output).
 * Never a stack trace (set BPJS_TK_DEBUG=1 to see one for an unexpected error).
 */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const

function version(): string {
  try {
    return (createRequire(import.meta.url)('../package.json') as { version: string }).version
  } catch {
    return 'unknown'
  }
}

/** The language asked for on the command line, read before parsing so that help speaks it too. */
function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--lang' && argv[i + 1] === 'en') return 'en'
    if (a === '--lang=en') return 'en'
  }
  return 'id'
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value]

function addFields(cmd: Command, fields: readonly FieldSpec[], lang: Lang): void {
  for (const f of fields) {
    const o = new Option(f.flags, f.help[lang])
    if (f.choices !== undefined) o.choices(f.choices)
    if (f.kind === 'child' || f.kind === 'cohort') o.argParser(collect)
    cmd.addOption(o)
  }
}

/** Adds a command's own field options, then the options every command has. */
function addCommon(cmd: Command, fields: readonly FieldSpec[], lang: Lang): Command {
  const h = (id: string, en: string) => (lang === 'en' ? en : id)
  addFields(cmd, fields, lang)
  return cmd
    .helpOption('-h, --help', h('tampilkan bantuan perintah', 'display help for command'))
    .addOption(
      new Option('--lang <lang>', h('bahasa keluaran', 'output language'))
        .choices(['id', 'en'])
        .default('id'),
    )
    .addOption(
      new Option('--format <format>', h('format keluaran', 'output format'))
        .choices(['table', 'json', 'csv', 'ndjson', 'xlsx'])
        .default('table'),
    )
    .option(
      '--explain',
      h('tampilkan penjelasan perhitungan langkah demi langkah', 'show the step-by-step explanation'),
    )
    .option(
      '--input <file>',
      h(
        'masukan lengkap sebagai JSON (berkas, - untuk stdin, atau teks {...}); opsi lain menggantikan kolomnya',
        'the full input as JSON (file, - for stdin, or {...} text); other options replace its fields',
      ),
    )
    .addOption(
      new Option('--rounding <mode>', h('pembulatan per baris iuran', 'rounding of each line')).choices([
        'half-up',
        'half-even',
        'down',
      ]),
    )
    .addOption(
      new Option(
        '--param <id=value>',
        h(
          'ganti parameter hukum, dapat diulang (misalnya jp.wageCap=12000000)',
          'override a legal parameter, repeatable (e.g. jp.wageCap=12000000)',
        ),
      ).argParser(collect),
    )
}

interface CommonOpts {
  readonly lang: Lang
  readonly format: Format
  readonly explain?: boolean
  readonly rounding?: string
  readonly param?: readonly string[]
}

function calcOptions(o: CommonOpts): Record<string, unknown> {
  const options: Record<string, unknown> = { locale: o.lang }
  if (o.rounding !== undefined) options.rounding = o.rounding
  if (o.param !== undefined && o.param.length > 0)
    options.parameters = Object.fromEntries(o.param.map((p) => toParam(p, o.lang)))
  return options
}

const ALL_FIELDS = [...IURAN_FIELDS, ...JKM_FIELDS, ...JKK_FIELDS, ...ELIGIBILITY_FIELDS, ...PROGRAM_FIELDS]

/** The option that fills an input field (`children` → `--child`), or the field's name in kebab-case. */
function optionOf(key: string): string {
  const spec = ALL_FIELDS.find((f) => f.key === key && !f.flags.startsWith('--no-'))
  return spec === undefined ? flagOf(key) : (spec.flags.split(' ')[0] ?? flagOf(key))
}

/** Prints why the library refused the input, naming the option of each field. */
function reportRefusal(e: BpjsValidationError | BpjsRuleError, lang: Lang): void {
  const where = (path: readonly (string | number)[]) => {
    if (path.length === 0) return ''
    const [head, ...rest] = path
    const text = path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
      .join('')
      .replace(/^\./, '')
    return typeof head === 'string' && head !== 'options'
      ? `${text} (${optionOf(head)}${rest.length > 0 ? ' …' : ''}): `
      : `${text}: `
  }
  const msg = (m: MessageTexts) => (lang === 'en' ? (m.en ?? m.id) : m.id)
  if (e instanceof BpjsValidationError) {
    process.stderr.write(`${t(lang, 'errorPrefix')}: ${msg(e.messages)}\n`)
    for (const i of e.issues) process.stderr.write(`  - ${where(i.path)}${msg(i.messages)} [${i.code}]\n`)
  } else process.stderr.write(`${t(lang, 'errorPrefix')}: ${where(e.path)}${msg(e.messages)} [${e.code}]\n`)
}

/** Runs one calculation command: build the input, call the library, print the result. */
function runCalculation(
  name: CalculationName,
  command: string,
  fields: readonly FieldSpec[],
  render: (result: unknown, lang: Lang) => Rendered,
  opts: CommonOpts & Record<string, unknown>,
): void {
  const lang = opts.lang
  const input = buildInput(fields, opts, lang)
  const result = calculation(name, command, lang)(input, calcOptions(opts))
  print(result as AnyResult, render(result, lang), opts.format, opts.explain === true, lang)
}

/** `jht`: a claim when the input has a ground, else the balance projection. */
function runJht(opts: CommonOpts & Record<string, unknown>): void {
  const lang = opts.lang
  const input = buildInput(JHT_FIELDS, opts, lang)
  const result = calculation(jhtCalculationOf(input), 'jht', lang)(input, calcOptions(opts))
  print(result as AnyResult, renderJht(result, lang), opts.format, opts.explain === true, lang)
}

/** Turns anything thrown into a message and an exit code. */
function fail(e: unknown, lang: Lang): number {
  if (e instanceof BpjsValidationError || e instanceof BpjsRuleError) {
    reportRefusal(e, lang)
    return EXIT.refused
  }
  if (e instanceof UsageError) {
    process.stderr.write(`${t(lang, 'errorPrefix')}: ${e.message}\n`)
    return EXIT.usage
  }
  if (e instanceof NotImplementedError) {
    process.stderr.write(`${t(lang, 'errorPrefix')}: ${e.message}\n`)
    return EXIT.refused
  }
  // anything else is unexpected: one line, never a stack trace (unless asked for)
  const message = e instanceof Error ? e.message : String(e)
  process.stderr.write(`${t(lang, 'errorPrefix')}: ${safeTerminalText(message)}\n`)
  if (process.env.BPJS_TK_DEBUG === '1' && e instanceof Error && e.stack !== undefined)
    process.stderr.write(`${e.stack}\n`)
  return EXIT.usage
}

/** `--delimiter`: one character; `tab` and `\\t` name the tab. */
function delimiterOf(value: string, lang: Lang): string {
  const d = value === 'tab' || value === '\\t' ? '\t' : value
  if (d.length !== 1 || d === '"' || d === '\n' || d === '\r')
    throw new UsageError(t(lang, 'badDelimiter', { value }))
  return d
}

/** The payroll column table (`iuran --columns`): the same table the CLI guide prints. */
export function columnsTable(lang: Lang): string {
  const rows = describeColumns(PAYROLL_TABLE, lang)
  return table(
    lang === 'en' ? ['Column', 'Also accepted', 'Holds', 'Words'] : ['Kolom', 'Nama lain', 'Isi', 'Kata'],
    rows.map((r) => [r.column, r.aliases, r.meaning, r.words]),
  )
}

/** Builds the `bpjs-tk` program (exported for tests and embedding). */
export function buildProgram(lang: Lang): Command {
  const h = (id: string, en: string) => (lang === 'en' ? en : id)
  const program = new Command('bpjs-tk')
    .description(
      h(
        'Aturan BPJS Ketenagakerjaan yang tepat dan dapat dijelaskan: iuran, manfaat kematian, eligibilitas dan program perlindungan.',
        'Exact, explainable BPJS Ketenagakerjaan rules: contributions, death benefits, eligibility and coverage programs.',
      ),
    )
    .version(version(), '-V, --version', h('tampilkan nomor versi', 'output the version number'))
    .helpOption('-h, --help', h('tampilkan bantuan perintah', 'display help for command'))
    .helpCommand('help [command]', h('tampilkan bantuan suatu perintah', 'display help for a command'))
    .showSuggestionAfterError(true)
    .exitOverride()

  const iuran = addCommon(
    program
      .command('iuran')
      .description(
        h(
          'hitung iuran satu peserta, atau satu berkas gaji dengan --csv',
          'price the contributions of one participant, or of a whole payroll file with --csv',
        ),
      ),
    IURAN_FIELDS,
    lang,
  )
  iuran
    .option(
      '--csv <file>',
      h(
        'berkas CSV gaji, satu baris per pekerja (- untuk stdin); keluaran: CSV rincian dan total',
        'payroll CSV, one row per worker (- for stdin); output: CSV of lines and totals',
      ),
    )
    .option(
      '--output <file>',
      h('tulis CSV hasil ke berkas ini (bawaan: stdout)', 'write the priced CSV here (default: stdout)'),
    )
    .option(
      '--errors <file>',
      h('tulis galat per baris ke CSV ini juga', 'also write the row errors to this CSV'),
    )
    .option(
      '--delimiter <char>',
      h(
        'pemisah kolom CSV (bawaan: dikenali dari header, salah satu dari , ; tab)',
        'CSV column separator (default: detected from the header, one of , ; tab)',
      ),
    )
    .addOption(
      new Option(
        '--number-format <format>',
        h(
          'cara menulis angka di berkas: id (14.146.000), en (14,146,000) atau plain (14146000); bawaan: ditentukan per kolom',
          'how the file writes numbers: id (14.146.000), en (14,146,000) or plain (14146000); default: decided per column',
        ),
      ).choices(['id', 'en', 'plain']),
    )
    .addOption(
      new Option(
        '--layout <layout>',
        h(
          'bentuk keluaran: worker (satu baris per pekerja) atau line (satu baris per rincian iuran)',
          'output shape: worker (one row per worker) or line (one row per contribution line)',
        ),
      )
        .choices(['worker', 'line'])
        .default('worker'),
    )
    .option(
      '--excel',
      h(
        'CSV untuk Excel berbahasa Indonesia: pemisah ;, koma desimal, tarif dalam persen',
        'CSV for Indonesian Excel: ; separator, decimal comma, rates as percentages',
      ),
    )
    .option(
      '--jobs <n>',
      h(
        `utas untuk berkas besar (8 MiB ke atas, tanpa tanda kutip): bawaan sebanyak inti, paling banyak 2; 1 = satu utas; paling banyak ${MAX_JOBS}`,
        `threads for a large file (8 MiB or more, no quotes): default one per core, at most 2; 1 = one thread; at most ${MAX_JOBS}`,
      ),
    )
    .option(
      '--show-errors <n>',
      h(
        'galat per kode yang ditampilkan di layar (bawaan 10)',
        'row errors shown per code on screen (default 10)',
      ),
    )
    .option(
      '--columns',
      h(
        'tampilkan tabel kolom dan kata yang dikenali, lalu keluar',
        'print the table of known columns and words, then exit',
      ),
    )
    .option(
      '--progress',
      h(
        'selalu laporkan kemajuan (bilah di terminal, beberapa baris ringkas di luar terminal)',
        'always report progress (a bar on a terminal, a few summary lines elsewhere)',
      ),
    )
    .option('--no-progress', h('jangan laporkan kemajuan', 'never report progress'))
    .action(async (opts: CommonOpts & Record<string, unknown>, cmd: Command) => {
      if (opts.columns === true) {
        process.stdout.write(`${columnsTable(opts.lang)}\n`)
        return
      }
      if (opts.csv === undefined) {
        runCalculation(
          'calculateContribution',
          'iuran',
          IURAN_FIELDS,
          (r, l) => renderContribution(r as ContributionLike, l),
          opts,
        )
        return
      }
      const lang = opts.lang
      // --format table (the default) means CSV for a payroll; an explicit table is a usage error
      const explicitFormat = cmd.getOptionValueSource('format') === 'cli'
      if (explicitFormat && opts.format === 'table') throw new UsageError(t(lang, 'payrollFormat'))
      const format = opts.format === 'table' ? 'csv' : opts.format
      if (opts.excel === true && format !== 'csv') throw new UsageError(t(lang, 'excelNeedsCsv'))
      const calculate = calculation('calculateContribution', 'iuran', lang)
      const defaults = buildInput(IURAN_FIELDS, { ...opts, input: opts.input }, lang)
      const summary = await pricePayroll({
        file: String(opts.csv),
        ...(opts.output === undefined ? {} : { output: String(opts.output) }),
        ...(opts.errors === undefined ? {} : { errors: String(opts.errors) }),
        defaults,
        calcOptions: calcOptions(opts),
        // --progress / --no-progress force it; neither (undefined): automatic by file size
        ...(opts.progress === undefined ? {} : { progress: opts.progress === true }),
        ...(opts.delimiter === undefined ? {} : { delimiter: delimiterOf(String(opts.delimiter), lang) }),
        ...(opts.numberFormat === undefined ? {} : { numberFormat: opts.numberFormat as NumberFormat }),
        ...(opts.showErrors === undefined
          ? {}
          : { showErrors: toInt('--show-errors', String(opts.showErrors), lang) }),
        format,
        layout: opts.layout === 'line' ? 'line' : 'worker',
        excel: opts.excel === true,
        lang,
        calculate,
        calculateBatch: createChunkPricer(),
        jobs: opts.jobs === undefined ? Math.min(2, availableParallelism()) : jobsOf(String(opts.jobs), lang),
        workerScript: new URL(import.meta.url),
      })
      if (summary.failed > 0) process.exitCode = EXIT.refused
    })

  const jkm = addCommon(
    program
      .command('jkm')
      .description(h('hitung manfaat Jaminan Kematian (JKM)', 'compute the JKM death benefit')),
    JKM_FIELDS,
    lang,
  )
  jkm.action((opts: CommonOpts & Record<string, unknown>) =>
    runCalculation(
      'calculateJkmBenefit',
      'jkm',
      JKM_FIELDS,
      (r, l) => renderDeathBenefit(r as DeathBenefitLike, l),
      opts,
    ),
  )

  const jkk = addCommon(
    program
      .command('jkk-kematian')
      .description(
        h(
          'hitung santunan kematian karena kecelakaan kerja (JKK)',
          'compute the JKK death benefit (death from a work accident)',
        ),
      ),
    JKK_FIELDS,
    lang,
  )
  jkk.action((opts: CommonOpts & Record<string, unknown>) =>
    runCalculation(
      'calculateJkkDeathBenefit',
      'jkk-kematian',
      JKK_FIELDS,
      (r, l) => renderDeathBenefit(r as DeathBenefitLike, l),
      opts,
    ),
  )

  const jp = addCommon(
    program
      .command('jp')
      .description(
        h(
          'hitung manfaat Jaminan Pensiun (JP); riwayat upah lewat --input',
          'compute the JP pension; the wage history via --input',
        ),
      ),
    JP_FIELDS,
    lang,
  )
  jp.action((opts: CommonOpts & Record<string, unknown>) =>
    runCalculation('calculateJpBenefit', 'jp', JP_FIELDS, renderJp, opts),
  )

  const jkkBenefit = addCommon(
    program
      .command('jkk')
      .description(
        h(
          'hitung manfaat JKK selain kematian: STMB, santunan cacat, beasiswa, angkutan, home care',
          'compute the JKK benefits other than death: STMB, disability, scholarship, transport, home care',
        ),
      ),
    JKK_BENEFIT_FIELDS,
    lang,
  )
  jkkBenefit.action((opts: CommonOpts & Record<string, unknown>) => {
    const input = nestJkkInput(buildInput(JKK_BENEFIT_FIELDS, opts, opts.lang))
    const result = calculation('calculateJkkBenefit', 'jkk', opts.lang)(input, calcOptions(opts))
    print(result as AnyResult, renderJkk(result, opts.lang), opts.format, opts.explain === true, opts.lang)
  })
  const jht = addCommon(
    program
      .command('jht')
      .description(
        h(
          'saldo JHT (riwayat lewat --input) atau klaim JHT (--ground)',
          'the JHT balance (history via --input) or a JHT claim (--ground)',
        ),
      ),
    JHT_FIELDS,
    lang,
  )
  jht.action((opts: CommonOpts & Record<string, unknown>) => runJht(opts))

  const jkpCmd = addCommon(
    program
      .command('jkp')
      .description(
        h(
          'hitung manfaat uang tunai Jaminan Kehilangan Pekerjaan (JKP) setelah PHK',
          'compute the JKP job-loss cash benefit after a termination',
        ),
      ),
    JKP_FIELDS,
    lang,
  )
  jkpCmd.action((opts: CommonOpts & Record<string, unknown>) =>
    runCalculation('calculateJkpBenefit', 'jkp', JKP_FIELDS, renderJkp, opts),
  )

  const arrearsCmd = addCommon(
    program
      .command('tunggakan')
      .alias('arrears')
      .description(
        h(
          'hitung denda keterlambatan iuran dan siapa membayar manfaat lebih dahulu; bulan iuran lewat --input',
          'compute late-payment penalties and who pays benefits first; the months via --input',
        ),
      ),
    ARREARS_FIELDS,
    lang,
  )
  arrearsCmd.action((opts: CommonOpts & Record<string, unknown>) =>
    runCalculation('calculateArrears', 'tunggakan', ARREARS_FIELDS, renderArrears, opts),
  )

  const elig = addCommon(
    program
      .command('eligibilitas')
      .description(
        h(
          'program mana yang berlaku bagi seseorang, beserta alasannya; --check untuk pemeriksaan khusus',
          'which programs apply to a person, with reasons; --check for a focused check',
        ),
      ),
    ELIGIBILITY_FIELDS,
    lang,
  )
  elig.addOption(
    new Option(
      '--check <check>',
      h(
        'pemeriksaan khusus (masukannya lewat --input): daftar/klaim JKP, klaim JKM, beasiswa, usia pensiun JP',
        'a focused check (its input through --input): JKP registration/claim, JKM claim, scholarship, JP pension age',
      ),
    ).choices(Object.keys(ELIGIBILITY_CHECKS)),
  )
  elig.action((opts: CommonOpts & Record<string, unknown>) => {
    const check = opts.check as keyof typeof ELIGIBILITY_CHECKS | undefined
    if (check === undefined)
      runCalculation(
        'checkEligibility',
        'eligibilitas',
        ELIGIBILITY_FIELDS,
        (r, l) => renderEligibility(r as EligibilityLike, l),
        opts,
      )
    else
      runCalculation(
        ELIGIBILITY_CHECKS[check],
        `eligibilitas --check ${check}`,
        ELIGIBILITY_FIELDS,
        (r, l) => renderCheck(r as CheckLike, l),
        opts,
      )
  })

  const plan = addCommon(
    program
      .command('program')
      .description(
        h(
          'anggaran dan cakupan program yang membayar iuran bagi kelompok pekerja (Pemda, Baznas, donor)',
          'budget and coverage of a program paying premiums for cohorts of workers (local government, zakat body, donor)',
        ),
      ),
    PROGRAM_FIELDS,
    lang,
  )
  addRosterOptions(plan, lang)
  plan.action(async (opts: CommonOpts & Record<string, unknown>) => {
    if (opts.roster !== undefined) return runRoster(opts)
    if (opts.roadmap === true) return runRoadmapCommand(opts)
    return runCalculation(
      'planCoverageProgram',
      'program',
      PROGRAM_FIELDS,
      (r, l) => renderPlan(r as PlanLike, l),
      opts,
    )
  })

  return program
}

// ---- program --roster / --roadmap (issue 22) ----

/** The options of `program --roster` and `program --roadmap`. */
function addRosterOptions(cmd: Command, lang: Lang): void {
  const h = (id: string, en: string) => (lang === 'en' ? en : id)
  cmd
    .option(
      '--roster <file>',
      h('periksa daftar pekerja (CSV, - untuk stdin)', 'assess a roster of workers (CSV, - for stdin)'),
    )
    .option('--as-of <date>', h('tanggal pendaftaran (--roster)', 'enrolment date (--roster)'))
    .option(
      '--relationship <kind>',
      h(
        'hubungan kerja baris yang kosong, mis. vulnerable-worker',
        'work relationship of rows without one, e.g. vulnerable-worker',
      ),
    )
    .option(
      '--nationality <WNI|WNA>',
      h('kewarganegaraan baris yang kosong', 'nationality of rows without one'),
    )
    .option(
      '--income <rupiah>',
      h(
        'penghasilan (dasar iuran) bagi yang kosong; untuk --roadmap: paket per pekerja',
        'income (contribution base) of rows without one; for --roadmap: the package per worker',
      ),
    )
    .option(
      '--sector <sector>',
      h('sektor baris yang kosong (transport/other)', 'sector of rows without one (transport/other)'),
    )
    .option(
      '--age-limit <years>',
      h('batas usia pendaftaran BPU program ini', "the program's BPU registration age limit"),
    )
    .option(
      '--regions <file>',
      h(
        'data wilayah CSV (code,name), mis. districts.csv dari idn-area-data',
        'region data CSV (code,name), e.g. districts.csv of idn-area-data',
      ),
    )
    .option(
      '--output <file>',
      h('tulis hasil per orang ke berkas ini', 'write the per-person results to this file'),
    )
    .option(
      '--delimiter <char>',
      h(
        'pemisah kolom CSV (bawaan: dikenali dari header, salah satu dari , ; tab)',
        'CSV column separator (default: detected from the header, one of , ; tab)',
      ),
    )
    .addOption(
      new Option(
        '--number-format <format>',
        h(
          'cara menulis angka di berkas: id (1.500.000), en (1,500,000) atau plain (1500000); bawaan: ditentukan dari kolom',
          'how the file writes numbers: id (1.500.000), en (1,500,000) or plain (1500000); default: decided from the column',
        ),
      ).choices(['id', 'en', 'plain']),
    )
    .option(
      '--roadmap',
      h('peta jalan bertahun-tahun menuju sasaran cakupan', 'multi-year road to a coverage target'),
    )
    .option('--target-year <year>', h('tahun sasaran (--roadmap)', 'target year (--roadmap)'))
    .option('--end-year <year>', h('tahun terakhir yang dihitung', 'last year computed'))
    .option(
      '--covered-today <count>',
      h('terlindungi hari ini, siapa pun pembayarnya', 'covered today, whoever pays'),
    )
    .option('--program-workers <count>', h('yang sudah dibayar program', 'already paid for by the program'))
    .option('--target <rate>', h('sasaran cakupan, mis. 1 atau 0.8', 'target coverage, e.g. 1 or 0.8'), '1')
    .option(
      '--budget <rupiah>',
      h(
        'anggaran per tahun (atau tahun pertama dengan --budget-growth)',
        'yearly budget (or the first year with --budget-growth)',
      ),
    )
    .option(
      '--budget-growth <rate>',
      h('kenaikan anggaran per tahun, mis. 0.1', 'yearly budget growth, e.g. 0.1'),
    )
    .option(
      '--churn <rate>',
      h('bagian pekerja program yang keluar tiap tahun', 'share of program workers leaving each year'),
      '0',
    )
    .option('--capacity <count>', h('pendaftaran baru paling banyak per tahun', 'most new enrolments a year'))
}

const intOpt = (v: unknown) => (v === undefined ? undefined : /^-?\d+$/.test(String(v)) ? Number(v) : v)
const money = (v: unknown) => {
  if (v === undefined) return undefined
  try {
    return parseRupiah(String(v))
  } catch {
    return String(v)
  }
}
const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))

async function runRoster(opts: CommonOpts & Record<string, unknown>): Promise<void> {
  const options = calcOptions(opts)
  if (opts.ageLimit !== undefined)
    options.parameters = {
      ...(options.parameters as Record<string, unknown> | undefined),
      'eligibility.bpu.maxRegistrationAge': { maxAge: intOpt(opts.ageLimit) },
    }
  await assessRosterFile({
    file: String(opts.roster),
    ...(opts.output === undefined ? {} : { output: String(opts.output) }),
    ...(opts.regions === undefined ? {} : { regions: String(opts.regions) }),
    settings: defined({
      asOf: opts.asOf,
      payer: opts.payer,
      relationship: opts.relationship,
      nationality: opts.nationality,
      declaredIncome: money(opts.income),
      sector: opts.sector,
      planMonths: intOpt(opts.months),
      potentialWorkers: intOpt(opts.potentialWorkers),
    }),
    calcOptions: options,
    ...(opts.delimiter === undefined ? {} : { delimiter: delimiterOf(String(opts.delimiter), opts.lang) }),
    ...(opts.numberFormat === undefined ? {} : { numberFormat: opts.numberFormat as NumberFormat }),
    format: rosterFormat(opts.format, opts.lang),
    lang: opts.lang,
  })
}

/** The roster writes table, JSON or CSV; NDJSON (a payroll format) is refused, never silently replaced. */
function rosterFormat(format: Format, lang: Lang): 'table' | 'json' | 'csv' {
  if (format === 'xlsx') throw new UsageError(t(lang, 'xlsxPayrollOnly'))
  if (format === 'ndjson')
    throw new UsageError(
      lang === 'en'
        ? '--format ndjson is for payroll files; the roster writes table, json or csv.'
        : '--format ndjson hanya untuk berkas penggajian; daftar pekerja ditulis sebagai table, json atau csv.',
    )
  return format
}

function runRoadmapCommand(opts: CommonOpts & Record<string, unknown>): void {
  if (opts.format === 'xlsx') throw new UsageError(t(opts.lang, 'xlsxPayrollOnly'))
  const budget = money(opts.budget)
  const input = defined({
    startPeriod: opts.startPeriod,
    targetYear: intOpt(opts.targetYear),
    endYear: intOpt(opts.endYear),
    potentialWorkers: intOpt(opts.potentialWorkers),
    coveredToday: intOpt(opts.coveredToday),
    programWorkersToday: intOpt(opts.programWorkers),
    targetCoverage: opts.target,
    budget:
      opts.budgetGrowth === undefined
        ? defined({ yearly: budget })
        : defined({ firstYear: budget, growth: opts.budgetGrowth }),
    payer: opts.payer,
    premium: defined({
      category: 'BPU',
      declaredIncome: money(opts.income),
      sector: opts.sector,
    }),
    churn: opts.churn,
    enrolmentCapacity: intOpt(opts.capacity),
  })
  const result = runRoadmap(input, calcOptions(opts))
  if (opts.format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
  else process.stdout.write(renderRoadmap(result, opts.lang))
  if (opts.explain === true)
    process.stdout.write(`${renderExplanation(result.explanation, { locale: opts.lang })}\n`)
}

/** Runs the tool on `argv` (as `process.argv`); resolves with the exit code. */
export async function main(argv: readonly string[] = process.argv): Promise<number> {
  const lang = langOf(argv)
  const program = buildProgram(lang)
  try {
    await program.parseAsync([...argv])
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and --version exit 0; commander already printed its message for usage errors
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage
    }
    return fail(e, lang)
  }
}

/** `--jobs`: a whole number from 1 to {@link MAX_JOBS}. */
function jobsOf(text: string, lang: Lang): number {
  const n = toInt('--jobs', text, lang)
  if (n < 1 || n > MAX_JOBS) throw new UsageError(t(lang, 'jobsRange', { max: MAX_JOBS }))
  return n
}

const port = parentPort
if (!isMainThread && (workerData as { kind?: unknown } | undefined)?.kind === PART_TASK && port !== null) {
  // a worker thread of a large payroll file (cli/payroll-parallel.ts): its part comes in its first message
  port.once('message', (task: PartTask) => {
    const calculate = calculation('calculateContribution', 'iuran', task.options.lang)
    void runPayrollPart(task, port, calculate, createChunkPricer())
  })
} else {
  quietOnEpipe(process.stdout)
  const code = await main()
  process.exitCode = code
}
