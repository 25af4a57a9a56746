import type { Explanation, Warning } from '../explain/types.js'
import type { BPU_PAYERS, Category, EnterpriseSize, Program, RISK_CLASSES } from '../types.js'

export type { Category, EnterpriseSize, Program }

/**
 * Who pays a line: the employer, the worker (deducted from wages), the participant (BPU, PMI: the legal
 * payer, whoever funds it), the government (the JKP share).
 *
 * @example
 * ```ts
 * calculateContribution({ category: 'PU', period: '2025-06', wage: 5000000, programs: ['JHT'] }).lines.map((l) => l.payer)
 * //=> ['employer', 'worker']
 * ```
 */
export type Payer = 'employer' | 'worker' | 'participant' | 'government'

/**
 * What a line is a contribution to: a program, or `'JKK+JKM'` for the PMI amounts, which Permenaker
 * 18/2018 and 4/2023 fix for the two programs together without splitting them.
 *
 * @example
 * ```ts
 * calculateContribution({ category: 'PMI', period: '2025-06', contractMonths: 24, placement: 'independent' }).lines[0]?.program
 * //=> 'JKK+JKM'
 * ```
 */
export type LineProgram = Program | 'JKK+JKM'

/**
 * Money as a caller gives it: a number or a plain decimal string with at most 2 decimals. Indonesian text
 * (`'Rp5.000.000'`) must go through `parseRupiah` first.
 *
 * @example
 * ```ts
 * const a: MoneyInput = 5000000
 * const b: MoneyInput = '5000000.50'
 * ```
 */
export type MoneyInput = number | string

/**
 * JKK risk group of PP 44/2015 Lampiran I (I very low … V very high: 0.24, 0.54, 0.89, 1.27, 1.74%), given
 * by the caller (decisions D16).
 *
 * @example
 * ```ts
 * calculateContribution({ category: 'PU', period: '2025-06', wage: 5000000, jkkRiskClass: 5, programs: ['JKK'] }).totals.total
 * //=> 87000
 * ```
 */
export type JkkRiskClass = (typeof RISK_CLASSES)[number]

/**
 * A wage earner (penerima upah) for one contribution month.
 *
 * @example
 * ```ts
 * const pu: PuContributionInput = { category: 'PU', period: '2024-06', wage: 10000000, jkkRiskClass: 1, enterpriseSize: 'medium', jkpRegistered: true }
 * calculateContribution(pu).totals.government //=> 11000 (JKP 0.22% × 5,000,000)
 * ```
 */
export interface PuContributionInput {
  readonly category: 'PU'
  /** Contribution month `'YYYY-MM'`, 2015-07 or later. */
  readonly period: string
  /** Monthly wage: basic wage + fixed allowances (upah pokok + tunjangan tetap). */
  readonly wage: MoneyInput
  /** Required when JKK is priced (the default programs always include it). */
  readonly jkkRiskClass?: JkkRiskClass
  /** The programs to price; overrides the default that `enterpriseSize` gives. */
  readonly programs?: readonly Program[]
  /** micro/small: JKK, JKM, JHT; medium/large: also JP. Required when `programs` is absent. */
  readonly enterpriseSize?: EnterpriseSize
  /** The worker is registered in JKP (recomposition JKK/JKM → JKP, decisions D7, D8). Default false. */
  readonly jkpRegistered?: boolean
  /** The employer qualifies for the PP 7/2025 + PP 36/2025 labour-intensive JKK discount (D9). Default false. */
  readonly jkkDiscountEligible?: boolean
  /**
   * PP 49/2020 COVID-19 relief (2020-08 to 2021-01): JKK and JKM at 1%. Default: applied in the window,
   * with a `COVID_RELIEF_ASSUMED` warning; `false` when the employer did not meet Pasal 13.
   */
  readonly covidRelief?: boolean
  /** PP 49/2020 Pasal 17: 99% of JP deferred (2020-08 to 2021-01). Default: the value of `covidRelief`. */
  readonly jpDeferral?: boolean
  /** The regional minimum wage, if the caller wants a warning for a wage below it (decisions D13). */
  readonly minimumWage?: MoneyInput
}

/**
 * A non-wage participant (bukan penerima upah: informal, self-employed), for `months` paid at once.
 *
 * @example
 * ```ts
 * const bpu: BpuContributionInput = { category: 'BPU', period: '2026-01', declaredIncome: 1000000, payer: 'self', sector: 'transport' }
 * calculateContribution(bpu).totals.total //=> 8400 (PP 50/2025: 50% of 16,800)
 * ```
 */
