/**
 * The category rule of checkEligibility (category.ts): work relationship → category, matrix row (segment)
 * and categoryStatus, with the exact reason codes, the exact citations of each reason and, when a fact is
 * missing, the exact `categoryMissing` paths. The expectations are written from the law as the library
 * encodes it: PP 44/2015 Pasal 5 as amended by PP 49/2023 (PU / BPU), the foreign-worker minimum of 6 months
 * (UU 24/2011 Pasal 14; PP 44/2015 Pasal 1 angka 4 and Pasal 5 ayat (2) huruf c), Taspen / Asabri for ASN,
 * TNI and Polri, Permenaker 44/2015 and 5/2021 for Jakon, Permenaker 18/2018 and 4/2023 for PMI (from
 * Permenaker 7/2017, 2017-08-01), Permenaker 5/2021 for interns (2021-04-01), decision D18 and its dated
 * basis for non-ASN state staff (UU 24/2011 → PP 49/2023 on 2023-10-06 → Permenaker 1/2025 on 2025-02-24).
 */
import { describe, expect, it } from 'vitest'
import {
  BpjsRuleError,
  checkEligibility,
  getParameter,
  type CalculationOptions,
  type EligibilityInput,
  type EligibilityResult,
  type Reason,
} from '../../src/index.js'

type Cite = { source: string; article?: string }

const en = (input: EligibilityInput, options: CalculationOptions = {}): EligibilityResult =>
  checkEligibility(input, { locale: 'en', ...options })
const withLegal = (rs: readonly Reason[]) => rs.map((r) => [r.code, r.legal])
const codes = (rs: readonly Reason[]) => rs.map((r) => r.code)
const head = (r: EligibilityResult) => [r.category, r.categoryStatus, r.segment, r.categoryMissing]
const categoryStep = (r: EligibilityResult) => {
  const s = r.explanation.steps.find((x) => x.rule === 'eligibility.category')
  if (s === undefined) throw new Error('no category step')
  return s
}

// ---- the citations each category rule rests on (from category.ts and src/parameters/eligibility.ts) ----
const PU_LEGAL: Cite[] = [
  { source: 'PP-44-2015', article: 'Pasal 5 ayat (2)' },
  { source: 'PP-49-2023', article: 'Pasal 5' },
]
const BPU_LEGAL: Cite[] = [
  { source: 'PP-44-2015', article: 'Pasal 5 ayat (3)' },
  { source: 'PP-49-2023', article: 'Pasal 5' },
]
const VULNERABLE_BPU_LEGAL: Cite[] = [...BPU_LEGAL, { source: 'INPRES-2-2021' }]
const MIN_MONTHS_LEGAL: Cite[] = [
  { source: 'UU-24-2011', article: 'Pasal 14' },
  { source: 'PP-44-2015', article: 'Pasal 1 angka 4' },
  { source: 'PP-44-2015', article: 'Pasal 5 ayat (2) huruf c' },
]
const ASN_LEGAL: Cite[] = [
  { source: 'PP-70-2015' },
  { source: 'PP-66-2017' },
  { source: 'PP-49-2023', article: 'Pasal 5' },
]
const TNI_POLRI_LEGAL: Cite[] = [
  { source: 'PP-102-2015' },
  { source: 'PP-54-2020' },
  { source: 'PP-49-2023', article: 'Pasal 5' },
]
const STATE_LEGAL: Cite[] = [
  { source: 'PP-49-2023', article: 'Pasal 5 ayat (1) huruf a' },
  { source: 'DECISIONS', article: 'D18' },
]
const BASIS_UU_24: Cite[] = [
  { source: 'UU-24-2011', article: 'Pasal 15' },
  { source: 'INPRES-2-2021' },
  { source: 'DECISIONS', article: 'D18' },
]
const BASIS_PP_49: Cite[] = [
  { source: 'PP-49-2023', article: 'Pasal 5 ayat (1) huruf a' },
  { source: 'DECISIONS', article: 'D18' },
]
const BASIS_PERMENAKER_1_2025: Cite[] = [
  { source: 'PP-49-2023', article: 'Pasal 5 ayat (1) huruf a' },
  { source: 'PERMENAKER-1-2025', article: 'Pasal 3A' },
  { source: 'DECISIONS', article: 'D18' },
]
const JAKON_LEGAL: Cite[] = [
  { source: 'PERMENAKER-44-2015', article: 'Pasal 2 ayat (1)' },
  { source: 'PERMENAKER-5-2021' },
]
const PMI_LEGAL: Cite[] = [
  { source: 'PERMENAKER-18-2018' },
  { source: 'PERMENAKER-4-2023' },
  { source: 'PP-49-2023', article: 'Pasal 5' },
]
const INTERN_LEGAL: Cite[] = [{ source: 'PERMENAKER-5-2021' }]
const GOV_FUNDED_LEGAL: Cite[] = [{ source: 'INPRES-2-2021' }, { source: 'PP-50-2025' }]

const D = '2025-03-01'
const PROGRAMS = ['JKK', 'JKM', 'JHT', 'JP', 'JKP']

