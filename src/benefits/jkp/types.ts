import type { JkpClaimInput } from '../../eligibility/jkp-claim.js'
import type { BenefitResultBase, FirstPayer } from '../types.js'
import type { JkpCashMonth } from './schedule.js'

/**
 * Input of {@link calculateJkpBenefit}: the facts of `checkJkpClaim` (same names) and the benefit's own facts.
 * Money in rupiah: a number, or decimal text with at most 2 decimals.
 */
export interface JkpBenefitInput extends JkpClaimInput {
  /**
   * The last monthly wage the employer reported to BPJS TK (capped at Rp5,000,000 for the benefit). The layoff
   * date also chooses the regime (decisions D27).
   */
  readonly monthlyWage?: number | string
  /** 1 (the default, with a note) for a first claim; 2 or 3 for a repeat claim; a 4th or later is not met. */
  readonly claimNumber?: number
  /** For a 2nd or 3rd claim: the months of contributions counted (at least 60, low confidence). */
  readonly repeatContributionMonths?: number
  /** Consecutive months of JKK contributions the employer owed at the termination (PP 6/2025 Pasal 39). */
  readonly employerArrearsMonths?: number
  /** The company was declared bankrupt or closed (PP 6/2025 Pasal 39A); needs `employerArrearsMonths`. */
  readonly employerBankruptOrClosed?: boolean
  /** The training provider's cost for this participant: paid by BPJS TK to the provider, up to the cap. */
  readonly trainingCost?: number | string
}

/** The training benefit: paid to the training provider, never cash to the participant. */
export interface JkpTraining {
  /** The most paid per participant, in rupiah. */
  readonly cap: number
  /** The cost given, or `null`. */
  readonly cost: number | null
  /** `min(cost, cap)`, or `null` when no cost was given. */
  readonly amount: number | null
}

/** Result of {@link calculateJkpBenefit}: amounts in whole rupiah. */
export interface JkpBenefitResult extends BenefitResultBase {
  /** The regime by the termination date (D27), or `null` when JKP was not in force. */
  readonly regime: 'PP-37-2021' | 'PP-6-2025' | null
  readonly layoffDate: string
  readonly claimNumber: number
  /** The last day to claim (3 months after the termination, 6 from PP 6/2025), or `null`. */
  readonly claimDeadline: string | null
  /**
   * The status `checkJkpClaim` gave for the claim conditions (`'unknown'` also when only the claim date is
   * missing: the result is then payable and names the deadline in a note).
   */
  readonly claimCheck: 'eligible' | 'not-eligible' | 'unknown'
  /** The reported wage, in rupiah (`null` when not given). */
  readonly monthlyWage: number | null
  /** The wage cap of the regime, or `null` when JKP was not in force. */
  readonly wageCap: number | null
  /** `min(monthlyWage, wageCap)` in whole rupiah (the amounts use the exact wage, sen included), or `null`. */
  readonly wageBase: number | null
  readonly capped: boolean
  /** The monthly payments (empty unless payable). */
  readonly months: readonly JkpCashMonth[]
  /** Sum of `months`. */
  readonly total: number
  /** Who pays the cash benefit first (Pasal 39/39A); `null` when not payable. */
  readonly firstPayer: FirstPayer | null
  /** The training benefit (not part of `total`), or `null` when JKP was not in force. */
  readonly training: JkpTraining | null
}
