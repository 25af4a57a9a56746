// The commands of `bpjs-tk` and their options. Every option that fills an input field is named after the
// field (kebab-case), so `--jkk-risk-class 3` is `jkkRiskClass: 3` in the library's docs.
import { CATEGORIES, ENTERPRISE_SIZES, WORK_RELATIONSHIPS } from '../src/index.js'
import type { FieldSpec } from './args.js'

const money = (key: string, flags: string, id: string, en: string): FieldSpec => ({
  key,
  flags,
  kind: 'money',
  help: { id, en },
})

/** `iuran`: calculateContribution. */
export const IURAN_FIELDS: readonly FieldSpec[] = [
  {
    key: 'category',
    flags: '--category <category>',
    kind: 'string',
    choices: [...CATEGORIES],
    help: { id: 'kategori peserta', en: 'participant category' },
  },
  {
    key: 'period',
    flags: '--period <YYYY-MM>',
    kind: 'string',
    help: { id: 'bulan iuran', en: 'contribution month' },
  },
  money(
    'wage',
    '--wage <rupiah>',
    'upah sebulan (PU, JAKON cara upah)',
    'monthly wage (PU, JAKON wage method)',
  ),
  {
    key: 'jkkRiskClass',
    flags: '--jkk-risk-class <1-5>',
    kind: 'int',
    help: { id: 'kelas risiko JKK (PU)', en: 'JKK risk class (PU)' },
  },
  {
    key: 'programs',
    flags: '--programs <programs...>',
    kind: 'list',
    help: {
      id: 'program yang diikuti, misalnya JKK,JKM,JHT (bawaan: yang diwajibkan hukum)',
      en: 'programs joined, e.g. JKK,JKM,JHT (default: what the law makes mandatory)',
    },
  },
  {
    key: 'enterpriseSize',
    flags: '--enterprise-size <size>',
    kind: 'string',
    choices: [...ENTERPRISE_SIZES],
    help: { id: 'skala usaha (PU)', en: 'enterprise size (PU)' },
  },
  {
    key: 'jkpRegistered',
    flags: '--jkp-registered',
    kind: 'bool',
    help: { id: 'terdaftar JKP: iuran direkomposisi (PU)', en: 'registered in JKP: recomposition (PU)' },
  },
  {
    key: 'jkpRegistered',
    flags: '--no-jkp-registered',
    kind: 'bool',
    help: { id: 'tidak terdaftar JKP (PU)', en: 'not registered in JKP (PU)' },
  },
  {
    key: 'jkkDiscountEligible',
    flags: '--jkk-discount-eligible',
    kind: 'bool',
    help: {
      id: 'pemberi kerja berhak diskon JKK 50% PP 7/2025 (PU)',
      en: 'employer qualifies for the PP 7/2025 50% JKK discount (PU)',
    },
  },
  {
    key: 'jkkDiscountEligible',
    flags: '--no-jkk-discount-eligible',
    kind: 'bool',
    help: { id: 'tidak berhak diskon JKK (PU)', en: 'does not qualify for the JKK discount (PU)' },
  },
  {
    key: 'covidRelief',
    flags: '--covid-relief',
    kind: 'bool',
    help: {
      id: 'keringanan PP 49/2020 diterapkan (2020-08 s.d. 2021-01; bawaan: diterapkan dengan peringatan)',
      en: 'PP 49/2020 relief applied (2020-08 to 2021-01; default: applied with a warning)',
    },
  },
  {
    key: 'covidRelief',
    flags: '--no-covid-relief',
    kind: 'bool',
    help: {
      id: 'pemberi kerja tidak memenuhi syarat keringanan PP 49/2020',
      en: 'employer did not qualify for the PP 49/2020 relief',
    },
  },
  {
    key: 'jpDeferral',
    flags: '--jp-deferral',
    kind: 'bool',
    help: { id: 'penundaan 99% iuran JP (PP 49/2020 Pasal 17)', en: '99% JP deferral (PP 49/2020 Pasal 17)' },
  },
  {
    key: 'jpDeferral',
    flags: '--no-jp-deferral',
    kind: 'bool',
    help: { id: 'tanpa penundaan iuran JP', en: 'no JP deferral' },
  },
  money(
    'minimumWage',
    '--minimum-wage <rupiah>',
    'upah minimum (UMP/UMK): peringatan bila upah di bawahnya (keputusan D13)',
    'minimum wage (UMP/UMK): a warning when the wage is below it (decision D13)',
  ),
  money(
    'declaredIncome',
    '--declared-income <rupiah>',
    'penghasilan yang dilaporkan (BPU)',
    'declared income (BPU)',
  ),
  {
    key: 'months',
    flags: '--months <1|3|6|12>',
    kind: 'int',
    help: { id: 'bulan dibayar di muka (BPU)', en: 'months paid in advance (BPU)' },
  },
  {
    key: 'payer',
    flags: '--payer <payer>',
    kind: 'string',
    choices: ['self', 'apbd', 'apbn', 'other'],
    help: { id: 'siapa yang membayar (BPU)', en: 'who pays (BPU)' },
  },
  {
    key: 'sector',
    flags: '--sector <sector>',
    kind: 'string',
    choices: ['transport', 'other'],
    help: { id: 'sektor (BPU, diskon PP 50/2025)', en: 'sector (BPU, PP 50/2025 discount)' },
  },
  money(
    'contractValue',
    '--contract-value <rupiah>',
    'nilai kontrak tanpa PPN (JAKON)',
    'contract value excluding VAT (JAKON)',
  ),
  {
    key: 'contractMonths',
    flags: '--contract-months <months>',
    kind: 'int',
    help: { id: 'lama perjanjian kerja dalam bulan (PMI)', en: 'work contract length in months (PMI)' },
  },
  {
    key: 'placement',
    flags: '--placement <placement>',
    kind: 'string',
    choices: ['agency', 'independent'],
    help: {
      id: 'penempatan lewat P3MI atau perseorangan (PMI)',
      en: 'placed by an agency or independent (PMI)',
    },
  },
  money(
    'jhtMonthly',
    '--jht-monthly <rupiah>',
    'iuran JHT sebulan (PMI, sukarela)',
    'monthly JHT (PMI, optional)',
  ),
]

