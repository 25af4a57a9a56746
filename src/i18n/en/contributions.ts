import type { Catalogue } from '../types.js'
import { BPU_PAYERS, ENTERPRISE_SIZES, listText } from '../../types.js'

/** The English messages of the contributions area (codes, reasons, explanation steps). */
export const contributionsMessagesEn = {
  ENTERPRISE_SIZE_REQUIRED: `Give enterpriseSize (${listText(ENTERPRISE_SIZES, 'or')}) or a programs list: the programs mandatory for a wage earner depend on the size of the enterprise, and this library does not guess it.`,
  JKK_RISK_CLASS_REQUIRED: 'Give jkkRiskClass (risk group 1–5 of PP 44/2015 Lampiran I) to price JKK.',
  JKP_FLAG_CONFLICT: 'jkpRegistered ({flag}) contradicts the programs list (JKP listed: {listed}).',
  JKP_REQUIRES_JKK_JKM:
    'JKP is funded partly by recomposing the JKK and JKM contributions: include JKK and JKM in programs.',
  JAKON_METHOD_CONFLICT:
    'Give only one of contractValue (contract value, when wages are unknown) or wage (monthly wage, when wages are known), not both.',
  JAKON_METHOD_REQUIRED:
    'Give contractValue (construction contract value excluding VAT) or wage (monthly wage).',
  PROGRAM_NOT_AVAILABLE:
    'Program {program} is not available to {category} participants in the contribution month {period}.',
  PMI_JHT_NOT_AVAILABLE:
    'PMI JHT is not priced for the contribution month {period}: Permenaker 18/2018 opened voluntary JHT to PMI from {from}, so for this month it cannot be confirmed that JHT was open.',
  PMI_JHT_OUT_OF_RANGE: 'PMI JHT of {value} a month is outside the allowed range: {minimum} to {maximum}.',
  PMI_PERIOD_NOT_COVERED:
    'PMI contributions for {period} are not modelled: this library encodes Permenaker 18/2018 (from the contribution month {from}) and Permenaker 4/2023. Earlier rules (Permenaker 7/2017, and the private insurance of migrant workers before August 2017) are not computed.',
  BPU_PAYER_REQUIRED: `The contribution month {period} falls in a PP 50/2025 discount window, which does not apply when the contribution is paid from the APBN or APBD: give payer (${listText(BPU_PAYERS, 'or', true)}).`,
  BPU_SECTOR_REQUIRED:
    'The contribution month {period} falls in a PP 50/2025 discount window that depends on the sector: give sector ("transport" for drivers, couriers and logistics, or "other").',
  RECOMPOSITION_EXCEEDS_CONTRIBUTION:
    'The part of {program} recomposed to JKP ({part}) exceeds the {program} contribution paid ({gross}); check the overridden parameters.',
  BPU_INCOME_CLAMPED:
    'The income {income} is outside the range of the PP 44/2015 Lampiran II table ({floor}–{ceiling}): the contribution base is {base} (decision D1).',
  COVID_RELIEF_ASSUMED:
    'The contribution month {period} falls in the PP 49/2020 relief (JKK and JKM at 1%, 99% of JP deferred). The relief is applied assuming its conditions are met (contributions paid up to July 2020, Pasal 13; for JP, Pasal 18 and 20); pass covidRelief: false or jpDeferral: false otherwise.',
  COVID_RELIEF_NOT_IN_FORCE:
    'The PP 49/2020 relief does not apply to the contribution month {period} (only August 2020 to January 2021): normal contributions are computed.',
  JKK_DISCOUNT_NOT_IN_FORCE:
    'jkkDiscountEligible is ignored for the contribution month {period}: the PP 7/2025 / PP 36/2025 50% JKK discount covers only the February 2025 to January 2026 contributions.',
  JKP_NOT_IN_FORCE_IGNORED:
    'jkpRegistered is ignored for the contribution month {period}: JKP exists only from the February 2021 contribution.',
  PROGRAMS_OMIT_MANDATORY:
    'The programs list leaves out programs mandatory for {who}: {missing}. Only the programs asked for are priced.',
  WAGE_BELOW_MINIMUM:
    'The wage {wage} is below the minimum wage {minimumWage} given (decision D13: a warning only, contributions are still computed on the wage).',
  PMI_LONGER_PACKAGE_CHEAPER:
    'A {months}-month contract is priced as the {chosen}-month package plus {extra} months beyond it ({total}), reading Pasal 18 ayat (3) literally; the {longer}-month package ({longerAmount}) costs less. Check with BPJS Ketenagakerjaan which package is billed.',
  CONTRIB_STEP_PROGRAMS: 'Programs priced: {programs}. {reason}',
  CONTRIB_PROGRAMS_REASON_EXPLICIT: 'As listed by the caller.',
  CONTRIB_PROGRAMS_REASON_CATEGORY:
    'The programs mandatory for {category} participants in the program matrix.',
  CONTRIB_PROGRAMS_REASON_SIZE:
    'The programs mandatory for {who} in the program matrix (JKP when the worker is registered in JKP).',
  CONTRIB_FORMULA_RATE_TIMES_BASE: 'rate × contribution base = {rate} × {base}',
  CONTRIB_FORMULA_MIN_CAP: 'min(wage, wage cap) = min({wage}, {cap}) = {value}',
  CONTRIB_FORMULA_DIFFERENCE: 'cash contribution − part to JKP = {gross} − {part}',
  CONTRIB_FORMULA_DEFERRAL:
    'full contribution {rate} × {base} = {full}; paid now {paidRate} × {base} = {paid}; deferred {full} − {paid} = {deferred}',
  CONTRIB_FORMULA_BPU_BASE: 'base = income {income} held within {floor}–{ceiling} = {base}',
  CONTRIB_FORMULA_FLAT: 'fixed contribution {flat}',
  CONTRIB_FORMULA_SHARE_OF_FLAT: 'share paid × fixed contribution = {share} × {flat}',
  CONTRIB_FORMULA_MARGINAL:
    'sum over the tiers: tier rate × part of the contract value in that tier = {parts}',
  CONTRIB_FORMULA_PER_MONTH_TIMES_MONTHS: '{perMonth} × {months} months',
  STEP_PU_JKK: 'JKK, risk group {riskClass}, paid by the employer{note}.',
  STEP_PU_JKM: 'JKM, paid by the employer{note}.',
  STEP_PU_JKM_NO_RECOMPOSITION:
    'JKM, paid by the employer{note}. From the February 2025 contribution (PP 6/2025) JKP is no longer funded from JKM: no JKM recomposition (decision D7).',
  STEP_PU_TO_JKP:
    'The part of the {program} contribution recomposed to JKP, computed on the wage capped at {cap} (decisions D7, D8); the employer’s cash is unchanged.',
  STEP_PU_TO_JKP_WHOLE_WAGE:
    'The part of the {program} contribution recomposed to JKP, computed on the whole wage: the decision D8 parameter (jkp.recomposition.cappedBase) is overridden, so the JKP wage cap {cap} is not applied; the employer’s cash is unchanged.',
  STEP_PU_TO_OWN_FUND: 'The rest of the {program} contribution, kept by the {program} fund.',
  STEP_PU_JHT_EMPLOYER: 'JHT, employer share (no wage cap).',
  STEP_PU_JHT_WORKER: 'JHT, worker share, deducted from the wage (no wage cap).',
  STEP_PU_JP_BASE:
    'JP contribution base: the wage capped at the JP wage cap in force in the contribution month.',
  STEP_PU_JP_EMPLOYER: 'JP, employer share.',
  STEP_PU_JP_WORKER: 'JP, worker share, deducted from the wage.',
  STEP_PU_JP_DEFERRED:
    'JP, {who} share, with the PP 49/2020 deferral: 1% of the contribution is paid now, 99% is deferred (to be settled from 15 May 2021 at the latest until 15 April 2022) and is not counted as paid this month.',
  STEP_PU_JKP_BASE: 'JKP contribution base: the wage capped at {cap} (PP 37/2021 Pasal 11).',
  STEP_PU_JKP_GOVERNMENT: 'JKP, central government share.',
  STEP_BPU_BASE:
    'BPU contribution base: the declared income, held between the lowest and highest rows of PP 44/2015 Lampiran II (decision D1).',
  STEP_BPU_JKK: 'JKK of a non-wage participant{note}.',
  STEP_BPU_JKM: 'JKM of a non-wage participant, a fixed amount per month{note}.',
  STEP_BPU_JHT: 'JHT of a non-wage participant (optional){note}.',
  STEP_BPU_MONTHS: '{program} for the contribution months {from} to {to}, paid in advance.',
  STEP_JAKON_CONTRACT:
    'Construction {program} by contract value {value} ({vat}), in marginal tiers, for the whole project{note}.',
  STEP_JAKON_WAGE: 'Construction {program} on the monthly wage (wages known){note}.',
  STEP_PMI_PRE_PLACEMENT:
    'PMI JKK and JKM contribution for the protection before work (placement through an agency).',
  STEP_PMI_PACKAGE:
    'PMI JKK and JKM contribution during and after work: the {package}-month package for a {months}-month contract.',
  STEP_PMI_PACKAGE_SHORT:
    'PMI JKK and JKM contribution during and after work: a {months}-month contract is shorter than every package, so the shortest, {package} months, applies.',
  STEP_PMI_EXTENSION:
    'The {contract}-month contract exceeds the {package}-month package: a contribution per month beyond it, paid at once (Pasal 18 ayat (3)).',
  STEP_PMI_JHT: 'PMI JHT (optional) for the {months} months of the contract.',
  CONTRIB_NOTE_DISCOUNT: ' — {source} relief: {share} of the normal contribution {normal} is paid',
  CONTRIB_NOTE_PP50_EXCLUDED: ' — no PP 50/2025 discount because the contribution is paid from {payer}',
  CONTRIB_NOTE_VAT_EXCLUDED: 'excluding VAT, decision D17',
  CONTRIB_NOTE_VAT_INCLUDED: 'including VAT',
  CONTRIB_PAYER_EMPLOYER: 'employer',
  CONTRIB_PAYER_WORKER: 'worker',
  BATCH_ROW_ISSUES_TRUNCATED:
    'Only the first {max} problems of the rows are listed; the other rows are checked once the options are fixed (each row then gets its own result or error).',
} as const satisfies Catalogue
