/**
 * The heirs of a death benefit (determineHeirs), worked out by hand from the legal order of PP 44/2015
 * Pasal 37 ayat (5), Permenaker 44/2015 Pasal 19 ayat (2) and Permenaker 4/2023 Pasal 57 ayat (4)
 * (regulations.md §6.6): 1. widow, widower or child; 2. direct line to the second degree; 3. siblings;
 * 4. parents-in-law; 5. the will. The first group with a member takes everything. Written to kill the
 * mutants that survived the first Stryker run.
 */
import { describe, expect, it } from 'vitest'
import { determineHeirs, type HeirsInput } from '../../../src/index.js'

const EN = { locale: 'en' } as const
const DEATH = '2024-05-01'
const ORDER_LEGAL = [
  { source: 'PP-44-2015', article: 'Pasal 37 ayat (5)' },
  { source: 'PERMENAKER-44-2015', article: 'Pasal 19 ayat (2)' },
  { source: 'PERMENAKER-4-2023', article: 'Pasal 57 ayat (4)' },
]
const heirs = (input: Omit<HeirsInput, 'dateOfDeath'>, options?: object) =>
  determineHeirs({ dateOfDeath: DEATH, ...input } as HeirsInput, { ...EN, ...options })
const stepOf = (r: ReturnType<typeof heirs>) => r.explanation.steps.find((s) => s.rule === 'heirs.group')

describe('determineHeirs: the first group with a member', () => {
  it('a parent (group 2) excludes a sibling (3) and a parent-in-law (4): reasons, step and heirs', () => {
    const r = heirs({
      family: [
        { relation: 'sibling' },
        { relation: 'parent', name: 'Ibu Sri' },
        { relation: 'parent-in-law' },
      ],
    })
    expect(r.group).toEqual({ rank: 2, code: 'DIRECT_LINE_TO_SECOND_DEGREE' })
    expect(r.heirs).toStrictEqual([{ source: 'family', index: 1, relation: 'parent', name: 'Ibu Sri' }])
    expect(r.recipients).toEqual({ lumpSum: 'heirs', periodic: 'heirs', funeral: 'heirs' })
    expect(r.reasons).toEqual([
      {
        code: 'HEIRS_GROUP',
        kind: 'met',
        message:
          'The heirs are group 2 (blood relatives in the direct line up or down to the second degree): 1 person(s).',
        legal: ORDER_LEGAL,
      },
      {
        code: 'HEIRS_LOWER_GROUPS_EXCLUDED',
        kind: 'note',
        message: 'Other family members receive nothing (2 in all) because there are heirs of group 2.',
        legal: ORDER_LEGAL,
      },
    ])
    // one heir: no split to warn about
    expect(r.warnings.map((w) => w.code)).not.toContain('HEIR_SPLIT_NOT_SET')
    expect(stepOf(r)).toMatchObject({
      description:
        'Heirs of group 2: blood relatives in the direct line up or down to the second degree (1 person(s)).',
      inputs: { relations: ['sibling', 'parent', 'parent-in-law'] },
      parameters: [{ id: 'heirs.order', from: '2015-07-01' }],
      value: 2,
    })
  })

  it('a widow and a child are one group: nobody is excluded, the split is not set by the texts (warning)', () => {
    const r = heirs({ family: [{ relation: 'spouse' }, { relation: 'child', name: 'Budi' }] })
    expect(r.group).toEqual({ rank: 1, code: 'SPOUSE_OR_CHILD' })
    expect(r.heirs).toStrictEqual([
      { source: 'family', index: 0, relation: 'spouse' },
      { source: 'family', index: 1, relation: 'child', name: 'Budi' },
    ])
    expect(r.reasons.map((x) => x.code)).toEqual(['HEIRS_GROUP'])
    expect(r.reasons[0]?.message).toBe('The heirs are group 1 (widow, widower or child): 2 person(s).')
    expect(r.warnings.map((w) => w.code)).toContain('HEIR_SPLIT_NOT_SET')
    expect(stepOf(r)?.value).toBe(1)
  })

  it('only a will: group 5, the beneficiary named in the will', () => {
    const r = heirs({ family: [], willBeneficiaries: [{ name: 'Yayasan A' }] })
    expect(r.group).toEqual({ rank: 5, code: 'WILL' })
    expect(r.heirs).toStrictEqual([
      { source: 'will', index: 0, relation: 'will-beneficiary', name: 'Yayasan A' },
    ])
    expect(r.reasons.map((x) => x.code)).toEqual(['HEIRS_GROUP'])
  })

  it('the groups are taken in the order of their rank, even when a dated override lists them otherwise', () => {
    // the same five groups, listed from rank 5 to rank 1: a spouse (rank 1) still beats a sibling (rank 3)
    const groups = [
      { rank: 5, key: 'WILL', relations: ['will-beneficiary'] },
      { rank: 4, key: 'PARENT_IN_LAW', relations: ['parent-in-law'] },
      { rank: 3, key: 'SIBLING', relations: ['sibling'] },
      { rank: 2, key: 'DIRECT_LINE_TO_SECOND_DEGREE', relations: ['parent', 'grandparent', 'grandchild'] },
      { rank: 1, key: 'SPOUSE_OR_CHILD', relations: ['spouse', 'child'] },
    ]
    const order = { groups, noHeir: { funeral: 'funeral-arranger', lumpSum: 'DJS', periodic: 'DJS' } }
    const r = heirs(
      { family: [{ relation: 'sibling' }, { relation: 'spouse' }, { relation: 'parent-in-law' }] },
      { parameters: { 'heirs.order': order } },
    )
    expect(r.group).toEqual({ rank: 1, code: 'SPOUSE_OR_CHILD' })
    expect(r.heirs.map((h) => h.relation)).toEqual(['spouse'])
  })
})

describe('determineHeirs: no heir at all', () => {
  it('the funeral cost goes to the arranger, the rest to the DJS; the arranger is kept as given', () => {
    const r = heirs({ family: [], funeralArrangedBy: { kind: 'employer' } })
    expect(r.group).toBeNull()
    expect(r.heirs).toEqual([])
    expect(r.recipients).toEqual({ lumpSum: 'DJS', periodic: 'DJS', funeral: 'funeral-arranger' })
    expect(r.funeralArrangedBy).toStrictEqual({ kind: 'employer' })
    expect(r.reasons).toEqual([
      {
        code: 'NO_HEIR',
        kind: 'note',
        message:
          'No heir and no will beneficiary: the funeral cost goes to whoever arranged the funeral; the lump sum and periodic benefit go to the Social Security Fund (DJS).',
        legal: ORDER_LEGAL,
      },
    ])
    expect(stepOf(r)).toMatchObject({
      description: 'No heir in the legal order.',
      inputs: { relations: [] },
      value: null,
    })
    const named = heirs({ family: [], funeralArrangedBy: { kind: 'other', name: 'Pak RT' } })
    expect(named.funeralArrangedBy).toStrictEqual({ kind: 'other', name: 'Pak RT' })
  })

  it('without the funeral arranger the fact is reported missing', () => {
    const r = heirs({ family: [] })
    expect(r.funeralArrangedBy).toBeNull()
    expect(r.reasons.find((x) => x.kind === 'missing')).toEqual({
      code: 'MISSING_FACT',
      kind: 'missing',
      message:
        'Not given: who arranged the funeral (field funeralArrangedBy). The library does not assume it.',
      legal: ORDER_LEGAL,
      path: ['funeralArrangedBy'],
    })
  })
})
