/**
 * An `INVALID_TYPE` issue names the expected kind of value in each message's own language, whatever the
 * caller's locale (the Indonesian message of an English caller must not say "a list (array)").
 */
import { describe, expect, it } from 'vitest'
import {
  BpjsValidationError,
  calculateContribution,
  calculateContributions,
  renderExplanation,
} from '../../src/index.js'

function issuesOf(f: () => unknown) {
  try {
    f()
  } catch (e) {
    expect(e).toBeInstanceOf(BpjsValidationError)
    return (e as BpjsValidationError).issues
  }
  throw new Error('expected a BpjsValidationError')
}

describe('INVALID_TYPE in both languages', () => {
  it.each(['id', 'en'] as const)('batch rows not an array (locale %s)', (locale) => {
    const [issue] = issuesOf(() => calculateContributions('x' as never, { locale }))
    expect(issue!.code).toBe('INVALID_TYPE')
    expect(issue!.messages.id).toBe('Jenis nilai salah: diharapkan daftar (array), diterima teks.')
    expect(issue!.messages.en).toBe('Wrong type: expected a list (array), received text.')
    expect(issue!.params.expected).toBe(locale === 'en' ? 'a list (array)' : 'daftar (array)')
    expect(issue!.message).toBe(locale === 'en' ? issue!.messages.en : issue!.messages.id)
  })

  it.each(['id', 'en'] as const)('a schema type error (locale %s): text where a boolean is expected', (locale) => {
    const issues = issuesOf(() =>
      calculateContribution(
        { category: 'PU', period: '2025-06', wage: 5_000_000, enterpriseSize: 'small', jkpRegistered: 'yes' } as never,
        { locale },
      ),
    )
    const issue = issues.find((i) => i.code === 'INVALID_TYPE')!
    expect(issue.path).toEqual(['jkpRegistered'])
    expect(issue.messages.id).toMatch(/^Jenis nilai salah: diharapkan true\/false, diterima /)
    expect(issue.messages.en).toMatch(/^Wrong type: expected true\/false, received /)
  })

  it('renderExplanation with steps that are not a list', () => {
    const [issue] = issuesOf(() =>
      renderExplanation({ format: 'bpjs-tk.trace.v1', steps: 1, parameters: [], legal: [] } as never, { locale: 'en' }),
    )
    expect(issue!.path).toEqual(['steps'])
    expect(issue!.messages.id).toBe('Jenis nilai salah: diharapkan daftar (array), diterima angka.')
    expect(issue!.messages.en).toBe('Wrong type: expected a list (array), received a number.')
  })
})