describe('category: employees of a company or an individual (PU, PP 44/2015 Pasal 5 ayat (2))', () => {
  it('a citizen employee of a large company is PU of the large-enterprise row, for ELIG_CAT_PU_COMPANY', () => {
    const r = en({ asOf: D, relationship: 'employee-company', nationality: 'WNI', enterpriseSize: 'large' })
    expect(head(r)).toEqual(['PU', 'determined', 'PU_large', undefined])
    expect('categoryMissing' in r).toBe(false)
    expect(withLegal(r.categoryReasons)).toEqual([['ELIG_CAT_PU_COMPANY', PU_LEGAL]])
    expect(r.categoryReasons[0]!.message).toBe(
      'An employee of a company is a wage-earning participant (PU) of a non-state employer.',
    )
  })

  it('a worker of an individual, small enterprise: PU_small for ELIG_CAT_PU_INDIVIDUAL', () => {
    const r = en({
      asOf: D,
      relationship: 'employee-individual',
      nationality: 'WNI',
      enterpriseSize: 'small',
    })
    expect(head(r)).toEqual(['PU', 'determined', 'PU_small', undefined])
    expect(withLegal(r.categoryReasons)).toEqual([['ELIG_CAT_PU_INDIVIDUAL', PU_LEGAL]])
    expect(r.categoryReasons[0]!.message).toBe(
      'A worker employed by an individual is a wage-earning participant (PU) of a non-state employer.',
    )
  })

  it('each enterprise size gives its own row', () => {
    for (const size of ['micro', 'small', 'medium', 'large'] as const)
      expect(
        en({ asOf: D, relationship: 'employee-company', nationality: 'WNI', enterpriseSize: size }).segment,
      ).toBe(`PU_${size}`)
  })

  it('without the enterprise size the category is still PU (determined) but the row is open', () => {
    const r = en({ asOf: D, relationship: 'employee-company', nationality: 'WNI' })
    expect(head(r)).toEqual(['PU', 'determined', null, undefined])
    expect(codes(r.categoryReasons)).toEqual(['ELIG_CAT_PU_COMPANY'])
  })
})

describe('category: foreign workers (minimum 6 months in Indonesia)', () => {
  it('6 months (the minimum): PU, with ELIG_CAT_PU_FOREIGNER citing UU 24/2011 Pasal 14 and PP 44/2015', () => {
    const r = en({
      asOf: D,
      relationship: 'employee-company',
      nationality: 'WNA',
      monthsWorkedInIndonesia: 6,
      enterpriseSize: 'medium',
    })
    expect(head(r)).toEqual(['PU', 'determined', 'PU_medium', undefined])
    expect(withLegal(r.categoryReasons)).toEqual([
      ['ELIG_CAT_PU_COMPANY', PU_LEGAL],
      ['ELIG_CAT_PU_FOREIGNER', MIN_MONTHS_LEGAL],
    ])
    expect(r.categoryReasons[1]!.message).toBe(
      'A foreigner working in Indonesia for at least 6 months must be a PU participant.',
    )
  })

  it('5 months (one short): not a participant, every program unavailable for ELIG_PROG_NOT_PARTICIPANT', () => {
    const r = en({
      asOf: D,
      relationship: 'employee-individual',
      nationality: 'WNA',
      monthsWorkedInIndonesia: 5,
      enterpriseSize: 'large',
    })
    expect(head(r)).toEqual([null, 'not-a-participant', null, undefined])
    expect(withLegal(r.categoryReasons)).toEqual([
      ['ELIG_CAT_PU_INDIVIDUAL', PU_LEGAL],
      ['ELIG_CAT_FOREIGNER_TOO_SHORT', MIN_MONTHS_LEGAL],
    ])
    expect(r.categoryReasons[1]!.message).toBe(
      'A foreigner working in Indonesia for less than 6 months is not a mandatory BPJS Ketenagakerjaan participant.',
    )
    expect(r.programs.map((p) => [p.program, p.status, p.missing])).toEqual(
      PROGRAMS.map((p) => [p, 'unavailable', undefined]),
    )
    for (const p of r.programs) {
      expect(withLegal(p.reasons)).toEqual([
        ['ELIG_PROG_NOT_PARTICIPANT', [...PU_LEGAL, ...MIN_MONTHS_LEGAL]],
      ])
      expect(p.reasons[0]!.message).toBe(
        `Not a BPJS Ketenagakerjaan participant: ${p.program} is not available.`,
      )
    }
  })

  it('0 months is also too short', () => {
    const r = en({
      asOf: D,
      relationship: 'employee-company',
      nationality: 'WNA',
      monthsWorkedInIndonesia: 0,
    })
    expect(r.categoryStatus).toBe('not-a-participant')
  })

  it('a foreigner without the months: unknown, missing monthsWorkedInIndonesia, both answers as reasons', () => {
    const r = en({ asOf: D, relationship: 'employee-company', nationality: 'WNA', enterpriseSize: 'large' })
    expect(head(r)).toEqual([null, 'unknown', null, ['monthsWorkedInIndonesia']])
    expect(withLegal(r.categoryReasons)).toEqual([
      ['ELIG_MISSING_FACT', [...PU_LEGAL, ...MIN_MONTHS_LEGAL]],
      ['ELIG_CAT_PU_COMPANY', PU_LEGAL],
      ['ELIG_CAT_PU_FOREIGNER', MIN_MONTHS_LEGAL],
      ['ELIG_CAT_FOREIGNER_TOO_SHORT', MIN_MONTHS_LEGAL],
    ])
    expect(r.categoryReasons[0]!.message).toBe(
      'Cannot be settled yet: it depends on facts not given (monthsWorkedInIndonesia).',
    )
  })

  it('neither nationality nor months: unknown, missing nationality then monthsWorkedInIndonesia', () => {
    const r = en({ asOf: D, relationship: 'employee-company', enterpriseSize: 'large' })
    expect(head(r)).toEqual([null, 'unknown', null, ['nationality', 'monthsWorkedInIndonesia']])
    expect(codes(r.categoryReasons)).toEqual([
      'ELIG_MISSING_FACT',
      'ELIG_CAT_PU_COMPANY',
      'ELIG_CAT_PU_FOREIGNER',
      'ELIG_CAT_FOREIGNER_TOO_SHORT',
    ])
    expect(r.categoryReasons[0]!.message).toBe(
      'Cannot be settled yet: it depends on facts not given (nationality, monthsWorkedInIndonesia).',
    )
  })

  it('5 months and no nationality: only the nationality decides (a citizen is PU whatever the months)', () => {
    const r = en({
      asOf: D,
      relationship: 'employee-company',
      monthsWorkedInIndonesia: 5,
      enterpriseSize: 'small',
    })
    expect(head(r)).toEqual([null, 'unknown', null, ['nationality']])
    expect(withLegal(r.categoryReasons)).toEqual([
      ['ELIG_MISSING_FACT', [...PU_LEGAL, ...MIN_MONTHS_LEGAL]],
      ['ELIG_CAT_PU_COMPANY', PU_LEGAL],
      ['ELIG_CAT_FOREIGNER_TOO_SHORT', MIN_MONTHS_LEGAL],
    ])
  })

  it('6 months and no nationality: PU either way, the category is settled without a foreigner reason', () => {
    const r = en({
      asOf: D,
      relationship: 'employee-company',
      monthsWorkedInIndonesia: 6,
      enterpriseSize: 'small',
    })
    expect(head(r)).toEqual(['PU', 'determined', 'PU_small', undefined])
    expect(withLegal(r.categoryReasons)).toEqual([['ELIG_CAT_PU_COMPANY', PU_LEGAL]])
  })
})