const CHILD: FieldSpec = {
  key: 'children',
  flags: '--child <child>',
  kind: 'child',
  help: {
    id: 'anak, dapat diulang: TANGGAL-LAHIR[,JENJANG:TAHUN-MULAI...][,heir][,name=NAMA], misalnya 2015-03-01,SD:2021,heir',
    en: 'a child, repeatable: BIRTH-DATE[,LEVEL:START-YEAR...][,heir][,name=NAME], e.g. 2015-03-01,SD:2021,heir',
  },
}

const DATE_OF_DEATH: FieldSpec = {
  key: 'dateOfDeath',
  flags: '--date-of-death <YYYY-MM-DD>',
  kind: 'string',
  help: { id: 'tanggal meninggal', en: 'date of death' },
}

const CATEGORY: FieldSpec = {
  key: 'category',
  flags: '--category <category>',
  kind: 'string',
  choices: ['PU', 'BPU', 'JAKON', 'PMI'],
  help: { id: 'kategori peserta', en: 'participant category' },
}

const CAUSE: FieldSpec = {
  key: 'cause',
  flags: '--cause <cause>',
  kind: 'string',
  choices: ['natural', 'work-accident', 'occupational-disease'],
  help: {
    id: 'sebab kematian: natural (bukan kecelakaan kerja), work-accident, occupational-disease',
    en: 'cause of death: natural (not a work accident), work-accident, occupational-disease',
  },
}

const MEMBERSHIP_START: FieldSpec = {
  key: 'membershipStart',
  flags: '--membership-start <YYYY-MM-DD>',
  kind: 'string',
  help: { id: 'tanggal mulai kepesertaan', en: 'membership start date' },
}

const MEMBERSHIP_ACTIVE: FieldSpec[] = [
  {
    key: 'membershipActive',
    flags: '--membership-active',
    kind: 'bool',
    help: { id: 'kepesertaan aktif pada tanggal kejadian', en: 'membership active on the date of the event' },
  },
  {
    key: 'membershipActive',
    flags: '--no-membership-active',
    kind: 'bool',
    help: { id: 'kepesertaan tidak aktif', en: 'membership not active' },
  },
]

const PAID_THROUGH: FieldSpec = {
  key: 'paidThrough',
  flags: '--paid-through <YYYY-MM>',
  kind: 'string',
  help: { id: 'iuran lunas sampai bulan ini (BPU)', en: 'contributions paid through this month (BPU)' },
}

const BIRTH_DATE: FieldSpec = {
  key: 'birthDate',
  flags: '--birth-date <YYYY-MM-DD>',
  kind: 'string',
  help: { id: 'tanggal lahir peserta', en: "the participant's birth date" },
}

