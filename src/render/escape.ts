/**
 * Text from the registry shown on a terminal: control characters and escape sequences in a name, unit,
 * actor or note would otherwise be obeyed by the terminal (clear the screen, move the cursor, repaint a
 * line, reverse the text). Human output shows them as visible escapes; machine formats (JSON, CSV, TSV)
 * keep the exact text.
 */

// C0 controls and DEL, C1 controls, and the Unicode bidirectional overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `s` with every control character, escape and bidi override shown as a visible escape (`\x1b`, `\n`, `\u202e`). */
export function escapeControl(s: string): string {
  UNSAFE.lastIndex = 0;
  return s.replace(UNSAFE, visible);
}

/** Whether `s` holds anything escapeControl would change. */
export function hasControl(s: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(s);
  UNSAFE.lastIndex = 0;
  return found;
}
