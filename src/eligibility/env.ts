import type * as z from 'zod/mini'
import type { RuleContext } from '../explain/context.js'
import type { Json } from '../explain/types.js'
import type { Citation } from '../legal/types.js'
import type { ProgramMatrix } from '../parameters/programs.js'
import type { Parameter, ParameterReading } from '../parameters/types.js'
import type { eligibilitySchema } from '../schemas/eligibility.js'

/** The parsed eligibility input. */
export type ParsedInput = z.output<typeof eligibilitySchema>

/** What every step of one eligibility check shares: the context, the input, the matrix, the age facts. */
export interface Env {
  readonly ctx: RuleContext
  readonly input: ParsedInput
  readonly asOf: string
  readonly matrix: ParameterReading<ProgramMatrix>
  readonly age: number | undefined
  /** `asOf` is on or before the last JP registration day; `undefined` without a birth date. */
  readonly jpRegistrable: boolean | undefined
  readonly pension:
    | {
        readonly age: number
        readonly reachedOn: string
        readonly until: string
        readonly legal: readonly Citation[]
      }
    | undefined
  /** Parameters read so far, for the category step. */
  readonly used: ParameterReading[]
  read<T>(p: Parameter<T>): ParameterReading<T>
}

/** The input fields that were given, as the inputs of the category step. */
export function inputsOf(p: ParsedInput): { [key: string]: Json } {
  const out: { [key: string]: Json } = {}
  for (const [k, v] of Object.entries(p))
    if (v !== undefined) out[k] = Array.isArray(v) ? [...(v as string[])] : (v as Json)
  return out
}
