/**
 * A module graph with formatRupiah and parseRupiah only (as a browser bundle importing them keeps): their
 * errors still carry their messages in both languages, from the always-present codes alone.
 */
import { describe, expect, it } from 'vitest'
import { BpjsValidationError } from '../../src/errors.js'
import { formatRupiah, parseRupiah } from '../../src/money/format.js'

function issueOf(f: () => unknown): BpjsValidationError {
  try {
    f()
  } catch (e) {
    if (e instanceof BpjsValidationError) return e
    throw e
  }
  throw new Error('no error thrown')
}

describe('formatRupiah and parseRupiah alone', () => {
  it('render their errors in Indonesian and English without any message area added', () => {
    const e = issueOf(() => formatRupiah(Number.NaN))
    expect(e.issues[0]?.messages).toEqual({
      id: 'Jumlah uang harus angka terhingga (bukan NaN atau Infinity).',
      en: 'An amount must be a finite number (not NaN or Infinity).',
    })
    expect(e.messages.en).toBe(
      'Invalid input (1 problem(s)): (input): An amount must be a finite number (not NaN or Infinity).',
    )
    const p = issueOf(() => parseRupiah('5,000,000'))
    expect(p.issues[0]?.code).toBe('RUPIAH_UNPARSABLE')
    expect(p.message).toBe(
      'Masukan tidak valid (1 masalah): (input): Teks "5,000,000" tidak dapat dibaca sebagai jumlah rupiah (contoh: "Rp5.000.000,50").',
    )
    const o = issueOf(() => formatRupiah(1, { sen: 'x' as never, extra: 1 } as never))
    expect(o.issues.map((i) => [i.code, i.messages.en])).toEqual([
      ['UNKNOWN_KEY', 'Unknown field: extra. Check its spelling.'],
      ['INVALID_VALUE', 'Value not allowed: x. Allowed: true, false, "auto".'],
    ])
  })
})