const ARREARS: FieldSpec = {
  key: 'employerArrearsMonths',
  flags: '--employer-arrears-months <months>',
  kind: 'int',
  help: {
    id: 'bulan tunggakan iuran pemberi kerja (PU, JAKON; keputusan D10)',
    en: "months of the employer's contribution arrears (PU, JAKON; decision D10)",
  },
}

/** `jkm`: calculateJkmBenefit. */
export const JKM_FIELDS: readonly FieldSpec[] = [
  DATE_OF_DEATH,
  CATEGORY,
  MEMBERSHIP_START,
  CAUSE,
  BIRTH_DATE,
  {
    key: 'contributionMonths',
    flags: '--contribution-months <months>',
    kind: 'int',
    help: { id: 'jumlah bulan iuran yang dibayar', en: 'number of paid contribution months' },
  },
  ...MEMBERSHIP_ACTIVE,
  PAID_THROUGH,
  {
    key: 'pmiPhase',
    flags: '--pmi-phase <phase>',
    kind: 'string',
    choices: ['before', 'during', 'after'],
    help: { id: 'sebelum, selama atau setelah bekerja (PMI)', en: 'before, during or after work (PMI)' },
  },
  ARREARS,
  CHILD,
]

/** `jkk-kematian`: calculateJkkDeathBenefit. */
export const JKK_FIELDS: readonly FieldSpec[] = [
  DATE_OF_DEATH,
  CATEGORY,
  {
    key: 'dateOfAccident',
    flags: '--date-of-accident <YYYY-MM-DD>',
    kind: 'string',
    help: {
      id: 'tanggal kecelakaan kerja (menentukan rezim; bawaan: tanggal meninggal, dengan peringatan)',
      en: 'date of the work accident (chooses the regime; default: the date of death, with a warning)',
    },
  },
  CAUSE,
  money('monthlyWage', '--monthly-wage <rupiah>', 'upah sebulan yang dilaporkan', 'reported monthly wage'),
  money(
    'dailyWage',
    '--daily-wage <rupiah>',
    'upah harian (× 30, keputusan D21)',
    'daily wage (× 30, decision D21)',
  ),
  money(
    'declaredIncome',
    '--declared-income <rupiah>',
    'penghasilan yang dilaporkan (BPU)',
    'declared income (BPU)',
  ),
  MEMBERSHIP_START,
  BIRTH_DATE,
  ...MEMBERSHIP_ACTIVE,
  PAID_THROUGH,
  ARREARS,
  CHILD,
]

/** `eligibilitas`: checkEligibility (and, with --check, its focused siblings; their inputs via --input). */
export const ELIGIBILITY_FIELDS: readonly FieldSpec[] = [
  {
    key: 'asOf',
    flags: '--as-of <YYYY-MM-DD>',
    kind: 'string',
    help: { id: 'tanggal pemeriksaan', en: 'date of the check' },
  },
  {
    key: 'relationship',
    flags: '--relationship <kind>',
    kind: 'string',
    choices: [...WORK_RELATIONSHIPS],
    help: { id: 'hubungan kerja', en: 'work relationship' },
  },
  {
    key: 'birthDate',
    flags: '--birth-date <YYYY-MM-DD>',
    kind: 'string',
    help: { id: 'tanggal lahir', en: 'birth date' },
  },
  {
    key: 'nationality',
    flags: '--nationality <nationality>',
    kind: 'string',
    choices: ['WNI', 'WNA'],
    help: { id: 'kewarganegaraan: WNI atau WNA', en: 'nationality: WNI (Indonesian) or WNA (foreign)' },
  },
  {
    key: 'monthsWorkedInIndonesia',
    flags: '--months-worked-in-indonesia <months>',
    kind: 'int',
    help: { id: 'lama bekerja di Indonesia (bulan, WNA)', en: 'months worked in Indonesia (foreigners)' },
  },
  {
    key: 'enterpriseSize',
    flags: '--enterprise-size <size>',
    kind: 'string',
    choices: ['micro', 'small', 'medium', 'large'],
    help: { id: 'skala usaha', en: 'enterprise size' },
  },
  {
    key: 'employerType',
    flags: '--employer-type <type>',
    kind: 'string',
    choices: ['state', 'company', 'individual'],
    help: {
      id: 'jenis pemberi kerja (magang, pekerja bergaji)',
      en: 'kind of employer (interns, wage earners)',
    },
  },
  {
    key: 'constructionContract',
    flags: '--construction-contract <kind>',
    kind: 'string',
    choices: ['casual', 'piece-rate', 'fixed-term', 'permanent'],
    help: { id: 'jenis perjanjian kerja proyek konstruksi', en: 'kind of construction work contract' },
  },
  {
    key: 'wageEarner',
    flags: '--wage-earner',
    kind: 'bool',
    help: { id: 'menerima upah dari pemberi kerja', en: 'earns a wage from an employer' },
  },
  {
    key: 'wageEarner',
    flags: '--no-wage-earner',
    kind: 'bool',
    help: { id: 'tidak menerima upah', en: 'does not earn a wage' },
  },
  {
    key: 'payer',
    flags: '--payer <payer>',
    kind: 'string',
    choices: ['self', 'apbd', 'apbn', 'other'],
    help: { id: 'siapa membayar iuran BPU', en: 'who pays the BPU contributions' },
  },
  {
    key: 'inJkn',
    flags: '--in-jkn',
    kind: 'bool',
    help: { id: 'terdaftar JKN (BPJS Kesehatan)', en: 'enrolled in JKN (BPJS Kesehatan)' },
  },
  {
    key: 'inJkn',
    flags: '--no-in-jkn',
    kind: 'bool',
    help: { id: 'tidak terdaftar JKN', en: 'not enrolled in JKN' },
  },
  {
    key: 'enrolledPrograms',
    flags: '--enrolled-programs <programs...>',
    kind: 'list',
    help: {
      id: 'program yang sudah diikuti, misalnya JKK,JKM,JHT',
      en: 'programs enrolled in, e.g. JKK,JKM,JHT',
    },
  },
  {
    key: 'checkBpuRegistrationAge',
    flags: '--check-bpu-registration-age',
    kind: 'bool',
    help: { id: 'tanyakan juga batas usia daftar BPU', en: 'also ask about the BPU registration age limit' },
  },
]

