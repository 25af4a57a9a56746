import * as z from 'zod/mini'
import { intIn, isoDate, moneySen } from './common.js'
import { WORK_RELATIONSHIPS } from './eligibility.js'

/*
 * The inputs of the roster functions (assessRoster, createRosterAssessor and its `add`). The settings are
 * validated with these schemas (a bad setting is a BpjsValidationError); a row is read field by field by
 * the assessor (a bad field is a finding of that row, never an error), and {@link rosterRowSchema} describes
 * the row the assessor reads without a `ROSTER_FIELD_INVALID` or `ROSTER_FIELD_UNKNOWN` finding.
 */

/** The most rows one `assessRoster` call takes (a larger list goes through `createRosterAssessor`). */
export const MAX_ROSTER_ROWS = 10_000_000

/** The programs a roster package may hold. */
export const ROSTER_PROGRAMS = ['JKK', 'JKM', 'JHT'] as const

/** The settings of a roster (the input of `assessRoster` without `rows`; the input of `createRosterAssessor`). */
export const rosterSettingsShape = {
  asOf: isoDate,
  payer: z.enum(['self', 'apbd', 'apbn', 'other']),
  programs: z.optional(z.array(z.enum(ROSTER_PROGRAMS)).check(z.minLength(1), z.maxLength(3))),
  relationship: z.optional(z.enum(WORK_RELATIONSHIPS)),
  declaredIncome: z.optional(moneySen),
  sector: z.optional(z.enum(['transport', 'other'])),
  nationality: z.optional(z.enum(['WNI', 'WNA'])),
  firstRow: z.optional(intIn(0, 1_000_000_000)),
  planMonths: z.optional(intIn(1, 120)),
  potentialWorkers: z.optional(intIn(0, 1_000_000_000)),
}

/** Input of `createRosterAssessor`. */
export const rosterSettingsSchema = z.strictObject(rosterSettingsShape)

/** A row field that may be missing: absent, `null` or `''` all read as "not given" (a finding names it). */
function given<S extends z.core.$ZodType>(schema: S) {
  return z.optional(z.union([schema, z.null(), z.literal('')]))
}

const text = z.string().check(z.maxLength(200))

/** One person of a roster, as the assessor reads it (every field may be missing: a finding names it). */
export const rosterRowSchema = z.strictObject({
  line: z.optional(intIn(0, Number.MAX_SAFE_INTEGER)),
  nik: given(z.string()),
  name: given(text),
  birthDate: given(isoDate),
  sex: given(z.enum(['male', 'female'])),
  occupation: given(text),
  district: given(text),
  relationship: given(z.enum(WORK_RELATIONSHIPS)),
  wageEarner: z.optional(z.nullable(z.boolean())),
  declaredIncome: given(moneySen),
  sector: given(z.enum(['transport', 'other'])),
  participant: z.optional(z.nullable(z.boolean())),
  nationality: given(z.enum(['WNI', 'WNA'])),
})

/** Input of `assessRoster`: the settings and the rows. */
export const assessRosterInputSchema = z.strictObject({
  ...rosterSettingsShape,
  rows: z.array(rosterRowSchema).check(z.maxLength(MAX_ROSTER_ROWS)),
})
