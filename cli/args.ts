// Turning command-line options into the library's input objects. Option names are the API's field names
// in kebab-case (`--jkk-risk-class` → `jkkRiskClass`), so the docs of the library apply to the CLI as is.
import { readFileSync } from 'node:fs'
import { readBool } from '../doors/index.js'
import { t, type Lang } from './messages.js'

/** An error in how the tool was called (exit code 2), with a message in the caller's language. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** What kind of value an option carries, and so how its text becomes an input value. */
export type FieldKind = 'money' | 'int' | 'string' | 'bool' | 'list' | 'child' | 'cohort'

/** One option of a command: its flag (commander syntax), the input key it fills and its help text. */
export interface FieldSpec {
  readonly flags: string
  readonly key: string
  readonly kind: FieldKind
  readonly help: { readonly id: string; readonly en: string }
  /** Allowed values, shown in the help. */
  readonly choices?: readonly string[]
}

/** Reads `--input`: a JSON file, `-` for standard input, or inline JSON starting with `{`. */
export function readInput(source: string | undefined, lang: Lang): Record<string, unknown> {
  if (source === undefined) return {}
  let text: string
  const name = source === '-' ? 'stdin' : source
  if (source.trimStart().startsWith('{')) text = source
  else
    try {
      text = readFileSync(source === '-' ? 0 : source, 'utf8')
    } catch (e) {
      throw new UsageError(t(lang, 'cannotRead', { file: name, reason: (e as Error).message }))
    }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    throw new UsageError(t(lang, 'badJson', { file: name, reason: (e as Error).message }))
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new UsageError(t(lang, 'badJson', { file: name, reason: 'not an object' }))
  return value as Record<string, unknown>
}

/** A whole number option (`--jkk-risk-class 3`). Non-integers are refused here, not guessed. */
export function toInt(option: string, value: string, lang: Lang): number {
  if (!/^-?\d+$/.test(value.trim())) throw new UsageError(t(lang, 'badNumber', { option, value }))
  return Number(value.trim())
}

/** A yes/no value as written in an option (`ya`/`tidak`, `true`/`false`, `1`/`0`: the doors' words). */
export function toBool(option: string, value: string, lang: Lang): boolean {
  const b = readBool(value)
  if (b === undefined) throw new UsageError(t(lang, 'badBoolean', { option, value }))
  return b
}

/** A list option (`--programs JKK,JKM` or `"JKK JKM"`). */
export function toList(value: string): string[] {
  return value
    .split(/[\s,;|]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/**
 * A child: `BIRTH-DATE[,LEVEL:START-YEAR...][,heir][,name=NAME]`, e.g. `2015-03-01,SD:2021,SMP:2027,heir` →
 * `{ birthDate: '2015-03-01', schooling: [{ level: 'SD', startYear: 2021 }, …], registeredHeir: true }`.
 * Other child facts (marriage, work) go in the JSON `--input`.
 */
export function toChild(value: string, lang: Lang): Record<string, unknown> {
  const [birthDate, ...rest] = value.split(',').map((s) => s.trim())
  if (birthDate === undefined || birthDate === '') throw new UsageError(t(lang, 'badChild', { value }))
  const child: Record<string, unknown> = { birthDate }
  const schooling: { level: string; startYear: number }[] = []
  for (const part of rest) {
    const level = /^([A-Za-z]+):(\d{4})$/.exec(part)
    const name = /^name=(.+)$/.exec(part)
    if (level !== null) schooling.push({ level: (level[1] ?? '').toUpperCase(), startYear: Number(level[2]) })
    else if (name !== null) child.name = name[1]
    else if (part === 'heir' || part === 'registeredHeir') child.registeredHeir = true
    else throw new UsageError(t(lang, 'badChild', { value }))
  }
  if (schooling.length > 0) child.schooling = schooling
  return child
}

/** A scalar from `key=value` text: whole numbers and booleans become numbers/booleans, the rest stays text. */
export function scalar(text: string): string | number | boolean {
  if (/^-?\d+$/.test(text) && Number.isSafeInteger(Number(text))) return Number(text)
  if (text === 'true') return true
  if (text === 'false') return false
  return text
}

/**
 * A cohort of a coverage program: `name=Ojol,workers=1200,category=BPU,declaredIncome=1000000`
 * (`programs=JKK JKM JHT` for a list).
 */
export function toCohort(value: string, lang: Lang): Record<string, unknown> {
  const cohort: Record<string, unknown> = {}
  for (const part of value.split(',')) {
    const m = /^\s*([A-Za-z][A-Za-z0-9]*)\s*=\s*(.*?)\s*$/.exec(part)
    if (m === null || m[1] === undefined || m[2] === undefined)
      throw new UsageError(t(lang, 'badCohort', { value }))
    cohort[m[1]] = m[1] === 'programs' ? toList(m[2]) : m[1] === 'name' ? m[2] : scalar(m[2])
  }
  if (!('name' in cohort)) throw new UsageError(t(lang, 'badCohort', { value }))
  return cohort
}

/** `--param id=value` → an entry of `options.parameters` (the value stays text, as parameters store it). */
export function toParam(value: string, lang: Lang): [string, string] {
  const i = value.indexOf('=')
  if (i <= 0 || i === value.length - 1) throw new UsageError(t(lang, 'badParam', { value }))
  return [value.slice(0, i).trim(), value.slice(i + 1).trim()]
}

/**
 * Builds a library input from `--input` and the options given: an option given on the command line
 * replaces the same field of the JSON input. Options not given are left out (never defaulted here: the
 * library decides, or reports what is missing).
 */
export function buildInput(
  specs: readonly FieldSpec[],
  opts: Record<string, unknown>,
  lang: Lang,
): Record<string, unknown> {
  const input: Record<string, unknown> = { ...readInput(opts.input as string | undefined, lang) }
  for (const spec of specs) {
    const raw = opts[attributeOf(spec.flags)]
    if (raw === undefined) continue
    const option = spec.flags.split(/[ ,]/)[0] ?? spec.key
    switch (spec.kind) {
      case 'money':
      case 'string':
        input[spec.key] = raw
        break
      case 'int':
        input[spec.key] = toInt(option, String(raw), lang)
        break
      case 'bool':
        input[spec.key] = raw === true || raw === false ? raw : toBool(option, String(raw), lang)
        break
      case 'list':
        input[spec.key] = (raw as string[]).flatMap(toList)
        break
      case 'child':
        input[spec.key] = (raw as string[]).map((c) => toChild(c, lang))
        break
      case 'cohort':
        input[spec.key] = (raw as string[]).map((c) => toCohort(c, lang))
        break
    }
  }
  return input
}

/** The key commander stores an option under: `--no-jkp-registered` → `jkpRegistered`, `--child` → `child`. */
export function attributeOf(flags: string): string {
  const long = (flags.split(/[ ,|]+/).find((f) => f.startsWith('--')) ?? '').replace(/^--(no-)?/, '')
  return long.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
}

/** The input field a flag fills, the other way round: `['jkkRiskClass']` → `--jkk-risk-class`. */
export function flagOf(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`
}
