import { jkpArrearsThresholdMonths, jkpBankruptArrearsMonths } from '../../parameters/jkp-benefit.js'
import { findValueAt, valueAt } from '../../parameters/lookup.js'
import type { Parameter, ParameterReading } from '../../parameters/types.js'

/** Who pays the JKP cash benefit first, with the readings that decided it. */
export interface JkpPayer {
  readonly payer: 'bpjs' | 'employer-first'
  readonly readings: readonly ParameterReading[]
}

/** Reads parameters: the plain lookups by default, or a `RuleContext` (which records the readings). */
export interface ParameterReader {
  read<T>(p: Parameter<T>, date: string): ParameterReading<T>
  readOptional<T>(p: Parameter<T>, date: string): ParameterReading<T> | undefined
}

const LOOKUP: ParameterReader = {
  read: (p, date) => valueAt(p, date),
  readOptional: (p, date) => findValueAt(p, date),
}

/**
 * Who pays the JKP cash benefit when the employer is `arrearsMonths` consecutive months in arrears at the
 * termination: BPJS TK up to the threshold (PP 6/2025 Pasal 39 ayat (1)), the employer first beyond it (ayat (3)),
 * BPJS TK again for a bankrupt or closed employer within its own limit (Pasal 39A, from 2025-02-07 only).
 */
export function jkpPayerAt(
  terminationDate: string,
  arrearsMonths: number,
  bankrupt = false,
  reader: ParameterReader = LOOKUP,
): JkpPayer {
  const thr = reader.read(jkpArrearsThresholdMonths, terminationDate)
  const readings: ParameterReading[] = [thr as ParameterReading]
  let payer: JkpPayer['payer'] = arrearsMonths <= thr.value ? 'bpjs' : 'employer-first'
  if (payer === 'employer-first' && bankrupt) {
    const b = reader.readOptional(jkpBankruptArrearsMonths, terminationDate)
    if (b !== undefined) {
      readings.push(b as ParameterReading)
      if (arrearsMonths <= b.value) payer = 'bpjs'
    }
  }
  return Object.freeze({ payer, readings: Object.freeze(readings) })
}