describe('category: outside BPJS TK (ASN → PT Taspen, TNI / Polri → PT Asabri)', () => {
  const cases = [
    [
      'asn',
      'ELIG_CAT_ASN',
      ASN_LEGAL,
      'PT Taspen',
      'ASN civil servants (PNS/PPPK)',
      'PP 70/2015 as amended by PP 66/2017',
    ],
    [
      'tni',
      'ELIG_CAT_TNI_POLRI',
      TNI_POLRI_LEGAL,
      'PT Asabri',
      'TNI soldiers',
      'PP 102/2015 as amended by PP 54/2020',
    ],
    [
      'polri',
      'ELIG_CAT_TNI_POLRI',
      TNI_POLRI_LEGAL,
      'PT Asabri',
      'Polri members',
      'PP 102/2015 as amended by PP 54/2020',
    ],
  ] as const
  for (const [rel, code, legal, admin, corps, pp] of cases)
    it(`${rel}: outside-bpjs-tk for ${code}; every program unavailable, run by ${admin}`, () => {
      const r = en({ asOf: D, relationship: rel })
      expect(head(r)).toEqual([null, 'outside-bpjs-tk', null, undefined])
      expect(withLegal(r.categoryReasons)).toEqual([[code, legal]])
      const cover = rel === 'asn' ? 'their work-accident and death cover' : 'their social insurance'
      expect(r.categoryReasons[0]!.message).toBe(
        `${corps} are outside BPJS Ketenagakerjaan: ${cover} is run by ${admin} under ${pp}.`,
      )
      for (const p of r.programs) {
        expect([p.status, p.missing]).toEqual(['unavailable', undefined])
        expect(withLegal(p.reasons)).toEqual([['ELIG_PROG_OUTSIDE', legal]])
        expect(p.reasons[0]!.message).toBe(`${p.program} is not available: the cover is run by ${admin}.`)
      }
    })
})

