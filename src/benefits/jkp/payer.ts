import { jkpArrearsThresholdMonths, jkpBankruptArrearsMonths } from '../../parameters/jkp-benefit.js'
import { findValueAt, valueAt } from '../../parameters/lookup.js'
import type { ParameterReading } from '../../parameters/types.js'

/** Who pays the JKP cash benefit first, with the readings that decided it. */
export interface JkpPayer {
  readonly payer: 'bpjs' | 'employer-first'
  readonly readings: readonly ParameterReading[]
}

/**
 * Who pays the JKP cash benefit when the employer is `arrearsMonths` consecutive months in arrears at the
 * termination: BPJS TK up to the threshold (PP 6/2025 Pasal 39 ayat (1)), the employer first beyond it (ayat (3)),
 * BPJS TK again for a bankrupt or closed employer within its own limit (Pasal 39A, from 2025-02-07 only).
 */
export function jkpPayerAt(terminationDate: string, arrearsMonths: number, bankrupt = false): JkpPayer {
  const thr = valueAt(jkpArrearsThresholdMonths, terminationDate)
  const readings: ParameterReading[] = [thr as ParameterReading]
  let payer: JkpPayer['payer'] = arrearsMonths <= thr.value ? 'bpjs' : 'employer-first'
  if (payer === 'employer-first' && bankrupt) {
    const b = findValueAt(jkpBankruptArrearsMonths, terminationDate)
    if (b !== undefined) {
      readings.push(b as ParameterReading)
      if (arrearsMonths <= b.value) payer = 'bpjs'
    }
  }
  return Object.freeze({ payer, readings: Object.freeze(readings) })
}
