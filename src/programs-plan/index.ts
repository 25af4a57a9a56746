export {
  planCoverageProgram,
  type CoverageCohortInput,
  type CoverageCohortResult,
  type CoverageProgramResult,
  type PlanCoverageProgramInput,
  type ProgramPayer,
} from './plan.js'
export type { CohortCategory } from './adapters.js'
