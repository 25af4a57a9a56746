/**
 * Hostile inputs of two families of issue 13, fixed in the validation layer (the `api` work):
 * - "Overrides are not validated as data": an override is checked against its parameter as data (shape,
 *   unknown keys, NaN, order, holes), at the path of the problem, before any rule reads it;
 * - "Raw TypeErrors from exotic but legal objects": every input is read once into a plain copy; what is not
 *   a plain object, a plain array or a genuine Date is refused at its path, and an exception thrown by the
 *   caller's own object (a getter, a revoked or invariant-breaking Proxy) is a `VALUE_UNREADABLE` issue.
 * (Proxies and `Object.create(Date.prototype)` cannot be copied by the catalogue's runner: their cases are in
 * test/api/exotic-objects.test.ts.) Expected outcomes follow the API contract (BpjsValidationError with path and code), not the code.
 */
import { getParameter } from '../../../src/parameters/index.js'
import { invalid, ok, type HostileCase } from './types.js'

const PU = { category: 'PU', period: '2025-06', wage: 5_000_000, jkkRiskClass: 1, enterpriseSize: 'small' }
const JKM = { dateOfDeath: '2025-01-10', category: 'PU', membershipStart: '2020-01-01', cause: 'natural' }
const HEIRS = { dateOfDeath: '2025-01-10', family: [{ relation: 'spouse' }] }
const P = (id: string) => ['options', 'parameters', id] as const
const jpCap = () => getParameter('jp.wageCap')

const throwingGetter = (key: string, base: object) =>
  Object.defineProperty({ ...base }, key, {
    enumerable: true,
    get() {
      throw new Error('boom')
    },
  })
const tamperedDate = () =>
  Object.assign(new Date('2021-03-04T00:00:00Z'), {
    getDate: () => 45,
    getUTCDate: () => 45,
    getTime: () => Number.NaN,
  })

