import type { Explanation, Warning } from '../../explain/types.js'
import type {
  BenefitCategory,
  BenefitReason,
  ChildInput,
  FirstPayer,
  PayableStatus,
  ScholarshipResult,
} from '../types.js'
import type { StmbLine } from './rules.js'

/** Input of {@link calculateJkkBenefit} (money in rupiah: a number, or decimal text with at most 2 decimals). */
export interface JkkBenefitInput {
  /** Date of the work accident, or of the diagnosis of the occupational disease (chooses the regime). */
  readonly accidentDate: string | Date
  readonly category: BenefitCategory
  readonly cause?: 'work-accident' | 'occupational-disease'
  /** PU, JAKON: the last monthly wage reported (JAKON: required, decisions D26). */
  readonly monthlyWage?: number | string
  /** PU, JAKON: a daily wage instead; monthly = 30 × daily (decisions D21, low: flagged). */
  readonly dailyWage?: number | string
  /** BPU: the declared income (the Lampiran II base, as for contributions). */
  readonly declaredIncome?: number | string
  readonly membershipActive?: boolean
  readonly paidThrough?: string
  readonly employerArrearsMonths?: number
  /**
   * PU, JAKON: whether the employer reported the accident within 2 × 24 hours; from Permenaker 1/2025 a late
   * report makes the employer bear the benefit (`firstPayer: 'employer'`).
   */
  readonly accidentReportedInTime?: boolean
  readonly claimDate?: string | Date
  /** For an occupational disease diagnosed after employment ended. */
  readonly employmentEndDate?: string | Date
  /** STMB: the incapacity period, both days included. */
  readonly incapacity?: {
    readonly from: string | Date
    readonly to: string | Date
    /** A last part month: pro-rated by calendar days (default, flagged) or left out (`'exclude'`). */
    readonly partMonth?: 'pro-rata' | 'exclude'
  }
  readonly disability?: {
    readonly type: 'total' | 'anatomical' | 'functional'
    readonly row?: string
    readonly tableRate?: string | number
    readonly functionLostRate?: string | number
    readonly leftHanded?: boolean
    readonly decibels?: number
    /** The day the doctor declared the disability: the scholarship reads the children's ages on it. */
    readonly declaredOn?: string | Date
  }
  readonly transport?: {
    readonly land?: number | string
    readonly sea?: number | string
    readonly air?: number | string
  }
  readonly homeCare?: number | string
  readonly otherItems?: readonly {
    /** `medical-care-abroad`: PMI only (Permenaker 4/2023). */
    readonly kind: 'prosthesis' | 'dentures' | 'hearing-aid' | 'glasses' | 'medical-care-abroad'
    readonly amount: number | string
  }[]
  /** The children, for the scholarship on total permanent disability (PP 82/2019: up to two). */
  readonly children?: readonly ChildInput[]
  /**
   * PMI only: the amounts whose figures were not found (STMB abroad, disability, the periodic benefit on total
   * disability), given by the caller (decisions D26); without them the result is `incomplete`.
   */
  readonly pmiAmounts?: {
    readonly stmb?: number | string
    readonly disability?: number | string
    readonly periodic?: number | string
  }
}

/** A capped cash item (transport by mode, home care, aids). `cap: null` when no cap was found. */
export interface JkkCashItem {
  readonly item: string
  readonly billed: number
  readonly cap: number | null
  readonly amount: number
}

/** Result of {@link calculateJkkBenefit}: amounts in whole rupiah. */
export interface JkkBenefitResult {
  readonly payable: boolean
  readonly status: PayableStatus
  readonly missing: readonly string[]
  readonly regime: 'PP-44-2015' | 'PP-82-2019'
  readonly category: BenefitCategory
  readonly eventDate: string
  /** Where the wage came from: a monthly or a daily wage, the declared income (BPU), or none (PMI: fixed amounts). */
  readonly wageBasis: 'monthly' | 'daily' | 'declared' | 'fixed'
  /** The monthly wage used, in rupiah (`null` for a PMI). */
  readonly monthlyWage: number | null
  readonly stmb: { readonly lines: readonly StmbLine[]; readonly total: number } | null
  readonly disability: {
    readonly type: 'total' | 'anatomical' | 'functional'
    /** The share of 80 × wage, as a decimal text ("0.7", "0.2"); `null` for a PMI amount given by the caller. */
    readonly share: string | null
    readonly amount: number
    readonly periodic: number
  } | null
  readonly items: readonly JkkCashItem[]
  /**
   * The scholarship on total permanent disability from a work accident or occupational disease (PP 82/2019:
   * up to two children, no minimum contribution period), `null` when there is no total disability. Not in
   * `total` (paid yearly, per child).
   */
  readonly scholarship: ScholarshipResult | null
  /** STMB + disability + periodic + items (the scholarship is apart). */
  readonly total: number
  readonly claimLastDay: string
  readonly firstPayer: FirstPayer | null
  readonly reasons: readonly BenefitReason[]
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}
