import * as z from 'zod/mini'
import { contributionInputSchema } from './contribution.js'
import { heirsInputSchema, jkkDeathInputSchema, jkmInputSchema } from './benefit.js'
import { JSON_FRAGMENTS } from './common.js'
import {
  eligibilitySchema,
  jkmClaimSchema,
  jkpClaimSchema,
  jkpRegistrationSchema,
  pensionAgeOnSchema,
  pensionAgeReachedSchema,
  scholarshipSchema,
} from './eligibility.js'
import { commonOptionShape } from './options.js'
import { jkkBenefitInputSchema } from './jkk-benefit.js'
import { jpBenefitInputSchema } from './jp-benefit.js'
import { jhtBalanceInputSchema, jhtClaimInputSchema } from './jht.js'
import { jkpBenefitInputSchema } from './jkp-benefit.js'
import { arrearsInputSchema } from './arrears.js'
import { planInputSchema } from '../programs-plan/plan.js'
import { budgetFirstSchema, roadmapSchema } from '../programs-plan/roadmap.js'
import { assessRosterInputSchema, rosterRowSchema, rosterSettingsSchema } from './roster.js'

/** Version of the JSON Schema files (`$id` and `x-bpjs-schema-version`); bumped when an input changes. */
export const JSON_SCHEMA_VERSION = '1'

interface SchemaEntry {
  /** File name under `schemas/` (without `.json`). */
  readonly file: string
  /** The function whose input (or options) it describes. */
  readonly fn: string
  readonly schema: z.core.$ZodType
  readonly title: { readonly id: string; readonly en: string }
  readonly description: { readonly id: string; readonly en: string }
  /** The function also takes the single date field alone (`jpPensionAgeOn('2025-01-01')`). */
  readonly bareDate?: true
}

const options = z.strictObject(commonOptionShape)

