import type { Explanation, Warning } from '../../explain/types.js'
import type { BenefitReason, FamilyRelation } from '../types.js'

/**
 * How the development return is credited (the regulation giving it was not seen):
 * `'yearly-prorata'` (C2, default), `'yearly-opening'` (C1) or `'monthly'` (C3).
 */
export type JhtCreditingMethod = 'yearly-prorata' | 'yearly-opening' | 'monthly'

/**
 * One month of a JHT history: the JHT contribution credited (or a category and wage for the library to price
 * with `calculateContribution`) and any withdrawal, in whole rupiah.
 */
export interface JhtHistoryMonth {
  /** `'YYYY-MM'`; months ascending, each at most once. */
  readonly month: string
  /** JHT contribution (employer + worker) credited for the month, whole rupiah. Not with `category`. */
  readonly contribution?: number
  /**
   * `'PU'` (wage earner: JHT 3.7% + 2% of the wage) or `'BPU'` (non-wage earner: JHT 2% of the declared
   * income): the library prices the month's JHT contribution with `calculateContribution`.
   */
  readonly category?: 'PU' | 'BPU'
  /** The month's wage (PU) or declared income (BPU), rupiah; with `category`. */
  readonly wage?: number | string
  /** Amount withdrawn at the end of the month (e.g. a partial claim), whole rupiah. */
  readonly withdrawal?: number
}

/** Caller assumptions to project beyond the history (never law: every projected figure is marked). */
export interface JhtFutureAssumptions {
  /** First projected month when there is no history, `'YYYY-MM'`. */
  readonly from: string
  /** Last projected month, `'YYYY-MM'`. */
  readonly until: string
  /** Monthly JHT contribution of the first projected month, whole rupiah. */
  readonly contribution: number
  /** Yearly growth of the contribution (wage growth), decimal string, applied each January. */
  readonly yearlyGrowth: string
  /**
   * Assumed development rate for every projected year without a rate in `rates` or in the declared data (a
   * declared year keeps its declared rate, even when part of it is projected), decimal string.
   */
  readonly returnRate: string
}

/** Input of {@link projectJhtBalance}. */
export interface JhtBalanceInput {
  /** Balance at the start of the first month, whole rupiah (default 0). */
  readonly openingBalance?: number
  readonly history: readonly JhtHistoryMonth[]
  /** Development rates by year (`{ '2021': '0.0555' }`), decimal strings; they override the declared data. */
  readonly rates?: Readonly<Record<string, string>>
  readonly method?: JhtCreditingMethod
  /** A negative rate is refused unless this is true. */
  readonly allowNegativeRates?: boolean
  readonly future?: JhtFutureAssumptions
}

/** The rate used for one year and where it came from. */
export interface JhtYearRate {
  readonly year: number
  readonly rate: string
  readonly source: 'declared' | 'input' | 'assumption'
  readonly confidence?: 'high' | 'medium' | 'low' | 'override'
}

/** One month of the projection. `return` is the return credited at the end of that month (0 if none). */
export interface JhtMonthRow {
  readonly month: string
  readonly contribution: number
  /** Where the contribution comes from: given, priced by the library, or a caller assumption (future). */
  readonly contributionSource: 'input' | 'priced' | 'assumption'
  readonly withdrawal: number
  readonly return: number
  readonly balance: number
}

/** A warning (code, message in the call's locale, parameter id when there is one). */
export type JhtWarning = Warning

/** Result of {@link projectJhtBalance}; deep-frozen. */
export interface JhtBalanceResult {
  readonly status: 'complete' | 'incomplete'
  /** Input paths to supply (`'rates.2021'`) when incomplete. */
  readonly missing: readonly string[]
  readonly method: JhtCreditingMethod
  readonly rounding: 'half-up'
  readonly openingBalance: number
  /** Final balance, whole rupiah; `null` when incomplete. */
  readonly balance: number | null
  readonly totalContributions: number
  readonly totalWithdrawals: number
  readonly totalReturns: number
  readonly rates: readonly JhtYearRate[]
  readonly months: readonly JhtMonthRow[]
  /** The caller's projection assumptions (`null` without a projection): every projected figure rests on them. */
  readonly assumptions: JhtFutureAssumptions | null
  readonly reasons: readonly BenefitReason[]
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}

