// The choices several tools offer, once: value and the text key of each option.
import type { Key } from './i18n'

export type Options = readonly (readonly [string, Key | null])[]

export const CATEGORY_OPTIONS: Options = [
  ['PU', 'catPU'],
  ['BPU', 'catBPU'],
  ['JAKON', 'catJAKON'],
  ['PMI', 'catPMI'],
]

export const ENTERPRISE_OPTIONS: Options = [
  ['micro', 'micro'],
  ['small', 'small'],
  ['medium', 'medium'],
  ['large', 'large'],
]

/** Who pays a BPU participant's contributions (the coverage planner offers the last three). */
export const PAYER_OPTIONS: Options = [
  ['self', 'self'],
  ['apbd', 'apbd'],
  ['apbn', 'apbn'],
  ['other', 'other'],
]

/** A fact that may be true, false or not known (not known is left out of the input, never assumed). */
export const TRI_OPTIONS: Options = [
  ['', 'unknown'],
  ['yes', 'yes'],
  ['no', 'no'],
]

/** The same options with a first "not known" choice (left out of the input). */
export const orUnknown = (o: Options): Options => [['', 'unknown'], ...o]