/** Every input of the public functions, with its title and description in both languages. */
export const JSON_SCHEMA_ENTRIES: readonly SchemaEntry[] = [
  {
    file: 'contribution-input',
    fn: 'calculateContribution',
    schema: contributionInputSchema,
    title: { id: 'Masukan iuran', en: 'Contribution input' },
    description: {
      id: 'Satu peserta atau proyek untuk calculateContribution, dibedakan menurut category (PU, BPU, JAKON, PMI). Juga satu baris calculateContributions.',
      en: 'One participant or project for calculateContribution, told apart by category (PU, BPU, JAKON, PMI). Also one row of calculateContributions.',
    },
  },
  {
    file: 'jkm-benefit-input',
    fn: 'calculateJkmBenefit',
    schema: jkmInputSchema,
    title: { id: 'Masukan manfaat JKM', en: 'JKM benefit input' },
    description: {
      id: 'Kematian bukan karena kecelakaan kerja: tanggal, kategori, kepesertaan, anak (beasiswa).',
      en: 'A death not caused by work: dates, category, membership, children (scholarship).',
    },
  },
  {
    file: 'jkk-death-benefit-input',
    fn: 'calculateJkkDeathBenefit',
    schema: jkkDeathInputSchema,
    title: { id: 'Masukan manfaat kematian JKK', en: 'JKK death benefit input' },
    description: {
      id: 'Kematian karena kecelakaan kerja atau penyakit akibat kerja: tanggal, kategori, upah (tepat satu dasar upah).',
      en: 'A death from a work accident or occupational disease: dates, category, wage (exactly one wage basis).',
    },
  },
  {
    file: 'heirs-input',
    fn: 'determineHeirs',
    schema: heirsInputSchema,
    title: { id: 'Masukan ahli waris', en: 'Heirs input' },
    description: {
      id: 'Keluarga peserta yang meninggal, menurut urutan hukum.',
      en: "The deceased participant's family, in legal order.",
    },
  },
  {
    file: 'eligibility-input',
    fn: 'checkEligibility',
    schema: eligibilitySchema,
    title: { id: 'Masukan kepesertaan', en: 'Eligibility input' },
    description: {
      id: 'Hubungan kerja dan fakta seseorang pada suatu tanggal.',
      en: "A person's work relationship and facts on a date.",
    },
  },
  {
    file: 'jkp-registration-input',
    fn: 'checkJkpRegistration',
    schema: jkpRegistrationSchema,
    title: { id: 'Masukan pendaftaran JKP', en: 'JKP registration input' },
    description: {
      id: 'Syarat pendaftaran Jaminan Kehilangan Pekerjaan.',
      en: 'Conditions of registering in the job-loss program.',
    },
  },
  {
    file: 'jkp-claim-input',
    fn: 'checkJkpClaim',
    schema: jkpClaimSchema,
    title: { id: 'Masukan klaim JKP', en: 'JKP claim input' },
    description: {
      id: 'PHK, alasan dan iuran untuk klaim JKP.',
      en: 'Layoff, reason and contributions of a JKP claim.',
    },
  },
  {
    file: 'jkm-claim-input',
    fn: 'checkJkmClaim',
    schema: jkmClaimSchema,
    title: { id: 'Masukan klaim JKM', en: 'JKM claim input' },
    description: {
      id: 'Fakta kematian untuk memeriksa hak JKM.',
      en: 'Facts of a death to check the JKM entitlement.',
    },
  },
  {
    file: 'scholarship-eligibility-input',
    fn: 'checkScholarshipEligibility',
    schema: scholarshipSchema,
    title: { id: 'Masukan beasiswa', en: 'Scholarship input' },
    description: {
      id: 'Kematian peserta dan anak-anaknya, untuk hak beasiswa.',
      en: "A participant's death and children, for the scholarship.",
    },
  },
  {
    file: 'pension-age-on-input',
    fn: 'jpPensionAgeOn',
    schema: pensionAgeOnSchema,
    bareDate: true,
    title: { id: 'Masukan usia pensiun pada tanggal', en: 'Pension age on a date input' },
    description: {
      id: 'Tanggal (juga boleh teks tanggal saja).',
      en: 'A date (a date text alone is accepted too).',
    },
  },
  {
    file: 'pension-age-reached-input',
    fn: 'pensionAgeReachedOn',
    schema: pensionAgeReachedSchema,
    bareDate: true,
    title: { id: 'Masukan tanggal mencapai usia pensiun', en: 'Pension age reached input' },
    description: {
      id: 'Tanggal lahir (juga boleh teks tanggal saja).',
      en: 'A birth date (a date text alone is accepted too).',
    },
  },
  {
    file: 'coverage-program-input',
    fn: 'planCoverageProgram',
    schema: planInputSchema,
    title: { id: 'Masukan program perlindungan', en: 'Coverage program input' },
    description: {
      id: 'Program yang membayar iuran kelompok pekerja; tiap kelompok memuat kolom iuran satu pekerja (tanpa period dan payer).',
      en: "A program paying cohorts' premiums; each cohort holds one worker's contribution fields (without period and payer).",
    },
  },
  {
    file: 'coverage-roadmap-input',
    fn: 'planCoverageRoadmap',
    schema: roadmapSchema,
    title: { id: 'Masukan peta jalan cakupan', en: 'Coverage roadmap input' },
    description: {
      id: 'Target cakupan per tahun, anggaran dan premi per pekerja untuk planCoverageRoadmap.',
      en: 'Yearly coverage targets, budget and premium per worker for planCoverageRoadmap.',
    },
  },
  {
    file: 'workers-for-budget-input',
    fn: 'workersForBudget',
    schema: budgetFirstSchema,
    title: { id: 'Masukan pekerja per anggaran', en: 'Workers for a budget input' },
    description: {
      id: 'Anggaran dan premi: berapa pekerja yang dapat dibiayai (workersForBudget).',
      en: 'A budget and a premium: how many workers it can pay for (workersForBudget).',
    },
  },
  {
    file: 'options',
    fn: '*',
    schema: options,
    title: { id: 'Opsi', en: 'Options' },
    description: {
      id: 'Opsi setiap fungsi: locale, rounding, parameters (nilai pengganti, per id parameter; diperiksa sebagai data oleh pustaka).',
      en: 'Options of every function: locale, rounding, parameters (overrides by parameter id; checked as data by the library).',
    },
  },
  {
    file: 'jkk-benefit-input',
    fn: 'calculateJkkBenefit',
    schema: jkkBenefitInputSchema,
    title: { id: 'Masukan manfaat JKK', en: 'JKK benefit input' },
    description: {
      id: 'Kecelakaan kerja atau penyakit akibat kerja (bukan kematian): tanggal, kategori, upah (atau fase dan jumlah PMI), STMB, cacat, anak untuk beasiswa, biaya.',
      en: 'A work accident or occupational disease (not a death): dates, category, wage (or the PMI phase and amounts), incapacity, disability, children for the scholarship, costs.',
    },
  },
  {
    file: 'jp-benefit-input',
    fn: 'calculateJpBenefit',
    schema: jpBenefitInputSchema,
    title: { id: 'Masukan manfaat JP', en: 'JP benefit input' },
    description: {
      id: 'Pensiun hari tua, cacat, janda/duda, anak atau orang tua: tanggal, bulan iuran, upah.',
      en: 'Old-age, disability, widow(er), child or parent pension: dates, contribution months, wages.',
    },
  },
  {
    file: 'jht-balance-input',
    fn: 'projectJhtBalance',
    schema: jhtBalanceInputSchema,
    title: { id: 'Masukan saldo JHT', en: 'JHT balance input' },
    description: {
      id: 'Riwayat iuran JHT per bulan, saldo awal dan asumsi proyeksi.',
      en: 'Monthly JHT contribution history, opening balance and projection assumptions.',
    },
  },
  {
    file: 'jht-claim-input',
    fn: 'calculateJhtClaim',
    schema: jhtClaimInputSchema,
    title: { id: 'Masukan klaim JHT', en: 'JHT claim input' },
    description: {
      id: 'Alasan dan tanggal klaim JHT dengan saldonya (juga untuk checkJhtClaim).',
      en: 'Ground, date and balance of a JHT claim (also for checkJhtClaim).',
    },
  },
  {
    file: 'jht-claim-check-input',
    fn: 'checkJhtClaim',
    schema: jhtClaimInputSchema,
    title: { id: 'Masukan pemeriksaan klaim JHT', en: 'JHT claim check input' },
    description: {
      id: 'Alasan dan tanggal klaim JHT (saldo opsional); sama dengan masukan calculateJhtClaim.',
      en: 'Ground and date of a JHT claim (balance optional); the same as calculateJhtClaim’s input.',
    },
  },
  {
    file: 'roster-input',
    fn: 'assessRoster',
    schema: assessRosterInputSchema,
    title: { id: 'Masukan daftar pekerja', en: 'Roster input' },
    description: {
      id: 'Tanggal pendaftaran, pembayar, paket dan baris daftar pekerja (setiap baris seperti roster-row: kolom yang salah menjadi temuan baris itu, bukan galat).',
      en: 'Enrolment date, payer, package and the rows of a roster (each row as roster-row: a wrong field is a finding of that row, not an error).',
    },
  },
  {
    file: 'roster-settings',
    fn: 'createRosterAssessor',
    schema: rosterSettingsSchema,
    title: { id: 'Pengaturan daftar pekerja', en: 'Roster settings' },
    description: {
      id: 'Masukan assessRoster tanpa rows, untuk createRosterAssessor (baris ditambahkan satu per satu).',
      en: 'The assessRoster input without rows, for createRosterAssessor (rows are added one at a time).',
    },
  },
  {
    file: 'roster-row',
    fn: 'RosterAssessor.add',
    schema: rosterRowSchema,
    title: { id: 'Baris daftar pekerja', en: 'Roster row' },
    description: {
      id: 'Satu orang dalam daftar: baris yang sesuai skema ini dibaca tanpa temuan ROSTER_FIELD_INVALID atau ROSTER_FIELD_UNKNOWN; kolom yang tidak ada, null atau "" berarti belum diberikan.',
      en: 'One person of a roster: a row that fits this schema is read without a ROSTER_FIELD_INVALID or ROSTER_FIELD_UNKNOWN finding; a field absent, null or "" is not given.',
    },
  },
  {
    file: 'jkp-benefit-input',
    fn: 'calculateJkpBenefit',
    schema: jkpBenefitInputSchema,
    title: { id: 'Masukan manfaat JKP', en: 'JKP benefit input' },
    description: {
      id: 'PHK: tanggal, syarat klaim (seperti checkJkpClaim), upah terakhir, klaim ke berapa, tunggakan pengusaha, biaya pelatihan.',
      en: 'A termination: dates, claim conditions (as checkJkpClaim), last wage, claim number, employer arrears, training cost.',
    },
  },
  {
    file: 'arrears-input',
    fn: 'calculateArrears',
    schema: arrearsInputSchema,
    title: { id: 'Masukan tunggakan iuran', en: 'Arrears input' },
    description: {
      id: 'Iuran per bulan dengan tanggal bayarnya dan tanggal hitung: denda keterlambatan dan siapa membayar manfaat lebih dahulu.',
      en: 'Contributions per month with their payment dates and a counting date: late-payment penalties and who pays benefits first.',
    },
  },
]

