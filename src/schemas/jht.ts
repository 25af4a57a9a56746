import * as z from 'zod/mini'
import { intIn, isoDate, period } from './common.js'

const MAX_RUPIAH = 1_000_000_000_000_000
const rupiah = intIn(0, MAX_RUPIAH)
/** A signed decimal rate string with at most 12 decimals (`'0.0719'`, `'-0.01'`); sign checked by the engine. */
const signedRate = z.string().check(z.regex(/^-?(0|[1-9]\d{0,2})(\.\d{1,12})?$/))

/** Input of projectJhtBalance. */
export const jhtBalanceInputSchema = z.strictObject({
  openingBalance: z.optional(rupiah),
  history: z.array(
    z.strictObject({
      month: period,
      contribution: z.optional(rupiah),
      withdrawal: z.optional(rupiah),
    }),
  ),
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
})
