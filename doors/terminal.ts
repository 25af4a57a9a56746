// Text from files and callers shown on a terminal: control characters made visible so that a name, an id or
// a cell can never move the cursor, clear the screen, ring the bell, rewrite a line or reverse the text.

// C0 controls (ESC, BEL, CR, BS…; tab and line feed included: a message is one line), DEL, C1 controls (CSI
// 0x9b…), and the Unicode bidirectional controls (RLO and friends) and line/paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** `text` with every terminal control character shown as `\u{…}`-style text (`\x1b` → `\u001b`). */
export function sanitizeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