export const apiCases: readonly HostileCase[] = [
  // ── Overrides are not validated as data ─────────────────────────────────────────────────────────
  {
    fn: 'calculateContribution',
    title:
      'Overrides are not validated as data: a programs.matrix override of the wrong shape is refused (no TypeError)',
    input: PU,
    options: { parameters: { 'programs.matrix': { PU: 1 } } },
    expect: invalid(
      [[...P('programs.matrix'), 'PU'], 'INVALID_TYPE'],
      [[...P('programs.matrix'), 'BPU'], 'REQUIRED'],
    ),
  },
  {
    fn: 'checkEligibility',
    title: 'Overrides are not validated as data: programs.matrix as a list is refused in eligibility too',
    input: { asOf: '2025-06-01', relationship: 'employee-company', enterpriseSize: 'small' },
    options: { parameters: { 'programs.matrix': [] } },
    expect: invalid([P('programs.matrix'), 'INVALID_TYPE']),
  },
  {
    fn: 'planCoverageProgram',
    title: 'Overrides are not validated as data: a matrix row with an unknown program key is refused',
    input: {
      startPeriod: '2025-06',
      months: 1,
      payer: 'apbd',
      cohorts: [{ name: 'A', workers: 1, category: 'BPU', declaredIncome: 1_000_000 }],
    },
    options: {
      parameters: {
        'programs.matrix': {
          values: [
            {
              from: '2025-01-01',
              value: { ...(getParameter('programs.matrix')!.values.at(-1)!.value as object), XYZ: {} },
            },
          ],
        },
      },
    },
    expect: invalid([[...P('programs.matrix'), 'values', 0, 'value', 'XYZ'], 'UNKNOWN_KEY']),
  },
  {
    fn: 'calculateContribution',
    title: 'Overrides are not validated as data: `until` instead of `to` is an unknown key, not ignored',
    input: PU,
    options: {
      parameters: {
        'jp.wageCap': { values: [{ from: '2027-03-01', until: '2028-02-29', value: '11600000' }] },
      },
    },
    expect: invalid([[...P('jp.wageCap'), 'values', 0, 'until'], 'UNKNOWN_KEY']),
  },
  {
    fn: 'calculateContribution',
    title: 'Overrides are not validated as data: NaN as a rate is refused',
    input: PU,
    options: { parameters: { 'pu.jkk.rate.class1': Number.NaN } },
    expect: invalid([P('pu.jkk.rate.class1'), 'PARAMETER_OVERRIDE_INVALID']),
  },
  {
    fn: 'calculateContribution',
    title: 'Overrides are not validated as data: dated values out of order are refused at the late entry',
    input: PU,
    options: {
      parameters: {
        'jp.wageCap': {
          values: [
            { from: '2027-03-01', value: '11600000' },
            { from: '2026-03-01', value: '11086300' },
          ],
        },
      },
    },
    expect: invalid([[...P('jp.wageCap'), 'values', 1, 'from'], 'PARAMETER_OVERRIDE_ORDER']),
  },
  {
    fn: 'calculateContribution',
    title: 'Overrides are not validated as data: overlapping dated values are refused',
    input: PU,
    options: {
      parameters: {
        'jp.wageCap': {
          values: [
            { from: '2026-03-01', to: '2027-03-31', value: '11086300' },
            { from: '2027-03-01', value: '11600000' },
          ],
        },
      },
    },
    expect: invalid([[...P('jp.wageCap'), 'values', 1, 'from'], 'PARAMETER_OVERRIDE_ORDER']),
  },
  {
    fn: 'calculateContribution',
    title: 'Overrides are not validated as data: `to` before `from`, and an unknown mode',
    input: PU,
    options: {
      parameters: {
        'jp.wageCap': { mode: 'merge', values: [{ from: '2027-03-01', to: '2027-02-01', value: '1' }] },
      },
    },
    expect: invalid(
      [[...P('jp.wageCap'), 'mode'], 'INVALID_VALUE'],
      [[...P('jp.wageCap'), 'values', 0, 'to'], 'PARAMETER_OVERRIDE_TO_BEFORE_FROM'],
    ),
  },
  {
    fn: 'valueAt',
    title: 'Overrides are not validated as data: valueAt refuses a NaN value in an override array',
    args: () => [jpCap(), '2025-06', [{ from: '2025-01-01', value: Number.NaN }]],
    expect: invalid([['override', 0, 'value'], 'PARAMETER_OVERRIDE_INVALID']),
  },
  {
    fn: 'findValueAt',
    title: 'Overrides are not validated as data: findValueAt refuses an unsorted override array',
    args: () => [
      jpCap(),
      '2025-06',
      [
        { from: '2025-03-01', value: '2' },
        { from: '2025-01-01', value: '1' },
      ],
    ],
    expect: invalid([['override', 1, 'from'], 'PARAMETER_OVERRIDE_ORDER']),
  },
  {
    fn: 'findValueAt',
    title: 'Overrides are not validated as data: findValueAt refuses a sparse override array (a hole)',
    // eslint-disable-next-line no-sparse-arrays
    args: () => [jpCap(), '2025-06', [, { from: '2025-01-01', value: '1' }]],
    expect: invalid([['override', 0], 'REQUIRED']),
  },
  {
    fn: 'valueAt',
    title: 'Overrides are not validated as data: a reading is frozen (the caller cannot edit a shared value)',
    args: () => [jpCap(), '2024-03'],
    expect: ok({ value: '10042300', overridden: false }),
  },
  // ── Raw TypeErrors from exotic but legal objects ──────────────────────────────────────────────────
  {
    fn: 'checkEligibility',
    title: 'Raw TypeErrors from exotic objects: a throwing getter is an issue at its own field',
    args: () => [throwingGetter('birthDate', { asOf: '2025-06-01', relationship: 'employee-company' })],
    expect: invalid([['birthDate'], 'VALUE_UNREADABLE']),
  },
  {
    fn: 'parseDate',
    title:
      'Raw TypeErrors from exotic objects: a Date with overridden methods is read by its true time (2021-03-04, not 2021-03-45)',
    args: () => [tamperedDate()],
    expect: ok('2021-03-04'),
  },
  {
    fn: 'checkScholarshipEligibility',
    title: 'Raw TypeErrors from exotic objects: a Date whose getters lie gives the true date to a rule',
    args: () => [
      {
        dateOfDeath: tamperedDate(),
        asOf: '2021-06-01',
        cause: 'natural',
        contributionMonths: 60,
        children: [],
      },
    ],
    expect: ok({}),
  },
  {
    fn: 'calculateContribution',
    title: 'Raw TypeErrors from exotic objects: a Date as options is not an object of options',
    args: () => [PU, new Date('2025-06-01')],
    expect: invalid([['options'], 'INPUT_NOT_OBJECT']),
  },
  {
    fn: 'determineHeirs',
    title:
      'Raw TypeErrors from exotic objects: a Date as funeralArrangedBy is the wrong type, not an empty object',
    args: () => [{ ...HEIRS, funeralArrangedBy: new Date('2025-01-10') }],
    expect: invalid([['funeralArrangedBy'], 'INVALID_TYPE']),
  },
  {
    fn: 'calculateJkmBenefit',
    title: 'Raw TypeErrors from exotic objects: a Date as a child is the wrong type',
    args: () => [{ ...JKM, children: [new Date('2010-01-01')] }],
    expect: invalid([['children', 0], 'INVALID_TYPE']),
  },
  {
    fn: 'calculateContribution',
    title: 'Raw TypeErrors from exotic objects: a class instance as the input is refused',
    args: () => [Object.assign(new (class Row {})(), PU)],
    expect: invalid([[], 'INPUT_NOT_OBJECT']),
  },
]
