/**
 * Generators of valid inputs of the public functions, over every month and date from 2015-07 to the legal data's verification date (D23).
 * They only produce inputs the API contract (api.md) and the issues describe as valid, so a property may
 * require a result.
 */
import fc from 'fast-check'
import { COVERAGE } from '../../../src/index.js'

const pad = (n: number) => String(n).padStart(2, '0')

/** The library's "today": the legal data's verification date (decision D23: no test reads the clock). */
export const TODAY = COVERAGE.verifiedOn

/** Every contribution month from `from` to `to` (inclusive). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  let y = Number(from.slice(0, 4))
  let m = Number(from.slice(5, 7))
  for (;;) {
    const p = `${y}-${pad(m)}`
    if (p > to) return out
    out.push(p)
    m += 1
    if (m === 13) {
      m = 1
      y += 1
    }
  }
}

function nextOf(p: string): string {
  const y = Number(p.slice(0, 4))
  const m = Number(p.slice(5, 7))
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`
}

/** Contribution months 2015-07 … the month of the verification date. */
export const ALL_MONTHS = monthsBetween(COVERAGE.startPeriod, TODAY.slice(0, 7))
export const period = fc.constantFrom(...ALL_MONTHS)

/** A money amount as the caller writes it: a whole rupiah number, or a string with 0–2 decimals. */
export const wageText = fc
  .tuple(
    fc.integer({ min: 1, max: 1_000_000_000 }),
    fc.integer({ min: 0, max: 99 }),
    fc.constantFrom(0, 1, 2),
  )
  .map(([rp, sen, decimals]) =>
    decimals === 0 ? String(rp) : decimals === 1 ? `${rp}.${Math.floor(sen / 10)}` : `${rp}.${pad(sen)}`,
  )

/** A wage: mostly realistic (Rp1M–Rp30M), sometimes extreme, as a number or a decimal string. */
export const wage = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1_000_000, max: 30_000_000 }) },
  { weight: 2, arbitrary: wageText },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 1_000_000_000_000 }) },
)

const PU_PROGRAM_SETS = [
  ['JKK', 'JKM'],
  ['JKK', 'JKM', 'JHT'],
  ['JKK', 'JKM', 'JHT', 'JP'],
  ['JKM'],
  ['JHT', 'JP'],
  ['JP'],
] as const
const JKP_PROGRAM_SETS = [
  ['JKK', 'JKM', 'JKP'],
  ['JKK', 'JKM', 'JHT', 'JP', 'JKP'],
] as const

/** A valid PU input (JKP only from its start, contribution month 2021-02). */
export const puInput = fc
  .record({
    period,
    wage,
    jkkRiskClass: fc.constantFrom(1, 2, 3, 4, 5),
    how: fc.constantFrom('size', 'programs', 'jkp'),
    size: fc.constantFrom('micro', 'small', 'medium', 'large'),
    programs: fc.constantFrom(...PU_PROGRAM_SETS),
    jkpPrograms: fc.constantFrom(...JKP_PROGRAM_SETS),
    jkpRegistered: fc.boolean(),
    jkkDiscountEligible: fc.option(fc.boolean(), { nil: undefined }),
    covidRelief: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((r) => {
    const jkpOpen = r.period >= '2021-02'
    const base = { category: 'PU', period: r.period, wage: r.wage, jkkRiskClass: r.jkkRiskClass }
    const extra: Record<string, unknown> = {}
    if (r.how === 'size' || (r.how === 'jkp' && !jkpOpen)) {
      extra['enterpriseSize'] = r.size
      if (jkpOpen && r.jkpRegistered) extra['jkpRegistered'] = true
    } else if (r.how === 'jkp') extra['programs'] = [...r.jkpPrograms]
    else extra['programs'] = [...r.programs]
    if (r.jkkDiscountEligible !== undefined) extra['jkkDiscountEligible'] = r.jkkDiscountEligible
    if (r.covidRelief !== undefined) extra['covidRelief'] = r.covidRelief
    return { ...base, ...extra }
  })

/** A valid BPU input (payer and sector always given, as the PP 50/2025 months need them). */
export const bpuInput = fc
  .record({
    // every month to this one, and the PP 50/2025 windows to their end (2027-03)
    period: fc.constantFrom(
      ...ALL_MONTHS,
      ...monthsBetween(nextOf(ALL_MONTHS[ALL_MONTHS.length - 1]!), '2027-03'),
    ),
    declaredIncome: fc.oneof(fc.integer({ min: 1, max: 50_000_000 }), wageText),
    programs: fc.option(fc.constantFrom(['JKK', 'JKM'], ['JKK', 'JKM', 'JHT']), { nil: undefined }),
    months: fc.option(fc.constantFrom(1, 3, 6, 12), { nil: undefined }),
    payer: fc.constantFrom('self', 'apbd', 'apbn', 'other'),
    sector: fc.constantFrom('transport', 'other'),
  })
  .map((r) => {
    const out: Record<string, unknown> = {
      category: 'BPU',
      period: r.period,
      declaredIncome: r.declaredIncome,
      payer: r.payer,
      sector: r.sector,
    }
    if (r.programs !== undefined) out['programs'] = [...r.programs]
    if (r.months !== undefined) out['months'] = r.months
    return out
  })

/** A valid JAKON input: by contract value (up to Rp20 billion) or by a known wage. */
export const jakonInput = fc
  .record({
    period,
    byContract: fc.boolean(),
    contractValue: fc.oneof(fc.integer({ min: 1, max: 20_000_000_000 }), wageText),
    wage,
  })
  .map((r) =>
    r.byContract
      ? { category: 'JAKON', period: r.period, contractValue: r.contractValue }
      : { category: 'JAKON', period: r.period, wage: r.wage },
  )

/**
 * A valid PMI input (Permenaker 18/2018 from 2018-12). Voluntary JHT only from 2019-01: Permenaker 18/2018 is in
 * force from 2018-12-10, so JHT in the month 2018-12 is refused (`PMI_JHT_NOT_AVAILABLE`).
 */
export const pmiInput = fc
  .record({
    period: fc.constantFrom(...ALL_MONTHS.filter((p) => p >= '2018-12')),
    contractMonths: fc.integer({ min: 1, max: 240 }),
    placement: fc.constantFrom('agency', 'independent'),
    jhtMonthly: fc.option(fc.integer({ min: 50_000, max: 600_000 }), { nil: undefined }),
  })
  .map((r) => {
    const out: Record<string, unknown> = {
      category: 'PMI',
      period: r.period,
      contractMonths: r.contractMonths,
      placement: r.placement,
    }
    if (r.jhtMonthly !== undefined && r.period >= '2019-01') out['jhtMonthly'] = r.jhtMonthly
    return out
  })

/** Any valid contribution input. */
export const contributionInput = fc.oneof(puInput, bpuInput, jakonInput, pmiInput)

/** Valid options (rounding modes, locales). */
export const options = fc.record(
  {
    locale: fc.constantFrom('id', 'en'),
    rounding: fc.constantFrom('half-up', 'half-even', 'down'),
  },
  { requiredKeys: [] },
)
