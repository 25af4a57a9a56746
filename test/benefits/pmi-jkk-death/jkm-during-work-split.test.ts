/**
 * pmiDuringWorkSplit (src/benefits/pmi-jkk-death.ts), used by the PMI JKM during work: the Rp85,000,000 paid at
 * once holds the death benefit, the periodic benefit and the funeral cost (library choice L5). The funeral part
 * is not in the sources (`jkm.pmi.duringWork.funeral` is null); a caller who knows it gives it, and the sum is
 * split into the funeral part and the rest. A part up to the whole sum is a split (the whole sum being the
 * funeral part leaves a lump sum of 0); a part above the sum cannot be split and is not used.
 */
import { describe, expect, it } from 'vitest'
import type { JkmBenefitResult } from '../../../src/index.js'
import { EN, jkmWithFuneral } from './spec-helpers.js'

const jkm = jkmWithFuneral
const unknown = (r: JkmBenefitResult) => r.warnings.filter((w) => w.code === 'PMI_FUNERAL_PART_UNKNOWN')

describe('the funeral part at the size of the sum', () => {
  it('equal to Rp85,000,000: all of it is the funeral part, the lump sum 0, no warning', () => {
    const r = jkm('85000000', EN)
    expect([r.lumpSum, r.funeral, r.total]).toEqual([0, 85_000_000, 85_000_000])
    expect(unknown(r)).toEqual([])
  })

  it('one rupiah below: Rp1 left as the lump sum', () => {
    const r = jkm('84999999', EN)
    expect([r.lumpSum, r.funeral, r.total]).toEqual([1, 84_999_999, 85_000_000])
    expect(unknown(r)).toEqual([])
  })

  it('one rupiah above: not used, the whole sum the lump sum, with the warning (English and Indonesian)', () => {
    const r = jkm('85000001', EN)
    expect([r.lumpSum, r.funeral, r.total]).toEqual([85_000_000, 0, 85_000_000])
    expect(unknown(r).map((w) => w.message)).toEqual([
      'The Rp85.000.000 paid for a PMI who died during work holds the death benefit and the funeral cost, but the funeral part’s amount is not in the sources: with no heir, that part is due to whoever arranged the funeral (give jkm.pmi.duringWork.funeral).',
    ])
    expect(unknown(jkm(null)).map((w) => w.message)).toEqual([
      'Jumlah Rp85.000.000 untuk PMI yang meninggal selama bekerja mencakup santunan kematian dan biaya pemakaman, tetapi besar bagian biaya pemakaman tidak ditemukan dalam sumber: bila tidak ada ahli waris, bagian itu menjadi hak pihak yang mengurus pemakaman (berikan jkm.pmi.duringWork.funeral).',
    ])
  })
})
