import * as z from 'zod/mini'
import { heirsInputSchema } from './benefit.js'
import { intIn, isoDate, moneySen, period } from './common.js'

const MAX_RUPIAH = 1_000_000_000_000_000
const rupiah = intIn(0, MAX_RUPIAH)
/** A signed decimal rate string with at most 12 decimals (`'0.0719'`, `'-0.01'`); sign checked by the engine. */
const signedRate = z.string().check(z.regex(/^-?(0|[1-9]\d{0,2})(\.\d{1,12})?$/))

/** Input of projectJhtBalance. */
export const jhtBalanceInputSchema = z.strictObject({
  openingBalance: z.optional(rupiah),
  history: z
    .array(
      z.strictObject({
        month: period,
        contribution: z.optional(rupiah),
        /** PU or BPU: the library prices the month's JHT contribution from `wage` with calculateContribution. */
        category: z.optional(z.enum(['PU', 'BPU'])),
        /** The wage (PU) or declared income (BPU) of the month, with `category`. */
        wage: z.optional(moneySen),
        withdrawal: z.optional(rupiah),
      }),
    )
    .check(z.maxLength(1200)),
  rates: z.optional(z.record(z.string().check(z.regex(/^\d{4}$/)), signedRate)),
  method: z.optional(z.enum(['yearly-prorata', 'yearly-opening', 'monthly'])),
  allowNegativeRates: z.optional(z.boolean()),
  future: z.optional(
    z.strictObject({
      from: period,
      until: period,
      contribution: rupiah,
      yearlyGrowth: signedRate,
      returnRate: signedRate,
    }),
  ),
})

/** Input of checkJhtClaim / calculateJhtClaim. */
export const jhtClaimInputSchema = z.strictObject({
  claimDate: isoDate,
  ground: z.enum([
    'pension-age',
    'resignation',
    'termination',
    'disability',
    'death',
    'leaving-indonesia',
    'partial-housing',
    'partial-other',
  ]),
  birthDate: z.optional(isoDate),
  separationDate: z.optional(isoDate),
  nationality: z.optional(z.enum(['indonesian', 'foreign'])),
  membershipStart: z.optional(isoDate),
  previousPartialClaim: z.optional(z.boolean()),
  balance: z.optional(rupiah),
  workingElsewhere: z.optional(z.boolean()),
  dateOfDeath: z.optional(isoDate),
  disabilityDate: z.optional(isoDate),
  family: z.optional(heirsInputSchema.shape.family),
  willBeneficiaries: z.optional(heirsInputSchema.shape.willBeneficiaries),
})

/** Parsed inputs. */
export type ParsedJhtBalanceInput = z.core.output<typeof jhtBalanceInputSchema>
export type ParsedJhtClaimInput = z.core.output<typeof jhtClaimInputSchema>
