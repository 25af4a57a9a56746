import type { Catalogue } from '../types.js'
import { coreBaseMessagesEn, coreInputMessagesEn, coreParseMessagesEn } from './core-input.js'

/** The English messages of the foundation: validation, money, time, parameters, explanations. */
export const coreMessagesEn = {
  ...coreBaseMessagesEn,
  ...coreInputMessagesEn,
  ...coreParseMessagesEn,
  PERIOD_INVALID: 'The contribution month "{value}" is invalid: use YYYY-MM (e.g. "2025-03").',
  DATE_INVALID:
    'The date "{value}" is invalid: use an existing calendar date YYYY-MM-DD (e.g. "2025-02-28").',
  DATE_OBJECT_INVALID: 'The Date object is invalid (Invalid Date, or not a genuine Date).',
  PERIOD_GIVEN_AS_DATE:
    'A contribution month must be text YYYY-MM, not a Date object (the date {date}); write "{suggestion}".',
  VALUE_UNREADABLE:
    "This value cannot be read: the caller's object threw an error when it was read (a getter or a Proxy).",
  DATE_BEFORE_COVERAGE:
    'The date {date} is before this library’s coverage: the BPJS Ketenagakerjaan rules it models apply from {coverageStart} (PP 44/2015, PP 45/2015, PP 46/2015).',
  DATE_AFTER_COVERAGE:
    'The date {date} is past this library’s projection horizon ({horizon}). Its legal data was last verified on {verifiedOn}.',
  PARAMETER_NOT_IN_FORCE: 'Parameter {parameterId} is not in force on {date}.',
  UNKNOWN_PARAMETER: 'Unknown parameter: {parameterId}.',
  PARAMETER_OVERRIDE_INVALID: 'Invalid override for parameter {parameterId}: {reason}.',
  PARAMETER_OVERRIDE_ORDER:
    'Dated values must be in order and must not overlap: from {from} is not after the previous value (to {previous}).',
  PARAMETER_OVERRIDE_TO_BEFORE_FROM: 'The date to {to} is before from {from}.',
  OVERRIDE_REASON_RATE: 'a rate must be a decimal text between 0 and 1, e.g. "0.0024"',
  OVERRIDE_REASON_RUPIAH: 'an amount must be whole rupiah, e.g. "11086300"',
  OVERRIDE_REASON_WHOLE: 'must be a whole number ≥ 0 (not NaN or Infinity)',
  OVERRIDE_REASON_FLAG: 'must be true or false',
  OVERRIDE_REASON_DATE: 'must be an existing date YYYY-MM-DD',
  OVERRIDE_REASON_DECIMAL:
    "must be a decimal text of at most 6 integer and 12 decimal digits, like the library's values",
  LOW_CONFIDENCE_RULE:
    'This rule uses parameter {parameterId}, whose confidence is low (no primary text seen). Check it before relying on it for a decision.',
  PARAMETER_MAY_BE_OUTDATED:
    'Parameter {parameterId} may be outdated: the value {value} applies since {from} and was due for review on {reviewDue}. Pass the new value through options.parameters once announced.',
  DATE_AFTER_LAST_VERIFICATION:
    'The date {date} is after the legal data was last verified ({verifiedOn}): this result projects the rules in force then.',
  PARAMETER_OVERRIDDEN: 'Parameter {parameterId} was overridden by the caller: value {value}.',
  EXPLANATION_INVALID:
    'Not an explanation of this library: expected an object with format "{format}" and a list of steps.',
  EXPLANATION_CYCLE: 'The explanation holds a circular reference: a value contains itself.',
  EXPLANATION_TOO_DEEP: 'A value in the explanation is nested too deep: at most {max} levels.',
  EXPLANATION_TOO_LARGE: 'The explanation is too large: at most {max} values.',
  EXPLAIN_TITLE: 'Explanation of the calculation',
  EXPLAIN_STEP: 'Step',
  EXPLAIN_FORMULA: 'Formula',
  EXPLAIN_INPUTS: 'Inputs',
  EXPLAIN_PARAMETERS: 'Parameters',
  EXPLAIN_LEGAL: 'Legal basis',
  EXPLAIN_ROUNDING: 'Rounding',
  EXPLAIN_RESULT: 'Result',
  EXPLAIN_CONFIDENCE: 'confidence',
  EXPLAIN_SINCE: 'in force since',
  EXPLAIN_UNTIL: 'until',
  EXPLAIN_OVERRIDDEN: 'overridden by caller',
  EXPLAIN_WARNINGS: 'Warnings',
  EXPLAIN_TABLE: '[table; see explanation.parameters]',
  ROUNDING_half_up: 'half up to whole rupiah',
  ROUNDING_half_even: 'half to even to whole rupiah',
  ROUNDING_down: 'down to whole rupiah',
} as const satisfies Catalogue
