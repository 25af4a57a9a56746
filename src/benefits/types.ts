import type { Explanation, Warning } from '../explain/types.js'
import type { Citation } from '../legal/types.js'
import type { SchoolLevel } from '../parameters/scholarship.js'
import type { Category, PMI_PHASES } from '../types.js'

export type { SchoolLevel } from '../parameters/scholarship.js'

/**
 * A participant category: wage earner, non-wage earner, construction project worker, migrant worker (the
 * shared `Category` of `src/types.ts`, under the name this area has always exported).
 */
export type BenefitCategory = Category

/**
 * What caused the death: `'natural'` (anything that is not a work accident or an occupational disease:
 * illness, an accident outside work…), `'work-accident'` or `'occupational-disease'`. JKM covers only
 * `'natural'`; JKK covers the other two.
 */
export type DeathCause = 'natural' | 'work-accident' | 'occupational-disease'

/** One level of a child's schooling. */
export interface SchoolingInput {
  readonly level: SchoolLevel
  /**
   * The calendar year in which the child's first school year at this level started (school year `Y` runs
   * from July `Y` to June `Y + 1`), e.g. `2019` for a child who entered SMA in July 2019.
   */
  readonly startYear: number
}

/** A child of the participant. */
export interface ChildInput {
  readonly birthDate: string | Date
  /** Free text, echoed in the result. */
  readonly name?: string
  /**
   * Whether the participant registered this child as an heir (Permenaker 1/2025 Pasal 103, decisions D14).
   * When any child carries the flag, only children with `true` receive the scholarship.
   */
  readonly registeredHeir?: boolean
  /**
   * The child's schooling, one entry per level (in any order; levels must rise with the start year). A
   * level lasts until the next level starts, or at most the level's paid years; after the last level the
   * schedule is projected through the following levels. Without it the schedule is derived from the
   * child's age (`scholarship.assumedEntryAge`).
   */
  readonly schooling?: readonly SchoolingInput[]
  /** The day the child married (ends the scholarship from the next school year). */
  readonly marriedOn?: string | Date
  /**
   * Work that may end the scholarship. From 2025-02-24 work as BPU, as an intern, or as PU for at most 6
   * consecutive months does not end it (Permenaker 1/2025 Pasal 103 ayat (3a)). `consecutiveMonths` is
   * required for `kind: 'PU'`.
   */
  readonly work?: {
    readonly from: string | Date
    readonly kind: 'PU' | 'BPU' | 'intern' | 'other'
    readonly consecutiveMonths?: number
  }
}

/** Input of {@link calculateJkmBenefit}. */
export interface JkmBenefitInput {
  readonly dateOfDeath: string | Date
  readonly category: BenefitCategory
  /** Registration date (start of membership). */
  readonly membershipStart: string | Date
  /** Cause of death. Without it the result is `status: 'incomplete'` (never assumed). */
  readonly cause?: DeathCause
  /** The participant's birth date (only checked against the other dates). */
  readonly birthDate?: string | Date
  /**
   * Months of contributions paid. Without it: the whole months of membership from `membershipStart` to the
   * date of death, assuming every month was paid (warning `CONTRIBUTION_MONTHS_DERIVED`).
   */
  readonly contributionMonths?: number
  /**
   * PU, JAKON, PMI: the membership (employment / project / placement) was active on the date of death
   * (decisions D11). BPU: may stand in for `paidThrough`. `false` means not covered.
   */
  readonly membershipActive?: boolean
  /** BPU: the last contribution month paid, `'YYYY-MM'` (decisions D11: the month of death must be paid). */
  readonly paidThrough?: string
  /** PMI: when the death happened relative to the work abroad (decisions D4). Required for PMI. */
  readonly pmiPhase?: (typeof PMI_PHASES)[number]
  /** PU, JAKON: months of contributions the employer owed on the date of death (decisions D10). */
  readonly employerArrearsMonths?: number
  readonly children?: readonly ChildInput[]
}

/**
 * Input of {@link calculateJkkDeathBenefit}: exactly one of `monthlyWage`, `dailyWage`, `declaredIncome`
 * (none for a PMI, whose benefit is a fixed amount by `pmiPhase`).
 */