describe('category: non-ASN state staff (PU with a state employer, D18) and its dated basis', () => {
  const cases = [
    ['2015-07-01', 'ELIG_STATE_BASIS_UU_24_2011', BASIS_UU_24],
    ['2023-10-05', 'ELIG_STATE_BASIS_UU_24_2011', BASIS_UU_24],
    ['2023-10-06', 'ELIG_STATE_BASIS_PP_49_2023', BASIS_PP_49],
    ['2025-02-23', 'ELIG_STATE_BASIS_PP_49_2023', BASIS_PP_49],
    ['2025-02-24', 'ELIG_STATE_BASIS_PERMENAKER_1_2025', BASIS_PERMENAKER_1_2025],
  ] as const
  for (const [asOf, code, legal] of cases)
    it(`on ${asOf}: PU_STATE for ELIG_CAT_PU_STATE and ${code}`, () => {
      const r = en({ asOf, relationship: 'state-non-asn' })
      expect(head(r)).toEqual(['PU', 'determined', 'PU_STATE', undefined])
      expect(withLegal(r.categoryReasons)).toEqual([
        ['ELIG_CAT_PU_STATE', STATE_LEGAL],
        [code, legal],
      ])
    })

  it('the basis messages name the rule of each period', () => {
    const msg = (asOf: string) => en({ asOf, relationship: 'state-non-asn' }).categoryReasons[1]!.message
    expect(msg('2025-02-24')).toBe(
      'Permenaker 1/2025 Pasal 3A requires non-ASN employees to be registered for JKK and JKM.',
    )
    expect(msg('2024-01-01')).toBe(
      'Since PP 49/2023, PU of state employers are a JKK and JKM participant category.',
    )
    expect(msg('2020-01-01')).toMatch(/^Before PP 49\/2023 no text seen names non-ASN state employees/)
  })
})

describe('category: BPU (PP 44/2015 Pasal 5 ayat (3))', () => {
  for (const rel of ['self-employed', 'informal'] as const)
    it(`${rel}: BPU for ELIG_CAT_BPU_SELF`, () => {
      const r = en({ asOf: D, relationship: rel })
      expect(head(r)).toEqual(['BPU', 'determined', 'BPU', undefined])
      expect(withLegal(r.categoryReasons)).toEqual([['ELIG_CAT_BPU_SELF', BPU_LEGAL]])
    })

  it('employer (the owner): BPU for ELIG_CAT_BPU_EMPLOYER', () => {
    const r = en({ asOf: D, relationship: 'employer' })
    expect(head(r)).toEqual(['BPU', 'determined', 'BPU', undefined])
    expect(withLegal(r.categoryReasons)).toEqual([['ELIG_CAT_BPU_EMPLOYER', BPU_LEGAL]])
    expect(r.categoryReasons[0]!.message).toBe(
      'An employer (business owner) themselves is a non-wage participant (BPU).',
    )
  })

  it('a BPU paid from the APBD or APBN gets ELIG_GOVERNMENT_FUNDED (Inpres 2/2021, PP 50/2025)', () => {
    const apbd = en({ asOf: D, relationship: 'informal', payer: 'apbd' })
    expect(withLegal(apbd.categoryReasons)).toEqual([
      ['ELIG_CAT_BPU_SELF', BPU_LEGAL],
      ['ELIG_GOVERNMENT_FUNDED', GOV_FUNDED_LEGAL],
    ])
    expect(apbd.categoryReasons[1]!.message).toBe(
      'Contributions are paid from the APBD (regional government budget), as Inpres 2/2021 encourages; BPU whose contributions the APBN/APBD pays do not get the PP 50/2025 discount.',
    )
    const apbn = en({ asOf: D, relationship: 'employer', payer: 'apbn' })
    expect(codes(apbn.categoryReasons)).toEqual(['ELIG_CAT_BPU_EMPLOYER', 'ELIG_GOVERNMENT_FUNDED'])
    expect(apbn.categoryReasons[1]!.message).toMatch(
      /^Contributions are paid from the APBN \(state budget\),/,
    )
  })

  it('a BPU paying themselves or paid by someone else gets no government-funded reason', () => {
    for (const payer of ['self', 'other'] as const)
      expect(codes(en({ asOf: D, relationship: 'self-employed', payer }).categoryReasons)).toEqual([
        'ELIG_CAT_BPU_SELF',
      ])
  })
})