/**
 * The JSON Schema (draft 2020-12) of one input: generated from the same zod schema the library validates
 * with; fields zod cannot describe (money, months, dates, rates) use their registered fragments. Titles and
 * descriptions carry both languages (`Indonesian / English`), also as `x-title` / `x-description` objects.
 *
 * @example
 * ```ts
 * jsonSchemaOf(JSON_SCHEMA_ENTRIES[0]!).title //=> 'Masukan iuran / Contribution input'
 * ```
 */
export function jsonSchemaOf(entry: SchemaEntry): Record<string, unknown> {
  const body = z.toJSONSchema(entry.schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const def = (ctx.zodSchema as z.core.$ZodType)._zod.def as {
        type: string
        shape?: Record<string, z.core.$ZodType>
      }
      // a checker (a transform) reads undefined too, so zod would not list it as required: the object's
      // required keys are those not wrapped in z.optional
      if (def.type === 'object' && def.shape !== undefined) {
        const required = Object.keys(def.shape).filter((k) => def.shape![k]!._zod.def.type !== 'optional')
        const js = ctx.jsonSchema as { required?: string[] }
        if (required.length > 0) js.required = required
      }
      const fragment = JSON_FRAGMENTS.get(ctx.zodSchema as z.core.$ZodType)
      if (fragment === undefined) return
      for (const k of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[k]
      Object.assign(ctx.jsonSchema, JSON.parse(JSON.stringify(fragment)) as object)
    },
  }) as Record<string, unknown>
  const { $schema, ...object } = body
  const date = (object.properties as Record<string, unknown> | undefined)?.[
    entry.bareDate === true ? (Object.keys(object.properties as object)[0] ?? '') : ''
  ]
  const rest = date === undefined ? object : { anyOf: [date, object] }
  return {
    $schema,
    $id: `https://bpjs-ketenagakerjaan.dev/schemas/v${JSON_SCHEMA_VERSION}/${entry.file}.json`,
    title: `${entry.title.id} / ${entry.title.en}`,
    description: `${entry.description.id} / ${entry.description.en}`,
    'x-title': entry.title,
    'x-description': entry.description,
    'x-function': entry.fn,
    'x-bpjs-schema-version': JSON_SCHEMA_VERSION,
    ...rest,
  }
}
