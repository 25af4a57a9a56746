/**
 * checkJhtClaim on the grounds that need no age: death (PP 60/2015 Pasal 26; the heirs in the legal order, or
 * the Balai Harta Peninggalan when there is none: jht.death.noHeirRecipient, Permenaker 19/2015 and 4/2022),
 * total permanent disability (rule `jht.disability`: the 1st of the month after the determination, low
 * confidence, jht.claim.disabilityPayableFrom) and leaving Indonesia for good (foreign nationals only,
 * Permenaker 4/2022 Pasal 12). Expected values from src/parameters/jht.ts and the messages.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { calculateJhtClaim, checkJhtClaim } from '../../../src/benefits/jht/claim.js'
import type { JhtClaimResult } from '../../../src/benefits/jht/types.js'

const EN = { locale: 'en' } as const
const PP60_26 = { source: 'PP-60-2015', article: 'Pasal 26' }
const P19 = { source: 'PERMENAKER-19-2015' }
const P4 = { source: 'PERMENAKER-4-2022' }
const P4_12 = { source: 'PERMENAKER-4-2022', article: 'Pasal 12' }
const D26 = { source: 'DECISIONS', article: 'D26' }
const ORDER_LEGAL = [
  { source: 'PP-44-2015', article: 'Pasal 37 ayat (5)' },
  { source: 'PERMENAKER-44-2015', article: 'Pasal 19 ayat (2)' },
  { source: 'PERMENAKER-4-2023', article: 'Pasal 57 ayat (4)' },
]
const DEATH = { ground: 'death', claimDate: '2024-01-01', dateOfDeath: '2023-12-20' } as const
const deathGround = (date: string) => ({
  code: 'JHT_DEATH_GROUND',
  kind: 'met',
  message: `The participant died on ${date}: the JHT is paid.`,
  legal: [PP60_26],
})

describe('death without family given: the heirs, not yet named', () => {
  let r: JhtClaimResult
  beforeEach(() => {
    r = checkJhtClaim(DEATH, EN)
  })

  it('payable from the date of death to the heirs; the ground and the heirs note with their citations', () => {
    expect([r.status, r.payableFrom, r.recipient, r.heirs, r.amount, r.tax]).toEqual([
      'payable',
      '2023-12-20',
      'heirs',
      null,
      null,
      null,
    ])
    expect(r.reasons).toEqual([
      deathGround('2023-12-20'),
      {
        code: 'JHT_DEATH_HEIRS',
        kind: 'note',
        message:
          'The JHT is paid to the heirs; with no heir, the balance goes to the Balai Harta Peninggalan.',
        legal: [P19, P4],
      },
    ])
    expect(r.timeline).toEqual([
      { from: '2023-12-20', amount: 0, text: 'From 2023-12-20, the heirs can claim the JHT.' },
    ])
    expect(r.explanation.steps).toEqual([])
    expect(r.warnings).toEqual([])
  })

  it('in Indonesian', () => {
    const id = checkJhtClaim(DEATH)
    expect(id.reasons.map((x) => x.message)).toEqual([
      'Peserta meninggal dunia pada 2023-12-20: JHT dibayar.',
      'JHT dibayar kepada ahli waris; bila tidak ada ahli waris, saldo diserahkan ke Balai Harta Peninggalan.',
    ])
    expect(id.timeline).toEqual([
      { from: '2023-12-20', amount: 0, text: 'Mulai 2023-12-20, ahli waris dapat mengklaim JHT.' },
    ])
  })

  it('a death on the claim date is accepted', () => {
    const same = checkJhtClaim({ ...DEATH, dateOfDeath: '2024-01-01' }, EN)
    expect([same.status, same.payableFrom]).toEqual(['payable', '2024-01-01'])
  })

  it('without the date of death: incomplete, still the heirs as recipient, nothing named', () => {
    const m = checkJhtClaim({ ground: 'death', claimDate: '2024-01-01' }, EN)
    expect([m.status, m.missing, m.recipient, m.heirs, m.payableFrom, m.timeline]).toEqual([
      'incomplete',
      ['dateOfDeath'],
      'heirs',
      null,
      null,
      [],
    ])
    expect(m.reasons).toEqual([
      {
        code: 'MISSING_FACT',
        kind: 'missing',
        message: 'Not given: the date of death (field dateOfDeath). The library does not assume it.',
        legal: [],
        path: ['dateOfDeath'],
      },
    ])
  })
})

describe('death with the family given: heirs in the legal order, or the Balai Harta Peninggalan', () => {
  it('no relative: the Balai Harta Peninggalan (not the DJS as for JKM), with its step', () => {
    const r = checkJhtClaim({ ...DEATH, family: [] }, EN)
    expect([r.status, r.recipient, r.heirs]).toEqual([
      'payable',
      'balai-harta-peninggalan',
      { group: null, members: [] },
    ])
    expect(r.reasons).toEqual([
      deathGround('2023-12-20'),
      {
        code: 'JHT_DEATH_NO_HEIR',
        kind: 'met',
        message:
          'No heir in any group of the order: the JHT balance goes to the Balai Harta Peninggalan (state estate office; not the DJS as for JKM).',
        legal: [P19, P4],
      },
    ])
    expect(r.explanation.steps).toEqual([
      {
        rule: 'jht.death.recipient',
        description: 'No heir: the JHT balance goes to the Balai Harta Peninggalan.',
        inputs: {},
        parameters: [
          { id: 'jht.death.noHeirRecipient', value: 'balai-harta-peninggalan', from: '2015-07-01' },
        ],
        legal: [P19, P4],
        value: 'balai-harta-peninggalan',
      },
    ])
    expect(r.timeline).toEqual([
      {
        from: '2023-12-20',
        amount: 0,
        text: 'From 2023-12-20, the Balai Harta Peninggalan (state estate office) can claim the JHT.',
      },
    ])
  })

  it('no relative, with the balance: the lump sum is paid to the Balai Harta Peninggalan (one office, singular)', () => {
    // was "the Balai Harta Peninggalan (state estate office) receive the JHT": the verb agreed with "you" and
    // "the heirs" only; the English text now reads the same for every recipient
    const input = { ...DEATH, family: [], balance: 50000000 }
    const r = calculateJhtClaim(input, EN)
    expect([r.status, r.recipient, r.amount]).toEqual(['payable', 'balai-harta-peninggalan', 50000000])
    expect(r.timeline).toEqual([
      {
        from: '2023-12-20',
        amount: 50000000,
        text:
          'From 2023-12-20, the JHT is paid to the Balai Harta Peninggalan (state estate office) as a lump sum of Rp50.000.000.' +
          ' Final PPh 21 Rp0; net Rp50.000.000.',
      },
    ])
    expect(calculateJhtClaim(input).timeline[0]!.text).toBe(
      'Mulai 2023-12-20, Balai Harta Peninggalan menerima JHT sekaligus Rp50.000.000. PPh 21 final Rp0; bersih Rp50.000.000.',
    )
  })

  it('the same text for you and for the heirs (a resignation; a death with a spouse)', () => {
    const own = calculateJhtClaim(
      {
        ground: 'resignation',
        claimDate: '2024-01-01',
        birthDate: '1990-01-01',
        separationDate: '2023-11-30',
        workingElsewhere: false,
        balance: 50000000,
      },
      EN,
    )
    expect(own.timeline[0]!.text).toBe(
      'From 2023-12-30, the JHT is paid to you as a lump sum of Rp50.000.000. Final PPh 21 Rp0; net Rp50.000.000.',
    )
    const heirs = calculateJhtClaim({ ...DEATH, family: [{ relation: 'spouse' }], balance: 50000000 }, EN)
    expect(heirs.timeline[0]!.text).toBe(
      'From 2023-12-20, the JHT is paid to the heirs as a lump sum of Rp50.000.000. Final PPh 21 Rp0; net Rp50.000.000.',
    )
  })

  it('no relative, in Indonesian', () => {
    const r = checkJhtClaim({ ...DEATH, family: [] })
    expect(r.reasons[1]!.message).toBe(
      'Tidak ada ahli waris dalam urutan mana pun: saldo JHT diserahkan ke Balai Harta Peninggalan (bukan DJS seperti JKM).',
    )
    expect(r.explanation.steps[0]!.description).toBe(
      'Tidak ada ahli waris: saldo JHT diserahkan ke Balai Harta Peninggalan.',
    )
    expect(r.timeline[0]!.text).toBe('Mulai 2023-12-20, Balai Harta Peninggalan dapat mengklaim JHT.')
  })

  it('a spouse: group 1, the heirs’ group reason, then the count and rank', () => {
    const r = checkJhtClaim({ ...DEATH, family: [{ relation: 'spouse', name: 'Sari' }] }, EN)
    expect([r.recipient, r.heirs]).toEqual([
      'heirs',
      {
        group: { rank: 1, code: 'SPOUSE_OR_CHILD' },
        members: [{ source: 'family', index: 0, relation: 'spouse', name: 'Sari' }],
      },
    ])
    expect(r.reasons).toEqual([
      deathGround('2023-12-20'),
      {
        code: 'HEIRS_GROUP',
        kind: 'met',
        message: 'The heirs are group 1 (widow, widower or child): 1 person(s).',
        legal: ORDER_LEGAL,
      },
      {
        code: 'JHT_DEATH_HEIRS_NAMED',
        kind: 'note',
        message: 'The JHT balance goes to 1 heir(s) of group 1 of the order.',
        legal: [P19, P4],
      },
    ])
    expect(r.explanation.steps).toEqual([])
    expect(r.timeline[0]!.text).toBe('From 2023-12-20, the heirs can claim the JHT.')
  })

  it('two parents and a sibling: group 2, the sibling excluded (a note kept), two heirs', () => {
    const r = checkJhtClaim(
      {
        ...DEATH,
        family: [{ relation: 'sibling' }, { relation: 'parent' }, { relation: 'parent' }],
      },
      EN,
    )
    expect(r.heirs).toEqual({
      group: { rank: 2, code: 'DIRECT_LINE_TO_SECOND_DEGREE' },
      members: [
        { source: 'family', index: 1, relation: 'parent' },
        { source: 'family', index: 2, relation: 'parent' },
      ],
    })
    expect(r.reasons.map((x) => [x.code, x.kind])).toEqual([
      ['JHT_DEATH_GROUND', 'met'],
      ['HEIRS_GROUP', 'met'],
      ['HEIRS_LOWER_GROUPS_EXCLUDED', 'note'],
      ['JHT_DEATH_HEIRS_NAMED', 'note'],
    ])
    expect(r.reasons[3]!.message).toBe('The JHT balance goes to 2 heir(s) of group 2 of the order.')
    expect(r.warnings.map((w) => w.code)).toEqual(['HEIR_SPLIT_NOT_SET'])
  })

  it('in Indonesian, the named heirs', () => {
    const r = checkJhtClaim({ ...DEATH, family: [{ relation: 'child' }] })
    expect(r.reasons[2]).toEqual({
      code: 'JHT_DEATH_HEIRS_NAMED',
      kind: 'note',
      message: '1 ahli waris dalam kelompok urutan ke-1 menerima saldo JHT.',
      legal: [P19, P4],
    })
  })

  it('only a will: group 5, the will’s beneficiary', () => {
    const r = checkJhtClaim({ ...DEATH, family: [], willBeneficiaries: [{ name: 'Budi' }] }, EN)
    expect(r.heirs).toEqual({
      group: { rank: 5, code: 'WILL' },
      members: [{ source: 'will', index: 0, relation: 'will-beneficiary', name: 'Budi' }],
    })
    expect(r.recipient).toBe('heirs')
  })
})

describe('jht.disability: the 1st of the month after the determination (low confidence)', () => {
  const LOW = {
    code: 'LOW_CONFIDENCE_RULE',
    message:
      'This rule uses parameter jht.claim.disabilityPayableFrom, whose confidence is low (no primary text seen). Check it before relying on it for a decision.',
    parameterId: 'jht.claim.disabilityPayableFrom',
  }
  const step = (det: string, date: string, value = 'first-of-next-month') => ({
    rule: 'jht.disability',
    description: `Total permanent disability determined ${det}: payable from ${date}.`,
    inputs: { disabilityDate: det },
    parameters: [{ id: 'jht.claim.disabilityPayableFrom', value, from: '2015-07-01' }],
    legal: [P4, D26],
    value: date,
  })

  it('determined 2023-12-15, claimed 2024-01-01: payable (the year turns)', () => {
    const r = checkJhtClaim(
      { ground: 'disability', claimDate: '2024-01-01', disabilityDate: '2023-12-15' },
      EN,
    )
    expect([r.status, r.payableFrom, r.recipient]).toEqual(['payable', '2024-01-01', 'participant'])
    expect(r.explanation.steps).toEqual([step('2023-12-15', '2024-01-01')])
    expect(r.reasons).toEqual([
      {
        code: 'JHT_DISABILITY',
        kind: 'met',
        message: 'The JHT is paid for total permanent disability, from 2024-01-01.',
        legal: [PP60_26, P4, D26],
      },
    ])
    expect(r.warnings).toEqual([LOW])
    expect(r.timeline).toEqual([
      { from: '2024-01-01', amount: 0, text: 'From 2024-01-01, you can claim the JHT.' },
    ])
  })

  it('claimed the day before: not yet, the same reason code not met', () => {
    const r = checkJhtClaim(
      { ground: 'disability', claimDate: '2023-12-31', disabilityDate: '2023-12-15' },
      EN,
    )
    expect([r.status, r.payableFrom]).toEqual(['not-yet', '2024-01-01'])
    expect(r.reasons).toEqual([
      {
        code: 'JHT_DISABILITY',
        kind: 'not-met',
        message: 'The JHT is paid for total permanent disability, from 2024-01-01.',
        legal: [PP60_26, P4, D26],
      },
    ])
  })

  it('in Indonesian', () => {
    const r = checkJhtClaim({ ground: 'disability', claimDate: '2024-03-01', disabilityDate: '2024-02-29' })
    expect(r.explanation.steps).toEqual([
      {
        ...step('2024-02-29', '2024-03-01'),
        description: 'Cacat total tetap ditetapkan 2024-02-29: dapat dibayar sejak 2024-03-01.',
      },
    ])
    expect(r.reasons[0]!.message).toBe('JHT dibayar karena cacat total tetap, sejak 2024-03-01.')
  })

  it('overridden to the determination date: payable that day, the override warned', () => {
    const r = checkJhtClaim(
      { ground: 'disability', claimDate: '2023-12-15', disabilityDate: '2023-12-15' },
      {
        locale: 'en',
        parameters: { 'jht.claim.disabilityPayableFrom': 'determination-date' },
      },
    )
    expect([r.status, r.payableFrom]).toEqual(['payable', '2023-12-15'])
    expect(r.explanation.steps[0]!.value).toBe('2023-12-15')
    expect(r.explanation.steps[0]!.parameters.map((p) => p.value)).toEqual(['determination-date'])
    expect(r.warnings.map((w) => w.code)).toContain('PARAMETER_OVERRIDDEN')
  })

  it('without the determination date: incomplete', () => {
    const r = checkJhtClaim({ ground: 'disability', claimDate: '2024-01-01' }, EN)
    expect(r.reasons).toEqual([
      {
        code: 'MISSING_FACT',
        kind: 'missing',
        message:
          'Not given: the date of the total permanent disability determination (field disabilityDate). The library does not assume it.',
        legal: [],
        path: ['disabilityDate'],
      },
    ])
    expect([r.status, r.recipient, r.explanation.steps]).toEqual(['incomplete', 'participant', []])
  })
})

describe('leaving Indonesia for good: foreign nationals only (Permenaker 4/2022 Pasal 12)', () => {
  it('foreign: payable on the claim date', () => {
    const r = checkJhtClaim(
      { ground: 'leaving-indonesia', claimDate: '2024-01-01', nationality: 'foreign' },
      EN,
    )
    expect([r.status, r.payableFrom, r.recipient, r.explanation.steps, r.warnings]).toEqual([
      'payable',
      '2024-01-01',
      'participant',
      [],
      [],
    ])
    expect(r.reasons).toEqual([
      {
        code: 'JHT_LEAVING_FOREIGN',
        kind: 'met',
        message: 'A foreign national leaving Indonesia for good may claim the JHT.',
        legal: [P4_12],
      },
    ])
    expect(r.timeline).toEqual([
      { from: '2024-01-01', amount: 0, text: 'From 2024-01-01, you can claim the JHT.' },
    ])
  })

  it('Indonesian citizen: not payable, no date, no timeline', () => {
    const r = checkJhtClaim({
      ground: 'leaving-indonesia',
      claimDate: '2024-01-01',
      nationality: 'indonesian',
    })
    expect([r.status, r.payableFrom, r.timeline]).toEqual(['not-payable', null, []])
    expect(r.reasons).toEqual([
      {
        code: 'JHT_LEAVING_CITIZEN',
        kind: 'not-met',
        message: 'Klaim karena meninggalkan Indonesia hanya untuk warga negara asing.',
        legal: [P4_12],
      },
    ])
  })

  it('nationality missing', () => {
    const r = checkJhtClaim({ ground: 'leaving-indonesia', claimDate: '2024-01-01' })
    expect(r.reasons).toEqual([
      {
        code: 'MISSING_FACT',
        kind: 'missing',
        message:
          'Data belum diberikan: kewarganegaraan peserta (kolom nationality). Pustaka ini tidak mengasumsikannya.',
        legal: [],
        path: ['nationality'],
      },
    ])
  })
})
