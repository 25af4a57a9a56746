import { BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import type { Locale } from '../i18n/types.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { useMessages } from '../i18n/registry.js'

useMessages(eligibilityMessages)

/** Collects cross-field problems and throws them together (nothing half-checked is used). */
export class IssueList {
  private readonly list: BpjsIssue[] = []
  constructor(private readonly locale: Locale) {}

  /** `later` must not be before `earlier` (both ISO dates or periods). */
  order(
    earlierPath: string,
    earlier: string | undefined,
    laterPath: string,
    later: string | undefined,
    path: readonly (string | number)[] = [laterPath],
  ): void {
    if (earlier !== undefined && later !== undefined && later < earlier)
      this.list.push(
        makeIssue(
          path,
          'ELIG_DATE_ORDER',
          { field: laterPath, value: later, other: earlierPath, otherValue: earlier },
          this.locale,
        ),
      )
  }

  add(path: readonly (string | number)[], code: string, params: Record<string, string | number> = {}): void {
    this.list.push(makeIssue(path, code, params, this.locale))
  }

  /** The problems found so far. */
  get issues(): readonly BpjsIssue[] {
    return this.list
  }

  /** Throws a `BpjsValidationError` when any problem was found. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new BpjsValidationError(this.list, this.locale)
  }
}
