/**
 * Text from an input — article text, names, file names, record ids — shown on a terminal
 * must not drive it: an ESC from an article could clear the screen or set the window title.
 * Control characters (C0, DEL, C1) and the bidirectional overrides that reorder what is
 * shown ("Trojan source") are written as visible escapes instead: `\x1b`, `\n`, `\u202e`.
 *
 *   escapeControls("a\u001b[2Jb") → "a\\x1b[2Jb"      escapeControls("Zürich · 東京") → unchanged
 */
export const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** The visible escape of one control character: `\x1b`, `\n`, `\u202e`. */
export function visible(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);
}

export function escapeControls(s: string): string {
  return s.replace(CONTROL, visible);
}
