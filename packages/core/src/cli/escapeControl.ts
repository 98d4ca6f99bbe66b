// C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides and
// isolates that reorder what a terminal shows ("Trojan Source").
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text safe to print on a terminal: every control character that could move the cursor,
 * recolour, erase or reorder what is shown (ESC, CR, backspace, C1, bidi overrides) is written as a
 * visible `\u{…}` escape, so a cell such as `"\u001b[2K\r✔ valid"` cannot paint over the CLI's own
 * output. Tab and line feed are kept: the CLI's own layout uses them.
 *
 * @category I/O
 * @param text - What is about to be written.
 * @returns The text with each such character replaced by `\u{hex}`.
 * @example
 * escapeControl('xihu\u001b[32m✔') //=> 'xihu\\u{1b}[32m✔'
 */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