/** The ground of a JHT claim. */
export type JhtClaimGround =
  | 'pension-age'
  | 'resignation'
  | 'termination'
  | 'disability'
  | 'death'
  | 'leaving-indonesia'
  | 'partial-housing'
  | 'partial-other'

/** Input of checkJhtClaim / calculateJhtClaim. */
export interface JhtClaimInput {
  readonly claimDate: string
  readonly ground: JhtClaimGround
  readonly birthDate?: string
  /** Date of the resignation letter or of the PHK; not after `claimDate` (`JHT_SEPARATION_AFTER_CLAIM`). */
  readonly separationDate?: string
  /** Resignation or PHK: whether the participant works elsewhere now (BPJS TK practice: then not payable). */
  readonly workingElsewhere?: boolean
  readonly nationality?: 'indonesian' | 'foreign'
  readonly membershipStart?: string
  /** Whether a partial claim was already taken (allowed once). */
  readonly previousPartialClaim?: boolean
  /** JHT balance on the claim date, whole rupiah. */
  readonly balance?: number
  /**
   * Disability: the date of the total permanent disability (CTT) determination (required for that ground); not
   * after `claimDate` (`JHT_DISABILITY_AFTER_CLAIM`).
   */
  readonly disabilityDate?: string
  /** Death: the date of death (required for the death ground). */
  readonly dateOfDeath?: string
  /** Death: the participant's living relatives; the heirs are then named (with none, the state estate office). */
  readonly family?: readonly { readonly relation: FamilyRelation; readonly name?: string }[]
  /** Death: the people named in the participant's will. */
  readonly willBeneficiaries?: readonly { readonly name?: string }[]
}

/** A reason with its article (the benefits' reason shape). */
export type JhtClaimReason = BenefitReason

/** One line of the member's claim timeline. */
export interface JhtTimelineEntry {
  /** `'YYYY-MM-DD'`. */
  readonly from: string
  /** Whole rupiah (the amount payable, or 0 when the amount is not known). */
  readonly amount: number
  readonly text: string
}

/** Who receives the JHT: the participant, the heirs, or the state estate office when there is no heir. */
export type JhtRecipient = 'participant' | 'heirs' | 'balai-harta-peninggalan'

/** Result of checkJhtClaim / calculateJhtClaim; deep-frozen. */
export interface JhtClaimResult {
  readonly status: 'payable' | 'not-yet' | 'not-payable' | 'incomplete'
  readonly missing: readonly string[]
  readonly ground: JhtClaimGround
  readonly recipient: JhtRecipient
  /** Death with `family`: the heirs' group and members (as `determineHeirs` names them), else null. */
  readonly heirs: {
    readonly group: { readonly rank: number; readonly code: string } | null
    readonly members: readonly {
      readonly source: 'family' | 'will'
      readonly index: number
      readonly relation: string
      readonly name?: string
    }[]
  } | null
  /** First date the claim is payable, when known. */
  readonly payableFrom: string | null
  readonly reasons: readonly BenefitReason[]
  /** Amount payable (whole rupiah; a partial claim's maximum), or null. */
  readonly amount: number | null
  /** Optional PP 68/2009 lump-sum tax facts (not for a partial claim: its tax was not found). */
  readonly tax: {
    readonly amount: number
    readonly net: number
    readonly legal: readonly import('../../legal/types.js').Citation[]
  } | null
  /** What the member gets and from when, in words. */
  readonly timeline: readonly JhtTimelineEntry[]
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}
