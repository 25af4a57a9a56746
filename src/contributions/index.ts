/**
 * Contributions (iuran) of BPJS Ketenagakerjaan for every category of participant: PU, BPU, JAKON, PMI.
 *
 * @example
 * ```ts
 * import { calculateContribution } from 'bpjs-ketenagakerjaan'
 * calculateContribution({ category: 'BPU', period: '2025-06', declaredIncome: 1000000 }).totals.total //=> 16800
 * ```
 * @module
 */
export { calculateContribution } from './calculate.js'
export {
  calculateContributions,
  ContributionBatch,
  type ContributionBatchOptions,
  type ContributionBatchRow,
  type ContributionRowResult,
} from './batch.js'
export type {
  BpuContributionInput,
  Category,
  ContributionInput,
  ContributionLine,
  ContributionResult,
  ContributionTotals,
  EnterpriseSize,
  JakonContributionInput,
  JakonTierLine,
  JkkRiskClass,
  LineProgram,
  MoneyInput,
  Payer,
  PmiContributionInput,
  Program,
  PuContributionInput,
} from './types.js'
