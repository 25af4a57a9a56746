/**
 * Valid inputs of the public functions, the starting points of the mutation fuzzer (one field replaced,
 * removed or added). Each is a realistic case from the law or the issues.
 */
export const SEEDS: Readonly<Record<string, readonly unknown[]>> = {
  calculateContribution: [
    { category: 'PU', period: '2024-03', wage: 12_000_000, jkkRiskClass: 1, enterpriseSize: 'large' },
    {
      category: 'PU',
      period: '2025-06',
      wage: '4000000.55',
      jkkRiskClass: 1,
      programs: ['JKK', 'JKM', 'JP', 'JKP'],
      jkkDiscountEligible: true,
    },
    {
      category: 'PU',
      period: '2020-09',
      wage: 8_000_000,
      jkkRiskClass: 3,
      enterpriseSize: 'medium',
      covidRelief: true,
    },
    { category: 'BPU', period: '2025-06', declaredIncome: 1_000_000, programs: ['JKK', 'JKM', 'JHT'] },
    {
      category: 'BPU',
      period: '2026-02',
      declaredIncome: 3_500_000,
      months: 3,
      payer: 'self',
      sector: 'transport',
    },
    { category: 'JAKON', period: '2025-06', contractValue: 2_000_000_000 },
    { category: 'JAKON', period: '2020-09', wage: 4_000_000 },
    { category: 'PMI', period: '2025-06', contractMonths: 30, placement: 'agency', jhtMonthly: 100_000 },
  ],
  calculateJkmBenefit: [
    {
      dateOfDeath: '2024-05-10',
      category: 'PU',
      membershipStart: '2018-01-01',
      cause: 'natural',
      membershipActive: true,
      employerArrearsMonths: 0,
      children: [
        { birthDate: '2012-03-04', schooling: [{ level: 'SD', startYear: 2019 }] },
        { birthDate: '2022-08-01' },
      ],
    },
    {
      dateOfDeath: '2025-06-10',
      category: 'BPU',
      membershipStart: '2025-04-20',
      cause: 'natural',
      paidThrough: '2025-06',
    },
    {
      dateOfDeath: '2019-11-30',
      category: 'PMI',
      membershipStart: '2019-01-01',
      cause: 'natural',
      membershipActive: true,
      pmiPhase: 'during',
    },
  ],
  calculateJkkDeathBenefit: [
    {
      dateOfDeath: '2021-03-10',
      category: 'PU',
      monthlyWage: 5_000_000,
      cause: 'work-accident',
      membershipActive: true,
      employerArrearsMonths: 0,
    },
    {
      dateOfDeath: '2024-05-10',
      category: 'BPU',
      declaredIncome: 1_000_000,
      cause: 'occupational-disease',
      paidThrough: '2024-05',
      dateOfAccident: '2024-01-15',
      children: [{ birthDate: '2010-01-01' }],
    },
  ],
  determineHeirs: [
    { dateOfDeath: '2024-05-10', family: [{ relation: 'spouse' }, { relation: 'child', name: 'Ani' }] },
    {
      dateOfDeath: '2024-05-10',
      family: [],
      willBeneficiaries: [{ name: 'X' }],
      funeralArrangedBy: { kind: 'employer' },
    },
  ],
}
