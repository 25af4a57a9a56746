/** Regime dates live once, with the regulation in the registry, and are derived where needed (issue 16 §2). */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  dayBeforeInForce,
  dayBeforeMonthOfInForce,
  inForceOf,
  monthOfInForce,
} from '../../src/legal/dates.js'
import { getSource } from '../../src/legal/sources.js'
import * as jkm from '../../src/parameters/jkm.js'
import * as programs from '../../src/parameters/programs.js'

describe('regime dates come from the registry', () => {
  it('derives each boundary from the in-force date of its regulation (dates written by hand from the texts)', () => {
    // PP 82/2019: in force on the day it was set, 2019-12-02 (D5); PP 44/2015 amounts up to 2019-12-01
    expect(jkm.PP82_FIRST_DAY).toBe('2019-12-02')
    expect(jkm.PP44_LAST_DAY).toBe('2019-12-01')
    // Permenaker 18/2018 promulgated 2018-12-10 (BN 2018/1624); replaced by Permenaker 4/2023 on 2023-02-22
    expect([jkm.PMI_18_2018_DAY_BEFORE, jkm.PMI_18_2018_FIRST_DAY]).toEqual(['2018-12-09', '2018-12-10'])
    expect([jkm.PMI_18_2018_LAST_DAY, jkm.PMI_4_2023_FIRST_DAY]).toEqual(['2023-02-21', '2023-02-22'])
    // Permenaker 1/2025 promulgated 2025-02-24; Permenaker 5/2021 in force 2021-04-01
    expect([jkm.PERMENAKER_1_2025_DAY_BEFORE, jkm.PERMENAKER_1_2025_DAY]).toEqual([
      '2025-02-23',
      '2025-02-24',
    ])
    expect([jkm.PERMENAKER_5_2021_DAY_BEFORE, jkm.PERMENAKER_5_2021_DAY]).toEqual([
      '2021-03-31',
      '2021-04-01',
    ])
    // PP 49/2023 in force 2023-10-06
    expect([programs.PP49_2023_DAY_BEFORE, programs.PP49_2023_FIRST_DAY]).toEqual([
      '2023-10-05',
      '2023-10-06',
    ])
  })

  it('reads the registry, so a corrected in-force date moves every boundary', () => {
    expect(inForceOf('PP-82-2019')).toBe(getSource('PP-82-2019')!.inForce)
    expect(dayBeforeInForce('PP-82-2019')).toBe('2019-12-01')
    // contribution months: PP 6/2025 in force 2025-02-07 → contribution month 2025-02
    expect(monthOfInForce('PP-6-2025')).toBe('2025-02-01')
    expect(dayBeforeMonthOfInForce('PP-6-2025')).toBe('2025-01-31')
    // the first of January: the day before is in the previous year
    expect(dayBeforeInForce('PERMENAKER-44-2015')).toBe('2015-12-30')
  })

  it('refuses a regulation without an in-force date instead of guessing', () => {
    expect(() => inForceOf('PP-36-2025')).toThrow('no in-force date for PP-36-2025')
    expect(() => inForceOf('PP-99-2099')).toThrow('no in-force date')
  })

  it('no parameter module writes a regime date of a registry regulation by hand', () => {
    const dir = new URL('../../src/parameters/', import.meta.url).pathname
    const dates = [
      '2019-12-02',
      '2019-12-01',
      '2018-12-10',
      '2023-02-22',
      '2023-02-21',
      '2025-02-24',
      '2021-04-01',
      '2023-10-06',
      '2025-02-07',
    ]
    for (const f of readdirSync(dir)) {
      const text = readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => !/^\s*(\*|\/\/|\/\*\*)/.test(l) && !/note:|checked:|noArticle:/.test(l))
        .join('\n')
      for (const d of dates) expect(text.includes(`'${d}'`), `${f} writes '${d}'`).toBe(false)
    }
  })
})
