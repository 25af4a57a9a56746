/**
 * The structure of an Indonesian NIK (Nomor Induk Kependudukan, 16 digits), as printed on the KTP:
 *
 * ```
 * PP RR DD  DD MM YY  SSSS
 * │  │  │   │  │  │   └ serial (0001–9999)
 * │  │  │   │  │  └ year of birth, two digits
 * │  │  │   │  └ month of birth
 * │  │  │   └ day of birth; women: day + 40 (41–71)
 * │  │  └ district (kecamatan) of registration
 * │  └ regency or city (kabupaten/kota)
 * └ province
 * ```
 *
 * This is a structural check only: it cannot say that a NIK exists (only Dukcapil can), and a person who
 * moved keeps the region code of the place the NIK was issued in.
 */
import { daysInMonth } from '../time/calendar.js'

/** What the digits of a NIK say. */
export interface NikDecoded {
  /** `'PP'`. */
  readonly province: string
  /** `'PP.RR'`. */
  readonly regency: string
  /** `'PP.RR.DD'`. */
  readonly district: string
  /** Day of birth as written (women's day already minus 40), 1–31. */
  readonly birthDay: number
  readonly birthMonth: number
  /** Two-digit year of birth (the century is not encoded). */
  readonly birthYear2: number
  readonly sex: 'male' | 'female'
  readonly serial: string
}

/** A structural defect of a NIK. */
export type NikDefect =
  | 'NIK_MALFORMED' // not 16 ASCII digits
  | 'NIK_REGION_INVALID' // a province, regency or district part is 00 (or the province starts with 0)
  | 'NIK_BIRTH_INVALID' // digits 7–12 are not a day (01–31 or 41–71) and a month (01–12) of a real date
  | 'NIK_SERIAL_INVALID' // digits 13–16 are 0000

/** The result of {@link decodeNik}. */
export type NikCheck =
  { readonly ok: true; readonly nik: NikDecoded } | { readonly ok: false; readonly defect: NikDefect }

const DIGITS16 = /^[0-9]{16}$/

/** `true` when February of some year ending in `yy` (19yy or 20yy) has 29 days. */
function leapIn(yy: number): boolean {
  return daysInMonth(1900 + yy, 2) === 29 || daysInMonth(2000 + yy, 2) === 29
}

/**
 * Decodes a NIK's structure. The defects are checked in order (format, region, birth, serial) and the
 * first one found is returned.
 *
 * @example
 * ```ts
 * decodeNik('1571024508900003')
 * //=> { ok: true, nik: { province: '15', regency: '15.71', district: '15.71.02',
 * //     birthDay: 5, birthMonth: 8, birthYear2: 90, sex: 'female', serial: '0003' } }
 * ```
 */
export function decodeNik(text: string): NikCheck {
  if (!DIGITS16.test(text)) return { ok: false, defect: 'NIK_MALFORMED' }
  const pp = text.slice(0, 2)
  const rr = text.slice(2, 4)
  const dd = text.slice(4, 6)
  if (pp[0] === '0' || rr === '00' || dd === '00') return { ok: false, defect: 'NIK_REGION_INVALID' }
  const rawDay = Number(text.slice(6, 8))
  const month = Number(text.slice(8, 10))
  const yy = Number(text.slice(10, 12))
  const female = rawDay > 40
  const day = female ? rawDay - 40 : rawDay
  if (month < 1 || month > 12 || day < 1 || rawDay > 71 || (rawDay > 31 && rawDay < 41))
    return { ok: false, defect: 'NIK_BIRTH_INVALID' }
  const maxDay = month === 2 ? (leapIn(yy) ? 29 : 28) : daysInMonth(2001, month)
  if (day > maxDay) return { ok: false, defect: 'NIK_BIRTH_INVALID' }
  const serial = text.slice(12, 16)
  if (serial === '0000') return { ok: false, defect: 'NIK_SERIAL_INVALID' }
  return {
    ok: true,
    nik: {
      province: pp,
      regency: `${pp}.${rr}`,
      district: `${pp}.${rr}.${dd}`,
      birthDay: day,
      birthMonth: month,
      birthYear2: yy,
      sex: female ? 'female' : 'male',
      serial,
    },
  }
}

/** The NIK's birth digits as `DD-MM-YY` (day without the +40), for messages. */
export function nikBirthText(n: NikDecoded): string {
  const p = (x: number) => String(x).padStart(2, '0')
  return `${p(n.birthDay)}-${p(n.birthMonth)}-${p(n.birthYear2)}`
}

/** `true` when a `'YYYY-MM-DD'` birth date agrees with the NIK's day, month and two-digit year. */
export function nikMatchesBirthDate(n: NikDecoded, birthDate: string): boolean {
  return (
    Number(birthDate.slice(8, 10)) === n.birthDay &&
    Number(birthDate.slice(5, 7)) === n.birthMonth &&
    Number(birthDate.slice(2, 4)) === n.birthYear2
  )
}
