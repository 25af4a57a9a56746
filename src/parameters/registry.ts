import { bpuParameters } from './bpu.js'
import { eligibilityParameters } from './eligibility.js'
import { arrearsParameters } from './arrears.js'
import { jkpBenefitParameters } from './jkp-benefit.js'
import { jakonParameters } from './jakon.js'
import { jkkDeathParameters } from './jkk-death.js'
import { jkkBenefitParameters } from './jkk-benefit.js'
import { jkmParameters } from './jkm.js'
import { jkpParameters } from './jkp.js'
import { jpParameters } from './jp.js'
import { jpBenefitParameters } from './jp-benefit.js'
import { pmiParameters } from './pmi.js'
import { pmiJkkParameters } from './pmi-jkk.js'
import { pppkParameters } from './pppk.js'
import { programsParameters } from './programs.js'
import { puParameters } from './pu.js'
import { reliefParameters } from './relief.js'
import { jhtClaimParameters, jhtParameters } from './jht.js'
import { scholarshipParameters } from './scholarship.js'
import type { Parameter } from './types.js'

/** Every parameter the library knows, family by family. */
export const ALL_PARAMETERS: readonly Parameter[] = Object.freeze([
  ...programsParameters,
  ...puParameters,
  ...jpParameters,
  ...jkpParameters,
  ...reliefParameters,
  ...bpuParameters,
  ...jakonParameters,
  ...pmiParameters,
  ...pmiJkkParameters,
  ...jkmParameters,
  ...scholarshipParameters,
  ...jkkDeathParameters,
  ...jkkBenefitParameters,
  ...eligibilityParameters,
  ...pppkParameters,
  ...jpBenefitParameters,
  ...jhtParameters,
  ...jhtClaimParameters,
  ...jkpBenefitParameters,
  ...arrearsParameters,
])

const BY_ID: ReadonlyMap<string, Parameter> = new Map(ALL_PARAMETERS.map((p) => [p.id, p]))

/** A parameter by id, or `undefined`. */
export function getParameter(id: string): Parameter | undefined {
  return BY_ID.get(id)
}
