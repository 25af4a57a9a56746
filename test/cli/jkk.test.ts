// `bpjs-tk jkk`, run as users run it (the built dist/cli.js in a child process). The expected figures are derived
// by hand from the law's formulas (benefit notes §2–§4), never with the library.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nestJkkInput, renderJkk } from '../../cli/jkk.js'
import { calculateJkkBenefit } from '../../src/index.js'
import { cli, ensureCli } from './built-cli.js'

const work = mkdtempSync(join(tmpdir(), 'bpjs-tk-jkk-'))
beforeAll(ensureCli, 180_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

function run(args: readonly string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const PU = [
  'jkk',
  '--accident-date',
  '2024-03-10',
  '--category',
  'PU',
  '--cause',
  'work-accident',
  '--monthly-wage',
  '5000000',
  '--membership-active',
  '--employer-arrears-months',
  '0',
]

describe('bpjs-tk jkk', () => {
  it('total disability, W = 5,000,000: 70% × 80 × 5,000,000 = 280,000,000 + berkala 12,000,000 = 292,000,000 (JSON)', () => {
    const r = run([
      ...PU,
      '--disability',
      'total',
      '--disability-declared-on',
      '2024-09-01',
      '--format',
      'json',
    ])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as { total: number; disability: { amount: number; periodic: number } }
    expect(out.disability.amount).toBe(280_000_000)
    expect(out.disability.periodic).toBe(12_000_000)
    expect(out.total).toBe(292_000_000)
  })
  it('STMB over 15 months and land transport 6,500,000 in a table: 67,500,000 + min(6,500,000; 5,000,000) = 72,500,000', () => {
    const r = run([
      ...PU,
      '--incapacity-from',
      '2024-03-10',
      '--incapacity-to',
      '2025-06-09',
      '--transport-land',
      '6500000',
      '--lang',
      'en',
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^Status: +payable$/m)
    expect(r.stdout).toMatch(/^Regime: +PP-82-2019$/m)
    expect(r.stdout).toMatch(/^Claim by: +2029-03-10$/m)
    expect(r.stdout).toContain('67.500.000')
    expect(r.stdout).toContain('72.500.000')
  })
  it('an incapacity that ends before it starts is refused with its path (exit 1)', () => {
    const r = run([...PU, '--incapacity-from', '2024-03-10', '--incapacity-to', '2024-03-01'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('incapacity.to')
  })
})

describe('jkk rendering and nesting', () => {
  it('nests dotted keys over the --input objects', () => {
    expect(
      nestJkkInput({ incapacity: { from: '2024-01-01', to: '2024-02-01' }, 'incapacity.to': '2024-03-01' }),
    ).toEqual({ incapacity: { from: '2024-01-01', to: '2024-03-01' } })
  })
  it('prints one line per part: anatomical 40% × 80 × 5,000,000 = 160,000,000', () => {
    const r = calculateJkkBenefit({
      accidentDate: '2024-03-10',
      category: 'PU',
      cause: 'work-accident',
      monthlyWage: 5_000_000,
      membershipActive: true,
      disability: { type: 'anatomical', row: 'right-arm-from-shoulder' },
    })
    const out = renderJkk(r, 'id')
    expect(out.csv.rows).toEqual([
      ['santunan cacat (anatomical)', 160_000_000],
      ['jumlah', 160_000_000],
    ])
  })
})