export interface JkkDeathBenefitInput {
  readonly dateOfDeath: string | Date
  readonly category: BenefitCategory
  /**
   * The date of the work accident (or of the diagnosis of the occupational disease). The regime is chosen
   * by it (decisions D5). Without it the date of death is used, with warning `JKK_EVENT_DATE_IS_DEATH_DATE`.
   */
  readonly dateOfAccident?: string | Date
  /** Cause of death. Without it the result is `status: 'incomplete'`. */
  readonly cause?: DeathCause
  /** PU, JAKON: the last monthly wage reported to BPJS TK. */
  readonly monthlyWage?: number | string
  /** PU, JAKON: a daily wage; monthly = 30 × daily (decisions D21). */
  readonly dailyWage?: number | string
  /** BPU: the declared income (the nominal income the contributions were based on). */
  readonly declaredIncome?: number | string
  readonly membershipStart?: string | Date
  readonly birthDate?: string | Date
  /** As for JKM (decisions D11), on the date of the accident. */
  readonly membershipActive?: boolean
  /** BPU: last contribution month paid; the month of the accident must be paid. */
  readonly paidThrough?: string
  /** PU, JAKON: months of employer arrears on the date of the accident (decisions D10). */
  readonly employerArrearsMonths?: number
  readonly children?: readonly ChildInput[]
  /**
   * PMI: when the accident happened relative to the work abroad. A PMI reports no wage: the benefit is a
   * fixed amount by phase and date (Permenaker 18/2018, 4/2023); without the phase the result is incomplete.
   */
  readonly pmiPhase?: (typeof PMI_PHASES)[number]
}

/** Whether a reason supports, blocks, lacks or only comments the result. */
export type ReasonKind = 'met' | 'not-met' | 'missing' | 'note'

/** A reason of a benefit decision, with its legal basis. */
export interface BenefitReason {
  /** Stable code, e.g. `WORK_ACCIDENT_USE_JKK`, `MEMBERSHIP_NOT_ACTIVE`, `MISSING_FACT`. */
  readonly code: string
  readonly kind: ReasonKind
  /** Localized text. */
  readonly message: string
  readonly legal: readonly Citation[]
  /** The input field the reason is about (for `MISSING_FACT`: the field to provide). */
  readonly path?: readonly (string | number)[]
}

/**
 * `'payable'`: every condition is met. `'not-payable'`: a condition is not met (see `reasons`).
 * `'incomplete'`: a fact needed to decide is missing (`missing` lists the input paths); the library does not
 * assume it, so `payable` is `false` and every amount is 0 until the fact is given.
 */
export type PayableStatus = 'payable' | 'not-payable' | 'incomplete'

/**
 * Who pays the benefit first (decisions D10): BPJS TK, or the employer (in arrears for more than the
 * parameter's months; BPJS TK reimburses it later). `'unknown'` when a PU/JAKON employer's arrears are not
 * given.
 */
export type FirstPayer = 'bpjs-tk' | 'employer' | 'unknown'

/** One scholarship payment. */
export interface ScholarshipPayment {
  /** The calendar year the school year starts (school year `year`/`year + 1`, July to June). */
  readonly year: number
  /** `'2021/2022'`. */
  readonly schoolYear: string
  /** The level paid; `null` for the PP 44/2015 lump sum when the schooling is not given. */
  readonly level: SchoolLevel | null
  readonly amount: number
  /**
   * The first date the payment can be claimed: the later of the school-year start, the date of death and
   * (PP 82/2019) 2021-04-01.
   */
  readonly payableFrom: string
  /** True when the payment is owed for a school year that began before it became payable (D5 backlog). */
  readonly backlog: boolean
  /**
   * `'schooling'`: the level comes from the input; `'assumed'`: derived from the child's age or projected
   * after the last given level; `'lump-sum'`: the PP 44/2015 single payment.
   */
  readonly source: 'schooling' | 'assumed' | 'lump-sum'
}