export interface BpuContributionInput {
  readonly category: 'BPU'
  /** First contribution month `'YYYY-MM'`. */
  readonly period: string
  /** The participant's monthly income; clamped to the Lampiran II range (decisions D1). */
  readonly declaredIncome: MoneyInput
  /** Default JKK + JKM; JHT is optional. JP and JKP are not available to BPU. */
  readonly programs?: readonly Program[]
  /** Months paid in advance (each month priced with its own law). Default 1. */
  readonly months?: 1 | 3 | 6 | 12
  /** Who funds the contribution; needed in PP 50/2025 months (no discount for APBN/APBD). */
  readonly payer?: (typeof BPU_PAYERS)[number]
  /** Needed in the PP 50/2025 months reserved for the transport sector. */
  readonly sector?: 'transport' | 'other'
  /** PP 49/2020 relief (see the PU input). */
  readonly covidRelief?: boolean
}

/**
 * A construction project (jasa konstruksi): by contract value or by known monthly wage, not both.
 *
 * @example
 * ```ts
 * const jakon: JakonContributionInput = { category: 'JAKON', period: '2025-06', wage: 5000000 }
 * calculateContribution(jakon).totals.total //=> 102000 (1.74% + 0.30% of 5,000,000)
 * ```
 */
export interface JakonContributionInput {
  readonly category: 'JAKON'
  /** Registration / payment month `'YYYY-MM'`. */
  readonly period: string
  /** Contract value excluding VAT (decisions D17): contribution for the whole project. */
  readonly contractValue?: MoneyInput
  /** Monthly wage of a worker when wages are known: contribution for one month. */
  readonly wage?: MoneyInput
  /** Default JKK + JKM (the only programs of the scheme). */
  readonly programs?: readonly Program[]
  /** PP 49/2020 relief (see the PU input). */
  readonly covidRelief?: boolean
}

/**
 * A migrant worker (pekerja migran Indonesia): the JKK + JKM package for a work contract.
 *
 * @example
 * ```ts
 * const pmi: PmiContributionInput = { category: 'PMI', period: '2025-06', contractMonths: 24, placement: 'agency', jhtMonthly: 50000 }
 * calculateContribution(pmi).totals.total //=> 1570000 (37,500 + 332,500 + 24 × 50,000)
 * ```
 */
export interface PmiContributionInput {
  readonly category: 'PMI'
  /** Payment month `'YYYY-MM'` (2018-12 or later: Permenaker 18/2018, then 4/2023). */
  readonly period: string
  /** Length of the work contract in months (1–240). */
  readonly contractMonths: number
  /** Placed through an agency (pre-placement protection is added) or independently. */
  readonly placement: 'agency' | 'independent'
  /** Optional JHT per month, Rp50,000–600,000; priced for the whole contract. */
  readonly jhtMonthly?: MoneyInput
}

/**
 * Any input of `calculateContribution`, discriminated by `category`.
 *
 * @example
 * ```ts
 * const rows: ContributionInput[] = [
 *   { category: 'BPU', period: '2025-06', declaredIncome: 1000000 },
 *   { category: 'JAKON', period: '2025-06', contractValue: 2000000000 },
 * ]
 * rows.map((r) => calculateContribution(r).totals.total) //=> [16800, 2950000]
 * ```
 */
export type ContributionInput =
  PuContributionInput | BpuContributionInput | JakonContributionInput | PmiContributionInput

/**
 * One marginal tier of a Jakon contract-value line.
 *
 * @example
 * ```ts
 * calculateContribution({ category: 'JAKON', period: '2025-06', contractValue: 300000000 }).lines[0]?.tiers
 * //=> [{ over: 0, upTo: 100000000, base: 100000000, rate: '0.0021' }, { over: 100000000, upTo: 500000000, base: 200000000, rate: '0.0017' }]
 * ```
 */
export interface JakonTierLine {
  /** The tier covers the contract value above this amount (rupiah)… */
  readonly over: number
  /** …up to this amount (absent for the last tier). */
  readonly upTo?: number
  /** The part of the contract value in this tier (rupiah). */
  readonly base: number
  /** The rate applied to that part (after any relief). */
  readonly rate: string
}