describe('category: construction projects (Jakon, Permenaker 44/2015 Pasal 2 ayat (1))', () => {
  const contracts = [
    ['casual', 'casual (daily)'],
    ['piece-rate', 'piece-rate'],
    ['fixed-term', 'fixed-term (PKWT)'],
  ] as const
  for (const [contract, word] of contracts)
    it(`a ${contract} worker is JAKON`, () => {
      const r = en({ asOf: D, relationship: 'construction-project', constructionContract: contract })
      expect(head(r)).toEqual(['JAKON', 'determined', 'JAKON', undefined])
      expect(withLegal(r.categoryReasons)).toEqual([['ELIG_CAT_JAKON', JAKON_LEGAL]])
      expect(r.categoryReasons[0]!.message).toBe(
        `A ${word} worker on a construction project is registered per project by the project owner or contractor (Jakon).`,
      )
    })

  it('permanent staff of a contractor are PU of their company', () => {
    const r = en({
      asOf: D,
      relationship: 'construction-project',
      constructionContract: 'permanent',
      nationality: 'WNI',
      enterpriseSize: 'medium',
    })
    expect(head(r)).toEqual(['PU', 'determined', 'PU_medium', undefined])
    expect(withLegal(r.categoryReasons)).toEqual([['ELIG_CAT_CONSTRUCTION_PERMANENT', PU_LEGAL]])
  })

  it('without the contract the category is unknown (Jakon or PU), missing constructionContract', () => {
    const r = en({
      asOf: D,
      relationship: 'construction-project',
      nationality: 'WNI',
      enterpriseSize: 'large',
    })
    expect(head(r)).toEqual([null, 'unknown', null, ['constructionContract']])
    expect(withLegal(r.categoryReasons)).toEqual([
      ['ELIG_MISSING_FACT', [...JAKON_LEGAL, ...PU_LEGAL]],
      ['ELIG_CAT_JAKON', JAKON_LEGAL],
      ['ELIG_CAT_JAKON', JAKON_LEGAL],
      ['ELIG_CAT_JAKON', JAKON_LEGAL],
      ['ELIG_CAT_CONSTRUCTION_PERMANENT', PU_LEGAL],
    ])
  })
})

describe('category: migrant workers (PMI, from Permenaker 7/2017 on 2017-08-01)', () => {
  it('before 2017-08-01 a migrant worker is not a participant (private TKI insurance)', () => {
    const r = en({ asOf: '2017-07-31', relationship: 'migrant-worker' })
    expect(head(r)).toEqual([null, 'not-a-participant', null, undefined])
    expect(withLegal(r.categoryReasons)).toEqual([
      ['ELIG_CAT_PMI', PMI_LEGAL],
      ['ELIG_SEGMENT_NOT_COVERED_PMI', [{ source: 'PERMENAKER-7-2017' }]],
    ])
    for (const p of r.programs) {
      expect(p.status).toBe('unavailable')
      expect(withLegal(p.reasons)).toEqual([
        ['ELIG_PROG_NOT_PARTICIPANT', [...PMI_LEGAL, { source: 'PERMENAKER-7-2017' }]],
      ])
    }
  })

  for (const asOf of ['2017-08-01', D])
    it(`on ${asOf} a migrant worker is PMI`, () => {
      const r = en({ asOf, relationship: 'migrant-worker' })
      expect(head(r)).toEqual(['PMI', 'determined', 'PMI', undefined])
      expect(withLegal(r.categoryReasons)).toEqual([['ELIG_CAT_PMI', PMI_LEGAL]])
    })
})

describe('category: interns (Permenaker 5/2021, from 2021-04-01)', () => {
  it('an intern of a company from 2021-04-01 is BPU on the INTERN row', () => {
    for (const employerType of ['company', 'individual'] as const) {
      const r = en({ asOf: '2021-04-01', relationship: 'intern', employerType })
      expect(head(r)).toEqual(['BPU', 'determined', 'INTERN', undefined])
      expect(withLegal(r.categoryReasons)).toEqual([['ELIG_CAT_INTERN', INTERN_LEGAL]])
    }
  })

  it('before 2021-04-01 the intern row is unsettled: unknown with nothing missing', () => {
    const r = en({ asOf: '2021-03-31', relationship: 'intern', employerType: 'company' })
    expect(head(r)).toEqual([null, 'unknown', null, []])
    expect(withLegal(r.categoryReasons)).toEqual([
      ['ELIG_CAT_INTERN', INTERN_LEGAL],
      ['ELIG_SEGMENT_UNSETTLED_INTERN', INTERN_LEGAL],
    ])
    for (const p of r.programs) {
      expect([p.status, p.missing]).toEqual(['unknown', []])
      expect(codes(p.reasons)).toEqual(['ELIG_CAT_INTERN', 'ELIG_SEGMENT_UNSETTLED_INTERN'])
    }
  })

  it('an intern of a state body is unsettled (the rule covers non-state employers only)', () => {
    const r = en({ asOf: D, relationship: 'intern', employerType: 'state' })
    expect(head(r)).toEqual([null, 'unknown', null, []])
    expect(withLegal(r.categoryReasons)).toEqual([['ELIG_INTERN_STATE_UNSETTLED', INTERN_LEGAL]])
    for (const p of r.programs) {
      expect([p.status, p.missing]).toEqual(['unknown', []])
      expect(codes(p.reasons)).toEqual(['ELIG_INTERN_STATE_UNSETTLED'])
    }
  })

  it('an intern without the employer type: unknown, missing employerType', () => {
    const r = en({ asOf: D, relationship: 'intern' })
    expect(head(r)).toEqual([null, 'unknown', null, ['employerType']])
    expect(withLegal(r.categoryReasons)).toEqual([
      ['ELIG_MISSING_FACT', INTERN_LEGAL],
      ['ELIG_INTERN_STATE_UNSETTLED', INTERN_LEGAL],
      ['ELIG_CAT_INTERN', INTERN_LEGAL],
    ])
    expect(r.categoryReasons[0]!.message).toBe(
      'Cannot be settled yet: it depends on facts not given (employerType).',
    )
  })
})