/** The scholarship of one child listed in the input. */
export interface ScholarshipChild {
  /** Position of the child in the input `children`. */
  readonly index: number
  readonly name?: string
  /** Whether the child is one of the children who receive the scholarship (decisions D14). */
  readonly selected: boolean
  /** `'schooling'` when the schedule follows the given schooling, `'age'` when derived from the age. */
  readonly basis: 'schooling' | 'age' | null
  readonly payments: readonly ScholarshipPayment[]
  readonly total: number
  readonly reasons: readonly BenefitReason[]
}

/**
 * The scholarship part of a death benefit.
 *
 * **PP 82/2019 (deaths or accidents from 2019-12-02): a yearly schedule per child.**
 * - School year `Y` runs from 1 July `Y` to 30 June `Y + 1` (parameter `scholarship.schoolYearStart`) and is
 *   reported as `year: Y`, `schoolYear: 'Y/Y+1'`. The first school year scheduled is the one in progress on
 *   the date of death.
 * - Levels: with `schooling`, each given level lasts until the next given level starts, at most its paid
 *   years (TK 2, SD 6, SMP 3, SMA 3, PT 5; TK and SD together 8); after the last given level the schedule is
 *   projected through the following levels, each for its paid years (`source: 'assumed'`). Without
 *   `schooling`, TK starts with the first school year on whose 1 July the child is 4, SD when 6
 *   (`scholarship.assumedEntryAge`, low confidence), then every level for its paid years: the largest
 *   schedule the child's age allows (a newborn reaches Rp87,000,000).
 * - A school year is paid when, on the later of its first day and the date of death, the child is under 23,
 *   not married and not working (work as BPU, as an intern or as PU for at most 6 consecutive months does not
 *   count from 2025-02-24). So the school year in which the child turns 23 is paid and the next one is not.
 * - `payableFrom` is the later of that date and 2021-04-01 (`scholarship.firstPayableDate`, decisions D5):
 *   payments owed for school years before 2021-04-01 are all payable on 2021-04-01 (`backlog: true`).
 * - Children: at most 2. When any child carries `registeredHeir`, only registered children; otherwise the
 *   first eligible children in input order (decisions D14, warning when more are eligible).
 * - Every payment needs a yearly claim with proof of schooling: the schedule is the child's entitlement if
 *   the child keeps studying.
 *
 * **PP 44/2015 (up to 2019-12-01): Rp12,000,000 once per participant**, paid with the benefit (one payment
 * to the first child, registered heirs first).
 */
export interface ScholarshipResult {
  /** The participant-level conditions are met and at least one child receives it. */
  readonly eligible: boolean
  readonly mode: 'lump-sum' | 'yearly' | null
  readonly children: readonly ScholarshipChild[]
  /** Sum of every scheduled payment. */
  readonly total: number
  /** The legal maximum for the regime: per child × number of children (Rp174,000,000 under PP 82/2019). */
  readonly maximum: number
  /** The legal maximum for one child (Rp87,000,000 under PP 82/2019). */
  readonly maximumPerChild: number
  readonly maxChildren: number
  /** PP 82/2019: the first date any scholarship is payable (2021-04-01). */
  readonly firstPayableDate: string | null
  readonly reasons: readonly BenefitReason[]
}

/**
 * The fields every benefit result shares (built by `finishBenefit` in `builder.ts`): whether and why it is
 * payable, the facts still missing, the reasons, warnings and explanation.
 */
export interface BenefitResultBase {
  readonly payable: boolean
  readonly status: PayableStatus
  /** Input paths of the facts to provide when `status` is `'incomplete'`. */
  readonly missing: readonly string[]
  readonly reasons: readonly BenefitReason[]
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}

