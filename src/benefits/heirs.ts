import { RuleContext } from '../explain/context.js'
import { deepFreeze } from '../internal/freeze.js'
import { heirsOrder } from '../parameters/jkm.js'
import type { ParameterReading } from '../parameters/types.js'
import { heirsInputSchema, type ParsedHeirsInput } from '../schemas/benefit.js'
import { allChecks, parseWith } from '../schemas/common.js'
import { localeOf, resolveOptions, type CalculationOptions } from '../schemas/options.js'
import { ReasonList } from './common.js'
import { covered } from './jkm.js'
import type { HeirsInput, HeirsResult } from './types.js'
import { benefitsMessages } from '../i18n/messages/benefits.js'
import { useMessages } from '../i18n/registry.js'

useMessages(benefitsMessages)

/**
 * The heirs (ahli waris) who receive a JKM or JKK death benefit, in the legal order of PP 44/2015 Pasal 37
 * ayat (5) (JKK), Permenaker 44/2015 Pasal 19 ayat (2) (JKM) and Permenaker 4/2023 Pasal 57 ayat (4) (PMI):
 *
 * 1. widow, widower or child — one group (how they share is not set by these texts: warning
 *    `HEIR_SPLIT_NOT_SET` when there are several);
 * 2. blood relatives in the direct line up or down to the second degree (parents, grandparents,
 *    grandchildren);
 * 3. siblings; 4. parents-in-law; 5. the people named in the participant's will.
 *
 * The first group with at least one member receives everything. With no heir at all, the funeral cost goes
 * to whoever arranged the funeral (the employer or another party) and the lump sum and periodic benefit go
 * to the DJS (Dana Jaminan Sosial).
 *
 * @example
 * ```ts
 * const h = determineHeirs({ dateOfDeath: '2024-05-01', family: [{ relation: 'parent' }, { relation: 'sibling' }] })
 * h.group?.rank   //=> 2
 * h.group?.code   //=> 'DIRECT_LINE_TO_SECOND_DEGREE'
 * h.heirs.map((x) => x.relation)   //=> ['parent']
 *
 * determineHeirs({ dateOfDeath: '2024-05-01', family: [], funeralArrangedBy: { kind: 'employer' } }).recipients
 * //=> { lumpSum: 'DJS', periodic: 'DJS', funeral: 'funeral-arranger' }
 * ```
 */
export function determineHeirs(input: HeirsInput, options?: CalculationOptions): HeirsResult {
  const [inp, { resolved }] = allChecks(
    localeOf(options),
    () => parseWith(heirsInputSchema, input, localeOf(options)),
    () => resolveOptions(options),
  )
  covered(inp.dateOfDeath, ['dateOfDeath'], resolved.locale)
  const ctx = new RuleContext('determineHeirs', inp.dateOfDeath, resolved)
  const reasons = new ReasonList(ctx)
  const order = ctx.read(heirsOrder, inp.dateOfDeath)

  const people = peopleOf(inp)
  const groups = [...order.value.groups].sort((a, b) => a.rank - b.rank)
  const found = groups
    .map((g) => ({ g, members: people.filter((p) => g.relations.includes(p.relation)) }))
    .find((x) => x.members.length > 0)
  const recipients = recipientsOf(ctx, reasons, order, people, found, inp.funeralArrangedBy)
  ctx.step({
    rule: 'heirs.group',
    text: found === undefined ? 'STEP_HEIRS_NONE' : 'STEP_HEIRS_GROUP',
    params:
      found === undefined
        ? {}
        : { rank: found.g.rank, group: ctx.t(`HEIR_GROUP_${found.g.key}`), count: found.members.length },
    inputs: { relations: people.map((p) => p.relation) },
    parameters: [order],
    value: found === undefined ? null : found.g.rank,
  })

  const heirs = (found?.members ?? []).map((m) =>
    m.name === undefined
      ? { source: m.source, index: m.index, relation: m.relation }
      : { source: m.source, index: m.index, relation: m.relation, name: m.name },
  )
  const arranger =
    inp.funeralArrangedBy === undefined
      ? null
      : inp.funeralArrangedBy.name === undefined
        ? { kind: inp.funeralArrangedBy.kind }
        : { kind: inp.funeralArrangedBy.kind, name: inp.funeralArrangedBy.name }
  return deepFreeze({
    group: found === undefined ? null : { rank: found.g.rank, code: found.g.key },
    heirs,
    recipients,
    funeralArrangedBy: arranger,
    reasons: reasons.items,
    warnings: ctx.warnings,
    explanation: ctx.explanation(),
  })
}

/** A person who may inherit: a family member or a beneficiary named in the will, with its input index. */
interface Person {
  readonly source: 'family' | 'will'
  readonly index: number
  readonly relation: string
  readonly name: string | undefined
}

/** The family members, then the will's beneficiaries (the last group of the order). */
function peopleOf(inp: ParsedHeirsInput): Person[] {
  return [
    ...inp.family.map((m, index) => ({
      source: 'family' as const,
      index,
      relation: m.relation as string,
      name: m.name,
    })),
    ...(inp.willBeneficiaries ?? []).map((w, index) => ({
      source: 'will' as const,
      index,
      relation: 'will-beneficiary',
      name: w.name,
    })),
  ]
}

type HeirsOrder = (typeof heirsOrder)['values'][number]['value']

/** Who receives each part: the heirs of the first group found, else the no-heir recipients of the order. */
function recipientsOf(
  ctx: RuleContext,
  reasons: ReasonList,
  order: ParameterReading<HeirsOrder>,
  people: readonly Person[],
  found: { g: HeirsOrder['groups'][number]; members: Person[] } | undefined,
  funeralArrangedBy: ParsedHeirsInput['funeralArrangedBy'],
): HeirsResult['recipients'] {
  if (found === undefined) {
    reasons.add('note', 'NO_HEIR', {}, order.legal)
    if (funeralArrangedBy === undefined)
      reasons.missing(['funeralArrangedBy'], 'FACT_FUNERAL_ARRANGER', order.legal)
    return {
      lumpSum: order.value.noHeir.lumpSum,
      periodic: order.value.noHeir.periodic,
      funeral: order.value.noHeir.funeral,
    }
  }
  reasons.add(
    'met',
    'HEIRS_GROUP',
    { rank: found.g.rank, group: ctx.t(`HEIR_GROUP_${found.g.key}`), count: found.members.length },
    order.legal,
  )
  const excluded = people.filter((p) => !found.g.relations.includes(p.relation))
  if (excluded.length > 0)
    reasons.add(
      'note',
      'HEIRS_LOWER_GROUPS_EXCLUDED',
      { count: excluded.length, rank: found.g.rank },
      order.legal,
    )
  if (found.members.length > 1) ctx.warn('HEIR_SPLIT_NOT_SET', { count: found.members.length })
  return { lumpSum: 'heirs', periodic: 'heirs', funeral: 'heirs' }
}