/**
 * One line of a contribution: one program × payer, rounded once to whole rupiah (decisions D12).
 *
 * How lines and totals reconcile:
 * - `totals.total` is the sum of every line's `amount`, and each payer's total the sum of its lines: every
 *   rupiah is counted once.
 * - Recomposition (decisions D7, D8): an employer's JKK (or JKM) contribution for a JKP member is one cash
 *   amount `gross = rate × base`, unchanged by recomposition. It is shown as two lines of the same program
 *   and payer: the part kept by the program's own fund (`fund` = the program, `amount = gross − recomposed`,
 *   carrying `gross`) and the recomposed part (`fund: 'JKP'`, its own `base` = the wage capped at Rp5,000,000
 *   and `rate` 0.14% or 0.10%). The two amounts add up to `gross`, so the cash appears once.
 * - PP 49/2020 JP deferral: `amount` is what is paid now (1%), `deferred` what is owed later (99%);
 *   `amount + deferred = round(rate × base)`. `deferred` is not in the payer totals; `totals.deferred` sums it.
 * - Otherwise `amount = round(rate × base)` (rates already include any relief), or a flat amount from the law
 *   (BPU JKM, PMI packages), or a marginal sum over `tiers` (Jakon contract value), rounded once.
 *
 * @example
 * ```ts
 * // JKP member, 2024-06, class 1, Rp10,000,000: the employer's JKK cash 24,000 appears once, split by fund
 * calculateContribution({ category: 'PU', period: '2024-06', wage: 10000000, jkkRiskClass: 1, programs: ['JKK', 'JKM', 'JKP'] }).lines.slice(0, 2)
 * //=> [{ program: 'JKK', payer: 'employer', base: 10000000, rate: '0.0024', amount: 17000, fund: 'JKK', gross: 24000 },
 * //    { program: 'JKK', payer: 'employer', base: 5000000, rate: '0.0014', amount: 7000, fund: 'JKP' }]
 * ```
 */
export interface ContributionLine {
  readonly program: LineProgram
  readonly payer: Payer
  /** The contribution base in rupiah (capped where the law caps it); absent for flat amounts. */
  readonly base?: number
  /** The rate applied to `base`, as a decimal string (`'0.0024'`); absent for flat and tiered amounts. */
  readonly rate?: string
  /** Whole rupiah counted in the totals. */
  readonly amount: number
  /** The fund the amount goes to, on lines split by recomposition (`'JKP'` for the recomposed part). */
  readonly fund?: Program
  /** On the part of a split line kept by its own fund: the whole cash contribution `rate × base`. */
  readonly gross?: number
  /** PP 49/2020 JP: the part of `rate × base` whose payment is deferred (not counted as paid now). */
  readonly deferred?: number
  /** The source id of the relief or discount applied (`'PP-49-2020'`, `'PP-7-2025'`, `'PP-50-2025'`). */
  readonly relief?: string
  /** BPU paid in advance, PMI extension and JHT: the months the line covers. */
  readonly months?: number
  /** With `months`: the amount for one month (`amount = perMonth × months`). */
  readonly perMonth?: number
  /** BPU paid in advance: first and last contribution month of the line. */
  readonly from?: string
  readonly to?: string
  /** PMI: which part of the protection the line pays for. */
  readonly part?: 'pre-placement' | 'during-after' | 'extension'
  /** Jakon contract value: the marginal tiers behind `amount`. */
  readonly tiers?: readonly JakonTierLine[]
}

/**
 * Totals per payer, in whole rupiah. `total` = employer + worker + participant + government = the sum of
 * every line's `amount`.
 *
 * @example
 * ```ts
 * calculateContribution({ category: 'PU', period: '2020-08', wage: 10000000, programs: ['JP'] }).totals
 * //=> { employer: 1788, worker: 894, participant: 0, government: 0, total: 2682, deferred: 265509 }
 * ```
 */
export interface ContributionTotals {
  readonly employer: number
  readonly worker: number
  readonly participant: number
  readonly government: number
  /** The sum of every line's `amount`. */
  readonly total: number
  /** PP 49/2020 JP contributions deferred (owed later, not in `total`); 0 outside that relief. */
  readonly deferred: number
}

/**
 * The result of `calculateContribution`: deep-frozen, JSON-safe.
 *
 * @example
 * ```ts
 * const r: ContributionResult = calculateContribution({ category: 'BPU', period: '2025-06', declaredIncome: 500000 })
 * r.totals.total                  //=> 16800
 * r.warnings.map((w) => w.code)   //=> ['BPU_INCOME_CLAMPED']
 * r.explanation.format            //=> 'bpjs-tk.trace.v1'
 * ```
 */
export interface ContributionResult {
  readonly category: Category
  /** The (first) contribution month. */
  readonly period: string
  /** The programs priced, in the order of the law. */
  readonly programs: readonly Program[]
  readonly lines: readonly ContributionLine[]
  readonly totals: ContributionTotals
  /** BPU: months paid; PMI: contract months. */
  readonly months?: number
  /** JAKON: which method was used. */
  readonly method?: 'contract-value' | 'wage'
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}

/**
 * What a compute function returns: the result without warnings and explanation (they live in the context).
 *
 * @example
 * ```ts
 * const core: ContributionCore = computeContribution(parsed, ctx)
 * const result: ContributionResult = { ...core, warnings: ctx.warnings, explanation: ctx.explanation() }
 * ```
 */
export type ContributionCore = Omit<ContributionResult, 'warnings' | 'explanation'>