describe('category: religious workers, RT/RW heads, vulnerable workers (BPU unless wageEarner)', () => {
  it('by default BPU for ELIG_CAT_VULNERABLE_BPU_DEFAULT (citing Inpres 2/2021 too)', () => {
    const r = en({ asOf: D, relationship: 'religious-worker' })
    expect(head(r)).toEqual(['BPU', 'determined', 'BPU', undefined])
    expect(withLegal(r.categoryReasons)).toEqual([['ELIG_CAT_VULNERABLE_BPU_DEFAULT', VULNERABLE_BPU_LEGAL]])
    expect(r.categoryReasons[0]!.message).toBe(
      'A religious worker (marbot, imam, muezzin, Quran teacher) is recorded as a BPU participant unless the caller says they earn a wage (wageEarner: true).',
    )
  })

  it('wageEarner false: BPU for ELIG_CAT_VULNERABLE_BPU', () => {
    const r = en({ asOf: D, relationship: 'rt-rw-head', wageEarner: false })
    expect(head(r)).toEqual(['BPU', 'determined', 'BPU', undefined])
    expect(withLegal(r.categoryReasons)).toEqual([['ELIG_CAT_VULNERABLE_BPU', VULNERABLE_BPU_LEGAL]])
    expect(r.categoryReasons[0]!.message).toBe('An RT/RW head who does not earn a wage is a BPU participant.')
  })

  it('a vulnerable BPU paid from the APBD gets the government-funded reason', () => {
    const r = en({ asOf: D, relationship: 'vulnerable-worker', wageEarner: false, payer: 'apbd' })
    expect(withLegal(r.categoryReasons)).toEqual([
      ['ELIG_CAT_VULNERABLE_BPU', VULNERABLE_BPU_LEGAL],
      ['ELIG_GOVERNMENT_FUNDED', GOV_FUNDED_LEGAL],
    ])
    expect(r.categoryReasons[0]!.message).toBe(
      'A vulnerable worker who does not earn a wage is a BPU participant.',
    )
  })

  it('wageEarner true with a company employer: PU of the company row', () => {
    const r = en({
      asOf: D,
      relationship: 'vulnerable-worker',
      wageEarner: true,
      employerType: 'company',
      nationality: 'WNI',
      enterpriseSize: 'micro',
    })
    expect(head(r)).toEqual(['PU', 'determined', 'PU_micro', undefined])
    expect(withLegal(r.categoryReasons)).toEqual([['ELIG_CAT_VULNERABLE_WAGE', PU_LEGAL]])
    expect(r.categoryReasons[0]!.message).toBe(
      'A vulnerable worker who earns a wage from an employer is a wage-earning participant (PU).',
    )
  })

  it('wageEarner true with a state employer: PU_STATE with the dated state basis', () => {
    const r = en({ asOf: D, relationship: 'religious-worker', wageEarner: true, employerType: 'state' })
    expect(head(r)).toEqual(['PU', 'determined', 'PU_STATE', undefined])
    expect(withLegal(r.categoryReasons)).toEqual([
      ['ELIG_CAT_VULNERABLE_WAGE', PU_LEGAL],
      ['ELIG_STATE_BASIS_PERMENAKER_1_2025', BASIS_PERMENAKER_1_2025],
    ])
  })

  it('wageEarner true without the employer: PU in every case, the row open', () => {
    const r = en({
      asOf: D,
      relationship: 'rt-rw-head',
      wageEarner: true,
      nationality: 'WNI',
      enterpriseSize: 'large',
    })
    expect(head(r)).toEqual(['PU', 'determined', null, undefined])
    expect(codes(r.categoryReasons)).toEqual([
      'ELIG_CAT_VULNERABLE_WAGE',
      'ELIG_STATE_BASIS_PERMENAKER_1_2025',
    ])
  })
})