/** Result of {@link calculateJkmBenefit}. */
export interface JkmBenefitResult extends BenefitResultBase {
  readonly payable: boolean
  readonly status: PayableStatus
  /** Input paths of the facts to provide when `status` is `'incomplete'`. */
  readonly missing: readonly string[]
  /** `'PP-44-2015'`, `'PP-82-2019'`, or for PMI `'PERMENAKER-18-2018'` / `'PERMENAKER-4-2023'`. */
  readonly regime: string
  /** Which rule gave the amounts. */
  readonly basis: 'standard' | 'short-membership' | 'pmi-during-work' | 'pmi-before-after-work'
  readonly category: BenefitCategory
  readonly dateOfDeath: string
  /** Whole months of membership from registration to the date of death. */
  readonly membershipMonths: number
  readonly contributionMonths: number
  readonly contributionMonthsSource: 'input' | 'derived'
  /** Santunan sekaligus (for a PMI death during work: the whole Rp85,000,000). */
  readonly lumpSum: number
  /** Santunan berkala, paid at once (`periodicMonths × periodicMonthlyAmount`). */
  readonly periodic: number
  readonly periodicMonths: number
  readonly periodicMonthlyAmount: number
  /** Biaya pemakaman. */
  readonly funeral: number
  /** lumpSum + periodic + funeral (the scholarship is separate). */
  readonly total: number
  /** Who pays first (D10); `null` when not payable. */
  readonly firstPayer: FirstPayer | null
  readonly scholarship: ScholarshipResult
  readonly reasons: readonly BenefitReason[]
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}

/** Result of {@link calculateJkkDeathBenefit}. */
export interface JkkDeathBenefitResult extends BenefitResultBase {
  readonly payable: boolean
  readonly status: PayableStatus
  readonly missing: readonly string[]
  readonly regime: 'PP-44-2015' | 'PP-82-2019'
  readonly category: BenefitCategory
  readonly dateOfDeath: string
  /** The date the regime was chosen by: the accident date, or the date of death when not given. */
  readonly eventDate: string
  /** Which wage input was used; `'fixed'` for a PMI, whose benefit is a fixed amount without a wage. */
  readonly wageBasis: 'monthly' | 'daily' | 'declared' | 'fixed'
  /** The monthly wage used (30 × daily for a daily wage), rounded to whole rupiah for display. */
  readonly monthlyWage: number
  /** `48 × monthly wage`, before the floor. */
  readonly lumpSumFromWage: number
  /** True when the PP 82/2019 floor (the JKM lump sum) raised the lump sum. */
  readonly floorApplied: boolean
  readonly lumpSum: number
  readonly periodic: number
  readonly periodicMonths: number
  readonly periodicMonthlyAmount: number
  readonly funeral: number
  /** lumpSum + periodic + funeral (the scholarship is separate). */
  readonly total: number
  readonly firstPayer: FirstPayer | null
  readonly scholarship: ScholarshipResult
  readonly reasons: readonly BenefitReason[]
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}

/** A family relation that can make a person an heir. */
export type FamilyRelation =
  'spouse' | 'child' | 'parent' | 'grandparent' | 'grandchild' | 'sibling' | 'parent-in-law'

/** Input of {@link determineHeirs}. */
export interface HeirsInput {
  readonly dateOfDeath: string | Date
  /** The participant's living relatives (the order is the same for every category). */
  readonly family: readonly { readonly relation: FamilyRelation; readonly name?: string }[]
  /** The people named in the participant's will. */
  readonly willBeneficiaries?: readonly { readonly name?: string }[]
  /** Who arranged the funeral (receives the funeral cost when there is no heir). */
  readonly funeralArrangedBy?: { readonly kind: 'employer' | 'other'; readonly name?: string }
}

/** Where one part of the benefit goes. */
export type BenefitRecipient = 'heirs' | 'funeral-arranger' | 'DJS'

/** Result of {@link determineHeirs}. */
export interface HeirsResult {
  /** The group that receives, or `null` when there is no heir. */
  readonly group: { readonly rank: number; readonly code: string } | null
  /** The heirs: family members (by index in `family`) or will beneficiaries (by index in `willBeneficiaries`). */
  readonly heirs: readonly {
    readonly source: 'family' | 'will'
    readonly index: number
    readonly relation: string
    readonly name?: string
  }[]
  /** Where each part of the benefit goes. */
  readonly recipients: {
    readonly lumpSum: BenefitRecipient
    readonly periodic: BenefitRecipient
    readonly funeral: BenefitRecipient
  }
  /** Who receives the funeral cost when it goes to the funeral arranger (`null` if not given). */
  readonly funeralArrangedBy: { readonly kind: 'employer' | 'other'; readonly name?: string } | null
  readonly reasons: readonly BenefitReason[]
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}
