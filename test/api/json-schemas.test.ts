/**
 * JSON Schema of every input (issue 20): the schemas shipped as `bpjs-ketenagakerjaan/schemas/*.json` are
 * generated from the zod schemas the library validates with. Every JSON scenario input (test/scenarios) must
 * pass its schema (checked with ajv, draft 2020-12), and a set of invalid inputs must fail both the schema
 * and the library.
 */
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import * as api from '../../src/index.js'
import { BpjsValidationError } from '../../src/index.js'
import { JSON_SCHEMA_ENTRIES, jsonSchemaOf } from '../../src/schemas/json.js'
import { FIXTURES } from './scenario-inputs.js'

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false })
addFormats(ajv)
ajv.addVocabulary(['x-title', 'x-description', 'x-function', 'x-bpjs-schema-version'])

const byFunction = new Map(
  JSON_SCHEMA_ENTRIES.filter((e) => e.fn !== '*').map((e) => [e.fn, ajv.compile(jsonSchemaOf(e))]),
)
const options = ajv.compile(jsonSchemaOf(JSON_SCHEMA_ENTRIES.find((e) => e.file === 'options')!))
const fnOf = (name: string) => (api as unknown as Record<string, (i: unknown, o?: unknown) => unknown>)[name]!

describe('JSON Schemas of the inputs', () => {
  it('has a schema, with titles and descriptions in both languages, for every function of the scenarios', () => {
    for (const f of new Set(FIXTURES.map((x) => x.function))) expect(byFunction.has(f), f).toBe(true)
    for (const e of JSON_SCHEMA_ENTRIES) {
      const s = jsonSchemaOf(e)
      expect(s.title).toBe(`${e.title.id} / ${e.title.en}`)
      expect(e.title.id).not.toBe(e.title.en)
      expect(e.description.id).not.toBe(e.description.en)
      expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    }
  })

  it('every valid JSON scenario input (and its options) passes its schema', () => {
    const valid = FIXTURES.filter((f) => f.error === undefined)
    expect(valid.length).toBeGreaterThan(400)
    for (const f of valid) {
      const check = byFunction.get(f.function)!
      expect(check(f.input), `${f.file}: ${f.name}\n${JSON.stringify(check.errors)}`).toBe(true)
      if (f.options !== undefined) expect(options(f.options), `${f.file}: ${f.name} options`).toBe(true)
    }
  })

  // each: the function, the input, and why it is invalid (every one fails the schema and the library)
  const INVALID: readonly [string, unknown, string][] = [
    [
      'calculateContribution',
      { category: 'PU', period: '2025-13', wage: 5000000, enterpriseSize: 'small', jkkRiskClass: 1 },
      'month 13',
    ],
    [
      'calculateContribution',
      { category: 'PU', period: '2025-06', wage: -1, enterpriseSize: 'small', jkkRiskClass: 1 },
      'negative wage',
    ],
    [
      'calculateContribution',
      { category: 'PU', period: '2025-06', wage: '5.000.000', enterpriseSize: 'small', jkkRiskClass: 1 },
      'Indonesian thousands dots',
    ],
    [
      'calculateContribution',
      { category: 'PU', period: '2025-06', wage: 5000000, enterpriseSize: 'small', jkkRiskClass: 6 },
      'risk class 6',
    ],
    [
      'calculateContribution',
      { category: 'PU', period: '2025-06', wages: 5000000, enterpriseSize: 'small', jkkRiskClass: 1 },
      'typo wages',
    ],
    ['calculateContribution', { category: 'XX', period: '2025-06' }, 'unknown category'],
    ['calculateContribution', { category: 'BPU', period: '2025-06', declaredIncome: 0 }, 'income zero'],
    [
      'calculateContribution',
      { category: 'BPU', period: '2025-06', declaredIncome: 1000000, months: 5 },
      'months 5',
    ],
    [
      'calculateContribution',
      { category: 'PMI', period: '2025-06', contractMonths: 0, placement: 'agency' },
      'contract 0 months',
    ],
    [
      'calculateJkmBenefit',
      { dateOfDeath: '2025-02-30', category: 'PU', membershipStart: '2020-01-01' },
      'no 30 February',
    ],
    ['calculateJkmBenefit', { dateOfDeath: '2025-01-10', category: 'PU' }, 'membershipStart missing'],
    [
      'calculateJkmBenefit',
      { dateOfDeath: '2025-01-10', category: 'PU', membershipStart: '2020-01-01', children: [{ name: 'A' }] },
      'child without birth date',
    ],
    [
      'calculateJkkDeathBenefit',
      { dateOfDeath: '2025-01-10', category: 'PU', monthlyWage: '1e6' },
      'exponent in a wage',
    ],
    [
      'determineHeirs',
      { dateOfDeath: '2025-01-10', family: [{ relation: 'cousin' }] },
      'cousin is not a relation',
    ],
    ['checkEligibility', { asOf: '2025-06-01', relationship: 'freelancer' }, 'unknown relationship'],
    ['checkJkpRegistration', { registrationDate: '2025-06-01', nationality: 'US' }, 'nationality US'],
    ['checkJkpClaim', { layoffDate: '2025-06-01', paidPeriods: ['2025-5'] }, 'period without leading zero'],
    ['checkJkmClaim', { dateOfDeath: '2025-06-01', category: 'PU', cause: 'accident' }, 'unknown cause'],
    [
      'checkScholarshipEligibility',
      { dateOfDeath: '2025-06-01', asOf: '2025-06-01', contributionMonths: 1.5 },
      'fractional months',
    ],
    ['jpPensionAgeOn', { date: '2025-06' }, 'a month is not a date'],
    ['pensionAgeReachedOn', '19650716', 'date without dashes'],
    [
      'planCoverageProgram',
      { startPeriod: '2025-06', months: 0, payer: 'apbd', cohorts: [] },
      'no months, no cohorts',
    ],
    ['assessRoster', { asOf: '2026-01-15', payer: 'city', rows: [] }, 'unknown payer'],
    ['assessRoster', { asOf: '2026-01-15', payer: 'apbd', programs: [], rows: [] }, 'empty package'],
    ['createRosterAssessor', { asOf: '2026-02-30', payer: 'apbd' }, 'no 30 February'],
    ['createRosterAssessor', { asOf: '2026-01-15', payer: 'apbd', rows: [] }, 'rows belong to assessRoster'],
  ]

  it.each(INVALID)('%s: %j (%s) fails the schema and the library', (fn, input) => {
    const check = byFunction.get(fn)!
    expect(check(input)).toBe(false)
    expect(() => fnOf(fn)(input)).toThrow(BpjsValidationError)
  })

  it('invalid options fail the options schema and the library', () => {
    for (const o of [{ locale: 'fr' }, { rounding: 'up' }, { foo: 1 }]) {
      expect(options(o)).toBe(false)
      expect(() =>
        api.calculateContribution(
          { category: 'BPU', period: '2025-06', declaredIncome: 1_000_000 },
          o as never,
        ),
      ).toThrow(BpjsValidationError)
    }
  })
})
