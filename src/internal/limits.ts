import { makeIssue, type BpjsIssue, type IssuePath } from '../errors.js'
import type { Locale } from '../i18n/types.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreInputMessages)

/**
 * The issue every size limit of the library raises: `TOO_MANY_ITEMS` at the list's path, with the limit
 * and the length received (`{ max, actual }`), so a caller can say "12,000 rows, at most 10,000".
 */
export function tooManyItemsIssue(
  path: IssuePath,
  max: number,
  actual: number,
  locale: Locale = 'id',
): BpjsIssue {
  return makeIssue(path, 'TOO_MANY_ITEMS', { max, actual }, locale)
}
