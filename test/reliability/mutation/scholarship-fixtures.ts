/** What the scholarship mutation tests share: the child input and the citations the law gives. */
import type { calculateJkmBenefit } from '../../../src/index.js'
import type { SchoolLevel } from '../../../src/parameters/scholarship.js'

export type Jkm = ReturnType<typeof calculateJkmBenefit>

/** A child of the deceased, as `calculateJkmBenefit` takes it. */
export type Child = {
  birthDate: string
  name?: string
  registeredHeir?: boolean
  schooling?: { level: SchoolLevel; startYear: number }[]
  marriedOn?: string
  work?: { from: string; kind: 'PU' | 'BPU' | 'intern' | 'other'; consecutiveMonths?: number }
}

export const P103 = { source: 'PERMENAKER-1-2025', article: 'Pasal 103' }
export const P103_2 = { source: 'PERMENAKER-1-2025', article: 'Pasal 103 ayat (2)' }
export const P103_3A = { source: 'PERMENAKER-1-2025', article: 'Pasal 103 ayat (3a)' }
export const P104_1 = { source: 'PERMENAKER-1-2025', article: 'Pasal 104 ayat (1)' }
export const D5 = { source: 'DECISIONS', article: 'D5' }
export const D14 = { source: 'DECISIONS', article: 'D14' }
export const PP44 = { source: 'PP-44-2015' }
/** PP 44/2015 Pasal 34: the JKM benefit article, cited by the PP 44/2015 scholarship values (issue 16). */
export const PP44_34 = { source: 'PP-44-2015', article: 'Pasal 34' }
export const PP82 = { source: 'PP-82-2019' }
export const P5 = { source: 'PERMENAKER-5-2021' }
