import { ENTERPRISE_SIZES, type Category, type Program } from '../types.js'
import type { CategoryStatus, ProgramStatus, Reason, Segment } from './types.js'

/*
 * The three-valued engine of checkEligibility (check.ts): a rule that needs a fact the caller did not give
 * asks for it (`facts.get`); the engine then evaluates the rule once per possible value of that fact, and
 * the answers of all the worlds are merged by the caller (what holds in every world is known; what differs
 * is `unknown`, naming the missing facts that decide it).
 */

// ---------------------------------------------------------------------------------------------------
// Facts that change the structure of the answer (category, matrix row). When one is missing the
// evaluation branches over its values and the answers are merged (three-valued logic).
// ---------------------------------------------------------------------------------------------------

export type FactName =
  'nationality' | 'foreignMonthsOk' | 'enterpriseSize' | 'employerType' | 'constructionContract'
export type FactValue = string | boolean

const DOMAINS: Readonly<Record<FactName, readonly FactValue[]>> = {
  nationality: ['WNI', 'WNA'],
  foreignMonthsOk: [true, false],
  enterpriseSize: ENTERPRISE_SIZES,
  employerType: ['state', 'company', 'individual'],
  constructionContract: ['casual', 'piece-rate', 'fixed-term', 'permanent'],
}

/** The input path that decides each fact. */
const FACT_PATH: Readonly<Record<FactName, string>> = {
  nationality: 'nationality',
  foreignMonthsOk: 'monthsWorkedInIndonesia',
  enterpriseSize: 'enterpriseSize',
  employerType: 'employerType',
  constructionContract: 'constructionContract',
}

class NeedFact {
  constructor(readonly fact: FactName) {}
}

export interface Facts {
  /** A fact's value, branching when it is not known. */
  get(f: FactName): FactValue
  /** A fact's value, or `undefined` when not known (no branching). */
  peek(f: FactName): FactValue | undefined
}

export interface ProgramAnswer {
  readonly status: ProgramStatus
  readonly reasons: readonly Reason[]
  readonly missing: readonly string[]
}

export interface Leaf {
  readonly category: Category | null
  readonly categoryStatus: CategoryStatus
  readonly segment: Segment | null
  readonly reasons: readonly Reason[]
  readonly programs: Readonly<Record<Program, ProgramAnswer>>
}

/** A world: the answer, and the facts that were assumed (branched on) to reach it. */
export interface World {
  readonly leaf: Leaf
  readonly assumed: readonly FactName[]
}

export type TreeNode = World | { readonly fact: FactName; readonly children: readonly TreeNode[] }

/** Facts in a fixed order, for stable `missing` lists. */
const FACT_ORDER: readonly FactName[] = [
  'nationality',
  'foreignMonthsOk',
  'enterpriseSize',
  'employerType',
  'constructionContract',
]

export function factPaths(facts: Iterable<FactName>): string[] {
  const set = new Set(facts)
  return FACT_ORDER.filter((f) => set.has(f)).map((f) => FACT_PATH[f])
}

export function explore(
  evaluate: (facts: Facts) => Leaf,
  known: (f: FactName) => FactValue | undefined,
  assigned: Partial<Record<FactName, FactValue>> = {},
): TreeNode {
  const peek = (f: FactName) => known(f) ?? assigned[f]
  const facts: Facts = {
    peek,
    get(f) {
      const v = peek(f)
      if (v === undefined) throw new NeedFact(f)
      return v
    },
  }
  try {
    return { leaf: evaluate(facts), assumed: Object.keys(assigned) as FactName[] }
  } catch (e) {
    if (!(e instanceof NeedFact)) throw e
    return {
      fact: e.fact,
      children: DOMAINS[e.fact].map((v) => explore(evaluate, known, { ...assigned, [e.fact]: v })),
    }
  }
}

export function worlds(n: TreeNode): World[] {
  return 'leaf' in n ? [n] : n.children.flatMap(worlds)
}

/** The set of answers under a node; adds to `relevant` every fact whose branches give different sets. */
export function answers(n: TreeNode, key: (l: Leaf) => string, relevant: Set<FactName>): Set<string> {
  if ('leaf' in n) return new Set([key(n.leaf)])
  const sets = n.children.map((c) => answers(c, key, relevant))
  const first = [...(sets[0] as Set<string>)].sort().join('\u0000') // a branching fact has two values or more
  if (sets.some((s) => [...s].sort().join('\u0000') !== first)) relevant.add(n.fact)
  return new Set(sets.flatMap((s) => [...s]))
}
