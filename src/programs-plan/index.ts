export {
  planCoverageProgram,
  type CoverageCohortInput,
  type CoverageCohortResult,
  type CoverageProgramResult,
  type PlanCoverageProgramInput,
  type ProgramPayer,
} from './plan.js'
export type { CohortCategory } from './adapters.js'
export {
  planCoverageRoadmap,
  workersForBudget,
  type BudgetRule,
  type CoverageRoadmapInput,
  type CoverageRoadmapResult,
  type PremiumInput,
  type RoadmapYear,
  type WorkersForBudgetInput,
  type WorkersForBudgetResult,
} from './roadmap.js'
export type { AccidentRateInput, AccidentSeverity, ExpectedAccidents } from './accidents.js'