/** The focused checks `eligibilitas --check` runs, by name, and the library function behind each. */
export const ELIGIBILITY_CHECKS = {
  'jkp-registration': 'checkJkpRegistration',
  'jkp-claim': 'checkJkpClaim',
  'jkm-claim': 'checkJkmClaim',
  scholarship: 'checkScholarshipEligibility',
  'pension-age': 'jpPensionAgeOn',
  'pension-age-reached': 'pensionAgeReachedOn',
} as const

/** `program`: planCoverageProgram. */
export const PROGRAM_FIELDS: readonly FieldSpec[] = [
  {
    key: 'startPeriod',
    flags: '--start-period <YYYY-MM>',
    kind: 'string',
    help: { id: 'bulan iuran pertama program', en: 'first contribution month of the program' },
  },
  {
    key: 'months',
    flags: '--months <months>',
    kind: 'int',
    help: { id: 'lama program dalam bulan', en: 'length of the program in months' },
  },
  {
    key: 'payer',
    flags: '--payer <payer>',
    kind: 'string',
    choices: ['apbd', 'apbn', 'other'],
    help: { id: 'penyandang dana', en: 'who funds the program' },
  },
  {
    key: 'cohorts',
    flags: '--cohort <cohort>',
    kind: 'cohort',
    help: {
      id: 'kelompok pekerja, dapat diulang: name=Ojol,workers=1200,category=BPU,declaredIncome=1000000',
      en: 'a cohort of workers, repeatable: name=Ojol,workers=1200,category=BPU,declaredIncome=1000000',
    },
  },
  {
    key: 'potentialWorkers',
    flags: '--potential-workers <count>',
    kind: 'int',
    help: {
      id: 'jumlah pekerja potensial (untuk rasio cakupan)',
      en: 'potential workers (for coverage ratios)',
    },
  },
  {
    key: 'coveredBefore',
    flags: '--covered-before <count>',
    kind: 'int',
    help: {
      id: 'pekerja yang sudah terlindungi sebelum program',
      en: 'workers already covered before the program',
    },
  },
  {
    key: 'annualMortalityRate',
    flags: '--annual-mortality-rate <rate>',
    kind: 'string',
    help: {
      id: 'asumsi angka kematian setahun, misalnya 0.004 (perkiraan manfaat JKM)',
      en: 'assumed yearly death rate, e.g. 0.004 (expected JKM benefits)',
    },
  },
  {
    key: 'annualWorkAccidentDeathRate',
    flags: '--annual-work-accident-death-rate <rate>',
    kind: 'string',
    help: {
      id: 'asumsi angka kematian karena kecelakaan kerja setahun (perkiraan manfaat JKK)',
      en: 'assumed yearly work-accident death rate (expected JKK benefits)',
    },
  },
]