describe('category: part-time PPPK (L6) citations', () => {
  const L6_LEGAL: Cite[] = [
    { source: 'UU-20-2023' },
    { source: 'PERMENAKER-1-2025', article: 'Pasal 3A' },
    { source: 'DECISIONS', article: 'L6' },
  ]
  it('from UU 20/2023 (2023-10-31): every reason cites exactly the sources of L6', () => {
    const r = en({ asOf: '2023-10-31', relationship: 'pppk-part-time' })
    expect(head(r)).toEqual(['PU', 'determined', 'PU_STATE', undefined])
    expect(withLegal(r.categoryReasons)).toEqual([['ELIG_CAT_PPPK_PART_TIME', L6_LEGAL]])
    expect(r.programs.map((p) => [p.program, p.status, p.missing, withLegal(p.reasons)])).toEqual([
      ['JKK', 'mandatory', undefined, [['ELIG_PPPK_PART_TIME_PROGRAM', L6_LEGAL]]],
      ['JKM', 'mandatory', undefined, [['ELIG_PPPK_PART_TIME_PROGRAM', L6_LEGAL]]],
      ['JHT', 'unknown', [], [['ELIG_PPPK_PART_TIME_UNSETTLED', L6_LEGAL]]],
      ['JP', 'unknown', [], [['ELIG_PPPK_PART_TIME_UNSETTLED', L6_LEGAL]]],
      ['JKP', 'unknown', [], [['ELIG_PPPK_PART_TIME_UNSETTLED', L6_LEGAL]]],
    ])
    expect(r.programs[0]!.reasons[0]!.message).toBe('For a part-time PPPK, JKK is mandatory (decision L6).')
    expect(r.programs[3]!.reasons[0]!.message).toBe(
      'No source seen says whether JP applies to a part-time PPPK (decision L6): the answer cannot be settled yet.',
    )
  })

  it('the day before: unknown with nothing missing, citing UU 20/2023 and L6', () => {
    const r = en({ asOf: '2023-10-30', relationship: 'pppk-part-time' })
    expect(head(r)).toEqual([null, 'unknown', null, []])
    const legal = [{ source: 'UU-20-2023' }, { source: 'DECISIONS', article: 'L6' }]
    expect(withLegal(r.categoryReasons)).toEqual([['ELIG_PPPK_PART_TIME_BEFORE_LAW', legal]])
    expect(r.categoryReasons[0]!.message).toBe(
      'Part-time PPPK exist from UU 20/2023 (in force 2023-10-31); before that date check the person as non-ASN staff (`state-non-asn`).',
    )
    for (const p of r.programs)
      expect([p.status, p.missing, withLegal(p.reasons)]).toEqual([
        'unknown',
        [],
        [['ELIG_PPPK_PART_TIME_BEFORE_LAW', legal]],
      ])
  })
})

describe('category: a matrix row without any program (per-call override of programs.matrix)', () => {
  // The library's own matrix has such rows only for PMI before Permenaker 7/2017 (every program unavailable)
  // and for interns before Permenaker 5/2021 (every program unknown), each with a reason of its own (above).
  // The general reasons, naming the row, are reached only by overriding the matrix; a caller's value carries
  // no citations, so those reasons cite nothing.
  type Row = Record<string, string>
  const every = (status: string): Row => ({ JKK: status, JKM: status, JHT: status, JP: status, JKP: status })
  const matrixWith = (segment: 'BPU' | 'JAKON', row: Row): CalculationOptions => {
    const own = getParameter('programs.matrix')!.values.at(-1)!.value as Record<string, unknown>
    return { parameters: { 'programs.matrix': { ...structuredClone(own), [segment]: row } } }
  }

  it('every BPU program unavailable: not a participant, for ELIG_SEGMENT_NOT_COVERED naming the BPU row', () => {
    const r = en({ asOf: D, relationship: 'self-employed' }, matrixWith('BPU', every('unavailable')))
    expect(head(r)).toEqual([null, 'not-a-participant', null, undefined])
    expect(withLegal(r.categoryReasons)).toEqual([
      ['ELIG_CAT_BPU_SELF', BPU_LEGAL],
      ['ELIG_SEGMENT_NOT_COVERED', []],
    ])
    expect(r.categoryReasons[1]!.message).toBe(
      'On this date non-wage participants (BPU) were not yet covered by BPJS Ketenagakerjaan.',
    )
    for (const p of r.programs) {
      expect([p.status, p.missing]).toEqual(['unavailable', undefined])
      expect(withLegal(p.reasons)).toEqual([['ELIG_PROG_NOT_PARTICIPANT', BPU_LEGAL]])
    }
  })

  it('every Jakon program unknown: unknown with nothing missing, for ELIG_SEGMENT_UNSETTLED naming the row', () => {
    const r = en(
      { asOf: D, relationship: 'construction-project', constructionContract: 'casual' },
      matrixWith('JAKON', every('unknown')),
    )
    expect(head(r)).toEqual([null, 'unknown', null, []])
    expect(withLegal(r.categoryReasons)).toEqual([
      ['ELIG_CAT_JAKON', JAKON_LEGAL],
      ['ELIG_SEGMENT_UNSETTLED', []],
    ])
    expect(r.categoryReasons[1]!.message).toBe(
      'The status of construction project workers (Jakon) on this date cannot be settled from the available sources.',
    )
    for (const p of r.programs) {
      expect([p.status, p.missing]).toEqual(['unknown', []])
      expect(codes(p.reasons)).toEqual(['ELIG_CAT_JAKON', 'ELIG_SEGMENT_UNSETTLED'])
    }
  })
})

