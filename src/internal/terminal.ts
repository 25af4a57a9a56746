/**
 * Text that is safe to print on a terminal. Caller strings (a cohort's name, a child's name, an id) reach
 * the text renderers verbatim; printed raw, a control character drives the terminal instead of being
 * shown: ESC and the C1 CSI (U+009B) start escape sequences (colours, cursor moves, window titles, OSC 8
 * links, even clipboard writes on some terminals), BEL rings, CR and BS overwrite what was printed, a line
 * feed forges a new line, and the bidi controls (RLO U+202E …) reorder what the reader sees ("Trojan
 * Source").
 *
 * {@link safeTerminalText} replaces each such character by a visible escape (`\x1B`, `\x9B`, `\u202E`),
 * so the reader still sees that it was there. Used by `renderExplanation` line by line; the CLI uses it for
 * its tables and row errors. The JSON explanation and the results keep the caller's data as given.
 */

/**
 * The characters neutralised: C0 controls (U+0000–U+001F: ESC, BEL, CR, BS, LF, TAB …), DEL (U+007F), C1
 * controls (U+0080–U+009F, CSI U+009B included), the bidi controls (ALM U+061C, LRM/RLM U+200E/U+200F,
 * LRE…RLO U+202A–U+202E, LRI…PDI U+2066–U+2069) and the line and paragraph separators U+2028/U+2029.
 */
// eslint-disable-next-line no-control-regex
export const TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g

/** {@link TERMINAL_CONTROL} without the global flag, for a stateless test. */
const HAS_CONTROL = new RegExp(TERMINAL_CONTROL.source)

function escapeOf(ch: string): string {
  const code = ch.charCodeAt(0)
  const hex = code.toString(16).toUpperCase()
  return code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`
}

/**
 * `text` with every terminal control character (see {@link TERMINAL_CONTROL}) replaced by a visible
 * escape; text without one is returned as it is (the same string). Linear in the length of `text`.
 *
 * @example
 * ```ts
 * safeTerminalText('Budi\u001b[2J')   //=> 'Budi\\x1B[2J'
 * safeTerminalText('ok\rFAKE')        //=> 'ok\\x0DFAKE'
 * safeTerminalText('\u202Efdp.exe')  //=> '\\u202Efdp.exe'
 * ```
 */
export function safeTerminalText(text: string): string {
  return HAS_CONTROL.test(text) ? text.replace(TERMINAL_CONTROL, escapeOf) : text
}
