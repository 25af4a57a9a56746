/**
 * JSON Schemas of the roster inputs (issue 20): `roster-input` (assessRoster), `roster-settings`
 * (createRosterAssessor) and `roster-row` (RosterAssessor.add). The settings are validated by the library as
 * the schema says (a bad setting is a BpjsValidationError); a row is read field by field (a bad field is a
 * finding of the row, never an error), and the row schema says which rows are read without a
 * `ROSTER_FIELD_INVALID` / `ROSTER_FIELD_UNKNOWN` finding: a row built from valid values passes the schema and
 * gets neither finding; a row with one wrong field fails the schema and gets the finding at that field.
 */
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessRoster, BpjsValidationError, createRosterAssessor } from '../../src/index.js'
import { JSON_SCHEMA_ENTRIES, jsonSchemaOf } from '../../src/schemas/json.js'
import { PROPERTY_SEED } from '../reliability/properties/settings.js'

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false })
addFormats(ajv)
ajv.addVocabulary(['x-title', 'x-description', 'x-function', 'x-bpjs-schema-version'])
const compiled = (file: string) =>
  ajv.compile(jsonSchemaOf(JSON_SCHEMA_ENTRIES.find((e) => e.file === file)!))
const rosterInput = compiled('roster-input')
const rosterSettings = compiled('roster-settings')
const rosterRow = compiled('roster-row')

// a BPU package (informal workers, paid by the city): every field of a row is read, the income included
const SETTINGS = { asOf: '2026-01-15', payer: 'apbd', relationship: 'informal' } as const

/** Valid values of each row field, and wrong ones (each wrong value is refused by the assessor). */
const VALID: Readonly<Record<string, readonly unknown[]>> = {
  nik: ['1571024508900003', '3171010101900001', null, ''],
  name: ['Siti', '', null],
  birthDate: ['1990-08-05', '1975-01-31', null, ''],
  sex: ['male', 'female', null],
  occupation: ['ojek', 'marbot', null],
  district: ['15.71.02', null],
  relationship: ['informal', 'religious-worker', 'self-employed', null],
  wageEarner: [false, null],
  declaredIncome: [1_000_000, '1500000', '2000000.50', null, ''],
  sector: ['transport', 'other', null],
  participant: [true, false, null],
  nationality: ['WNI', null],
}
const WRONG: Readonly<Record<string, readonly unknown[]>> = {
  nik: [1571024508900003, true],
  name: [42, 'x'.repeat(201)],
  birthDate: ['1990-02-30', '05/08/1990', 19900805],
  sex: ['M', 1],
  occupation: [{ kind: 'ojek' }],
  district: [1571],
  relationship: ['freelancer', 'ASN'],
  wageEarner: ['yes', 1],
  declaredIncome: [-1, '1.000.000', 0, '1e6'],
  sector: ['farming'],
  participant: ['no', 0],
  nationality: ['ID', 'wni'],
  salary: [1_000_000], // not a row field
}

const FIELD_FINDINGS = new Set(['ROSTER_FIELD_INVALID', 'ROSTER_FIELD_UNKNOWN'])

function fieldFindings(row: unknown): [string | undefined, string][] {
  const person = createRosterAssessor(SETTINGS).add(row)
  return person.findings.filter((f) => FIELD_FINDINGS.has(f.code)).map((f) => [f.field, f.code])
}

const validRow = fc.record(
  Object.fromEntries(Object.entries(VALID).map(([k, vs]) => [k, fc.constantFrom(...vs)])),
  { requiredKeys: [] },
)

describe('JSON Schemas of the roster inputs', () => {
  it('the documented example passes roster-input and is assessed', () => {
    const input = {
      ...SETTINGS,
      relationship: 'religious-worker',
      rows: [
        {
          nik: '1571024508900003',
          birthDate: '1990-08-05',
          sex: 'female',
          declaredIncome: 1000000,
          participant: false,
        },
      ],
    }
    expect(rosterInput(input), JSON.stringify(rosterInput.errors)).toBe(true)
    expect(assessRoster(input as never).people[0]!.status).toBe('enrol')
    const { rows: _rows, ...settings } = input
    expect(rosterSettings(settings)).toBe(true)
    expect(() => createRosterAssessor(settings as never)).not.toThrow()
  })

  it('a row of valid values passes roster-row and gets no field finding', () => {
    fc.assert(
      fc.property(validRow, (row) => {
        expect(rosterRow(row), JSON.stringify([row, rosterRow.errors])).toBe(true)
        expect(fieldFindings(row)).toEqual([])
      }),
      { seed: PROPERTY_SEED, numRuns: 200 },
    )
  })

  it('a row with one wrong field fails roster-row and gets the finding at that field', () => {
    const wrong = fc
      .constantFrom(...Object.keys(WRONG))
      .chain((k) => fc.record({ key: fc.constant(k), value: fc.constantFrom(...WRONG[k]!), row: validRow }))
    fc.assert(
      fc.property(wrong, ({ key, value, row }) => {
        // an adult religious worker (BPU): the income is read (only a BPU row that may be eligible has a premium)
        const bad = { ...row, birthDate: '1990-08-05', relationship: 'religious-worker', [key]: value }
        expect(rosterRow(bad), JSON.stringify(bad)).toBe(false)
        expect(fieldFindings(bad)).toContainEqual([
          key,
          key in VALID ? 'ROSTER_FIELD_INVALID' : 'ROSTER_FIELD_UNKNOWN',
        ])
      }),
      { seed: PROPERTY_SEED, numRuns: 200 },
    )
  })

  it('bad settings, a missing list of rows and bad options are reported in one error', () => {
    const input = { asOf: '2026-01-15', payer: 'city' }
    expect(rosterInput(input)).toBe(false)
    expect.assertions(3)
    try {
      assessRoster(input as never, { locale: 'fr' as never })
    } catch (e) {
      expect((e as BpjsValidationError).issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['payer', 'INVALID_VALUE'],
        ['rows', 'REQUIRED'],
        ['options.locale', 'INVALID_VALUE'],
      ])
    }
    expect(() =>
      createRosterAssessor({ asOf: '2026-02-30', payer: 'apbd' }, { rounding: 'up' as never }),
    ).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ path: ['asOf'] }),
          expect.objectContaining({ path: ['options', 'rounding'] }),
        ],
      }),
    )
  })
})
