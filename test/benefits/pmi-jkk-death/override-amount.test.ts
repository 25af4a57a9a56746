/**
 * The two PMI amounts the sources do not give (`jkkDeath.pmi.beforeAfter.amount` and
 * `jkm.pmi.duringWork.funeral`, `{ amount: null }` in src/parameters/pmi-jkk.ts) are given by a caller who
 * knows them (decision D26, library choice L5). Their data is null, so the override check admits any JSON
 * primitive there and leaves it to the rule that reads it (src/parameters/override-value.ts): the rule refuses
 * an amount that is not whole rupiah as an invalid override of that parameter (PARAMETER_OVERRIDE_INVALID at
 * options.parameters.<id>.amount, as for a rupiah parameter), never a bare TypeError; a whole number is an
 * amount, as it is for a rupiah parameter.
 */
import { idCatalogue } from '../../../src/i18n/catalogues.js'
import { enCatalogue } from '../../../src/i18n/en/index.js'
import { describe, expect, it } from 'vitest'
import { BpjsValidationError } from '../../../src/index.js'
import { EN, FIRST_4, jkmWithFuneral, pmi } from './spec-helpers.js'

function thrown(f: () => unknown): unknown {
  try {
    f()
  } catch (e) {
    return e
  }
  return undefined
}
const jkm = jkmWithFuneral
const beforeWork = (amount: unknown, options: object = {}) =>
  pmi(
    FIRST_4,
    { pmiPhase: 'before' },
    { ...options, parameters: { 'jkkDeath.pmi.beforeAfter.amount': { amount } } },
  )

const invalid = (e: unknown) => {
  expect(e).toBeInstanceOf(BpjsValidationError)
  return (e as BpjsValidationError).issues.map((i) => [i.path, i.code, i.message, i.messages.id])
}
const issue = (id: string) => [
  ['options', 'parameters', id, 'amount'],
  'PARAMETER_OVERRIDE_INVALID',
  `Invalid override for parameter ${id}: an amount must be whole rupiah, e.g. "11086300".`,
  `Nilai pengganti parameter ${id} tidak valid: jumlah harus rupiah bulat, misalnya "11086300".`,
]

describe.each(['abc', '42000000.5', '-5', '', true, '1234567890123456'])('the amount %j', (bad) => {
  it('jkkDeath.pmi.beforeAfter.amount: refused as an invalid override', () => {
    expect(invalid(thrown(() => beforeWork(bad, EN)))).toEqual([issue('jkkDeath.pmi.beforeAfter.amount')])
  })

  it('jkm.pmi.duringWork.funeral: refused as an invalid override', () => {
    expect(invalid(thrown(() => jkm(bad, EN)))).toEqual([issue('jkm.pmi.duringWork.funeral')])
  })
})

describe('a number that is not whole or below 0: refused by the check of the options already, as an amount', () => {
  // the field is one of the parameter's rupiahKeys: the reason is the rupiah one (was the generic "whole number")
  it.each([1.5, -1])('%j', (bad) => {
    const e = thrown(() => beforeWork(bad, EN))
    expect(invalid(e)).toEqual([
      [
        ['options', 'parameters', 'jkkDeath.pmi.beforeAfter.amount', 'amount'],
        'PARAMETER_OVERRIDE_INVALID',
        `Invalid override for parameter jkkDeath.pmi.beforeAfter.amount: ${enCatalogue.OVERRIDE_REASON_RUPIAH}.`,
        `Nilai pengganti parameter jkkDeath.pmi.beforeAfter.amount tidak valid: ${idCatalogue.OVERRIDE_REASON_RUPIAH}.`,
      ],
    ])
  })
})

describe('a whole amount, as text or a number', () => {
  it.each(['42000000', 42_000_000])('%j before work: payable Rp42,000,000', (amount) => {
    expect([beforeWork(amount).status, beforeWork(amount).total]).toEqual(['payable', 42_000_000])
  })

  it.each(['10000000', 10_000_000])('%j as the funeral part: 75,000,000 + 10,000,000', (amount) => {
    const r = jkm(amount)
    expect([r.lumpSum, r.funeral, r.total]).toEqual([75_000_000, 10_000_000, 85_000_000])
  })

  it('the message of the refusal in Indonesian (the default)', () => {
    const e = thrown(() => beforeWork('abc')) as BpjsValidationError
    expect(e.message).toBe(
      'Masukan tidak valid (1 masalah): options.parameters.jkkDeath.pmi.beforeAfter.amount.amount: Nilai pengganti parameter jkkDeath.pmi.beforeAfter.amount tidak valid: jumlah harus rupiah bulat, misalnya "11086300".',
    )
  })
})
