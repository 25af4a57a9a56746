import { describe, expect, it } from 'vitest'
import { penaltyFor } from '../../src/arrears/penalty.js'

// Worked examples of the research notes (late-payment penalty), derived by hand.
describe('late-payment penalty per contribution month', () => {
  it('March 2024, Rp1,000,000, due 2024-04-15, paid 2024-05-20: 2 started months × 2% × 1,000,000 = 40,000', () => {
    const l = penaltyFor('2024-03', 1_000_000, '2024-05-20')
    expect(l.dueDate).toBe('2024-04-15')
    expect(l.monthsLate).toBe(2)
    expect(l.penalty).toBe(40_000)
  })
  it('October 2020 (PP 49/2020), due 2020-11-30, paid 2020-12-15: 1 × 0.5% × 1,000,000 = 5,000', () => {
    const l = penaltyFor('2020-10', 1_000_000, '2020-12-15')
    expect(l.dueDate).toBe('2020-11-30')
    expect(l.monthsLate).toBe(1)
    expect(l.penalty).toBe(5_000)
  })
  it('paid on the due day: no penalty; one day later: 1 × 2% × 1,000,000 = 20,000', () => {
    expect(penaltyFor('2024-03', 1_000_000, '2024-04-15').penalty).toBe(0)
    expect(penaltyFor('2024-03', 1_000_000, '2024-04-16').penalty).toBe(20_000)
  })
  it('relief window edges: July 2020 is 2% due the 15th, January 2021 0.5% due the 30th, February 2021 2%', () => {
    expect(penaltyFor('2020-07', 1_000_000, '2020-08-20').rate).toBe('0.02')
    expect(penaltyFor('2021-01', 1_000_000, '2021-02-27').dueDate).toBe('2021-02-28')
    expect(penaltyFor('2021-02', 1_000_000, '2021-03-16').rate).toBe('0.02')
  })
})
