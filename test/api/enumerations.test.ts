/**
 * One source for every enumeration (issue 15): src/types.ts lists the categories, programs, enterprise sizes,
 * risk classes, PU flags, payers, PMI phases, causes of death, nationalities and school levels once; the
 * schemas, the fast PU validator and the messages derive from it. Inputs are generated from the enumerations
 * and the fast path and the schema must agree on each.
 */
import { describe, expect, it } from 'vitest'
import { fastParsePu } from '../../src/contributions/fast-input.js'
import { message } from '../../src/i18n/format.js'
import { causeSchema, schoolLevelSchema } from '../../src/schemas/benefit.js'
import { parseContributionInput, puInputSchema } from '../../src/schemas/contribution.js'
import {
  BPU_PAYERS,
  DEATH_CAUSES,
  ENTERPRISE_SIZES,
  listText,
  PMI_PHASES,
  PROGRAMS,
  PU_FLAGS,
  RISK_CLASSES,
  SCHOOL_LEVELS,
} from '../../src/types.js'
import * as z from 'zod/mini'

const base = { category: 'PU', period: '2025-06', wage: 5000000 } as const

/** Every PU input of one enumerated field at a time (and a few pairs), generated from the enumerations. */
const generated: Record<string, unknown>[] = [
  ...RISK_CLASSES.flatMap((jkkRiskClass) =>
    ENTERPRISE_SIZES.map((enterpriseSize) => ({ ...base, jkkRiskClass, enterpriseSize })),
  ),
  ...PU_FLAGS.flatMap((f) =>
    [true, false].map((v) => ({ ...base, jkkRiskClass: 1, programs: ['JKK'], [f]: v })),
  ),
  // every non-empty subset of the programs, in the order of the law
  ...Array.from({ length: 2 ** PROGRAMS.length - 1 }, (_, m) => ({
    ...base,
    jkkRiskClass: 2,
    programs: PROGRAMS.filter((_p, i) => ((m + 1) >> i) & 1),
  })),
]

describe('the enumerations of src/types.ts', () => {
  it('listText joins an enumeration for a message', () => {
    expect(listText(['a', 'b', 'c'], 'or')).toBe('a, b or c')
    expect(listText(['a', 'b'], 'atau', true)).toBe('"a" atau "b"')
    expect(listText(['a'], 'or')).toBe('a')
  })

  it('the messages that list an enumeration say what they said when written by hand', () => {
    expect(message('ENTERPRISE_SIZE_REQUIRED', {}, 'en')).toContain(
      'Give enterpriseSize (micro, small, medium or large) or a programs list',
    )
    expect(message('ENTERPRISE_SIZE_REQUIRED', {}, 'id')).toContain(
      'Isi enterpriseSize (micro, small, medium atau large) atau daftar programs',
    )
    expect(message('BPU_PAYER_REQUIRED', { period: '2025-09' }, 'en')).toContain(
      'give payer ("self", "apbd", "apbn" or "other").',
    )
    expect(message('BPU_PAYER_REQUIRED', { period: '2025-09' }, 'id')).toContain(
      'isi payer ("self", "apbd", "apbn" atau "other").',
    )
    expect(message('FACT_CAUSE', {}, 'en')).toBe(
      'the cause of death (natural, work-accident or occupational-disease)',
    )
    expect(message('FACT_CAUSE', {}, 'id')).toBe(
      'penyebab kematian (natural, work-accident atau occupational-disease)',
    )
  })

  it.each(generated.map((g) => [JSON.stringify(g), g] as const))(
    'the fast path and the schema agree on %s',
    (_name, input) => {
      // the structural schema (the cross-field rules run later on either path)
      const schema = z.safeParse(puInputSchema, input)
      expect(schema.success).toBe(true)
      expect(fastParsePu(input)).toEqual(schema.data)
    },
  )

  it('a value outside an enumeration is refused by the schema and left to it by the fast path', () => {
    for (const bad of [
      { ...base, jkkRiskClass: 6 },
      { ...base, jkkRiskClass: 1, enterpriseSize: 'huge' },
      { ...base, jkkRiskClass: 1, programs: ['JKN'] },
      { ...base, jkkRiskClass: 1, programs: ['JKK'], covidRelief: 'yes' },
    ]) {
      expect(fastParsePu(bad)).toBeUndefined()
      expect(z.safeParse(puInputSchema, bad).success).toBe(false)
    }
  })

  it('the BPU payers are exactly those the schema accepts', () => {
    const bpu = { category: 'BPU', period: '2025-06', declaredIncome: 1000000 }
    for (const payer of BPU_PAYERS)
      expect(parseContributionInput({ ...bpu, payer }, 'en')).toMatchObject({ payer })
    expect(() => parseContributionInput({ ...bpu, payer: 'employer' }, 'en')).toThrow()
  })

  it('the causes of death and school levels are exactly those the schemas accept', () => {
    for (const c of DEATH_CAUSES) expect(z.safeParse(causeSchema, c).success).toBe(true)
    expect(z.safeParse(causeSchema, 'accident').success).toBe(false)
    for (const l of SCHOOL_LEVELS) expect(z.safeParse(schoolLevelSchema, l).success).toBe(true)
    expect(z.safeParse(schoolLevelSchema, 'S2').success).toBe(false)
    expect(PMI_PHASES).toEqual(['before', 'during', 'after'])
  })
})
