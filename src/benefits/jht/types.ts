import type { Bilingual } from '../../i18n/types.js'

/**
 * How the development return is credited (the regulation giving it was not seen):
 * `'yearly-prorata'` (C2, default), `'yearly-opening'` (C1) or `'monthly'` (C3).
 */
export type JhtCreditingMethod = 'yearly-prorata' | 'yearly-opening' | 'monthly'

/** One month of a JHT history: the JHT contribution credited and any withdrawal, in whole rupiah. */
export interface JhtHistoryMonth {
  /** `'YYYY-MM'`; months ascending, each at most once. */
  readonly month: string
  /** JHT contribution (employer + worker) credited for the month, whole rupiah. */
  readonly contribution?: number
  /** Amount withdrawn at the end of the month (e.g. a partial claim), whole rupiah. */
  readonly withdrawal?: number
}

/** Caller assumptions to project beyond the history. */
export interface JhtFutureAssumptions {
  /** First projected month when there is no history, `'YYYY-MM'`. */
  readonly from: string
  /** Last projected month, `'YYYY-MM'`. */
  readonly until: string
  /** Monthly JHT contribution of the first projected month, whole rupiah. */
  readonly contribution: number
  /** Yearly growth of the contribution (wage growth), decimal string, applied each January. */
  readonly yearlyGrowth: string
  /** Assumed development rate for every projected year without a rate in `rates`, decimal string. */
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
  readonly withdrawal: number
  readonly return: number
  readonly balance: number
}

/** A warning with its code, parameters and both languages. */
export interface JhtWarning {
  readonly code: string
  readonly params: Readonly<Record<string, string | number>>
  readonly message: Bilingual
}

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
  readonly warnings: readonly JhtWarning[]
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
  /** Date of the resignation letter or of the PHK. */
  readonly separationDate?: string
  readonly nationality?: 'indonesian' | 'foreign'
  readonly membershipStart?: string
  /** Whether a partial claim was already taken (allowed once). */
  readonly previousPartialClaim?: boolean
  /** JHT balance on the claim date, whole rupiah. */
  readonly balance?: number
}

/** A reason with its article. */
export interface JhtClaimReason {
  readonly code: string
  readonly params: Readonly<Record<string, string | number>>
  readonly legal: readonly import('../../legal/types.js').Citation[]
  readonly message: Bilingual
}

/** Result of checkJhtClaim / calculateJhtClaim; deep-frozen. */
export interface JhtClaimResult {
  readonly status: 'payable' | 'not-yet' | 'not-payable' | 'incomplete'
  readonly missing: readonly string[]
  readonly ground: JhtClaimGround
  readonly recipient: 'participant' | 'heirs'
  /** First date the claim is payable, when known. */
  readonly payableFrom: string | null
  readonly reasons: readonly JhtClaimReason[]
  /** Amount payable (whole rupiah; a partial claim's maximum), or null. */
  readonly amount: number | null
  /** Optional PP 68/2009 lump-sum tax facts. */
  readonly tax: {
    readonly amount: number
    readonly net: number
    readonly legal: readonly import('../../legal/types.js').Citation[]
  } | null
}