describe('category: the basis of non-ASN state staff overridden per call', () => {
  it('a basis the library has no reason for: the general ELIG_STATE_BASIS reason, naming the basis', () => {
    const r = en(
      { asOf: D, relationship: 'state-non-asn' },
      { parameters: { 'eligibility.stateNonAsn.basis': 'PERPRES-1-2030' } },
    )
    expect(head(r)).toEqual(['PU', 'determined', 'PU_STATE', undefined])
    // a caller's value carries no citations
    expect(withLegal(r.categoryReasons)).toEqual([
      ['ELIG_CAT_PU_STATE', STATE_LEGAL],
      ['ELIG_STATE_BASIS', []],
    ])
    expect(r.categoryReasons[1]!.message).toBe('Legal basis for enrolling non-ASN employees: PERPRES-1-2030.')
  })

  it('a basis not in force on the date: the rule stops with PARAMETER_NOT_IN_FORCE, not another error', () => {
    // replaced by one value from 2026-01-01: on 2025-03-01 the basis has no value
    const options: CalculationOptions = {
      parameters: {
        'eligibility.stateNonAsn.basis': {
          mode: 'replace',
          values: [{ from: '2026-01-01', value: 'PERPRES-1-2026' }],
        },
      },
    }
    let error: unknown
    try {
      en({ asOf: D, relationship: 'state-non-asn' }, options)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BpjsRuleError)
    expect(error).toMatchObject({
      code: 'PARAMETER_NOT_IN_FORCE',
      params: { parameterId: 'eligibility.stateNonAsn.basis', date: D },
      message: 'Parameter eligibility.stateNonAsn.basis is not in force on 2025-03-01.',
    })
    // on the first day of the replacement the basis is read
    expect(codes(en({ asOf: '2026-01-01', relationship: 'state-non-asn' }, options).categoryReasons)).toEqual(
      ['ELIG_CAT_PU_STATE', 'ELIG_STATE_BASIS'],
    )
  })
})

describe('category: part-time PPPK with the L6 row overridden per call', () => {
  it('conditional is unknown with nothing missing (the conditions are not checked for the group); other statuses stand', () => {
    const r = en(
      { asOf: D, relationship: 'pppk-part-time' },
      {
        parameters: {
          'eligibility.pppkPartTime.programs': {
            JKK: 'conditional',
            JKM: 'optional',
            JHT: 'unavailable',
            JP: 'unknown',
            JKP: 'mandatory',
          },
        },
      },
    )
    expect(head(r)).toEqual(['PU', 'determined', 'PU_STATE', undefined])
    expect(r.programs.map((p) => [p.program, p.status, p.missing, withLegal(p.reasons)])).toEqual([
      ['JKK', 'unknown', [], [['ELIG_PPPK_PART_TIME_PROGRAM', []]]],
      ['JKM', 'optional', undefined, [['ELIG_PPPK_PART_TIME_PROGRAM', []]]],
      ['JHT', 'unavailable', undefined, [['ELIG_PPPK_PART_TIME_PROGRAM', []]]],
      ['JP', 'unknown', [], [['ELIG_PPPK_PART_TIME_UNSETTLED', []]]],
      ['JKP', 'mandatory', undefined, [['ELIG_PPPK_PART_TIME_PROGRAM', []]]],
    ])
    expect(r.programs.map((p) => p.reasons[0]!.message)).toEqual([
      'For a part-time PPPK, JKK is mandatory when its conditions are met (decision L6).',
      'For a part-time PPPK, JKM is optional (voluntary) (decision L6).',
      'For a part-time PPPK, JHT is not available (decision L6).',
      'No source seen says whether JP applies to a part-time PPPK (decision L6): the answer cannot be settled yet.',
      'For a part-time PPPK, JKP is mandatory (decision L6).',
    ])
  })
})

describe('category: the explanation step (the given inputs and the parameters the category rests on)', () => {
  it('a citizen employee: the matrix only, not the foreign-worker minimum (it applies to foreigners)', () => {
    const r = en({ asOf: D, relationship: 'employee-company', nationality: 'WNI', enterpriseSize: 'large' })
    expect(categoryStep(r).parameters.map((p) => p.id)).toEqual(['programs.matrix'])
    expect(categoryStep(r).value).toBe('PU')
  })

  it('a part-time PPPK: the matrix and the L6 row (in force from 2023-10-31)', () => {
    const r = en({ asOf: D, relationship: 'pppk-part-time' })
    expect(categoryStep(r).parameters.map((p) => [p.id, p.from])).toEqual([
      ['programs.matrix', '2025-02-24'],
      ['eligibility.pppkPartTime.programs', '2023-10-31'],
    ])
    expect(categoryStep(r).parameters[1]!.value).toEqual({
      JKK: 'mandatory',
      JKM: 'mandatory',
      JHT: 'unknown',
      JP: 'unknown',
      JKP: 'unknown',
    })
  })

  it('the inputs are the fields given: a list is listed whole, a field given as undefined is left out', () => {
    // a JavaScript caller may pass a field as undefined; it is not an input of the step
    const input = {
      asOf: D,
      relationship: 'self-employed',
      birthDate: undefined,
      enrolledPrograms: ['JKK', 'JKM', 'JHT'],
    } as unknown as EligibilityInput
    const s = categoryStep(en(input))
    expect(Object.keys(s.inputs)).toEqual(['asOf', 'relationship', 'enrolledPrograms'])
    expect(s.inputs).toEqual({
      asOf: D,
      relationship: 'self-employed',
      enrolledPrograms: ['JKK', 'JKM', 'JHT'],
    })
  })
})
