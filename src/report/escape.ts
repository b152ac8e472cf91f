/**
 * Text shown on a terminal — the pretty report, messages on stderr, progress — carries no
 * control character from its input: an article, a file name or a JSONL id holding ESC could
 * otherwise clear the screen, set the window title or forge a line of output. C0 controls
 * (tab and line feed included), DEL, C1 controls and the bidirectional overrides that
 * reorder what is shown are written as escapes (`\x1b`, `\n`, `\u202e`).
 *   escapes: "\u001b]0;owned\u0007", "a\nb", "\u009b2J", "evil\u202etxt.exe"
 *   keeps: "Zürich — 5%", "“quoted”", emoji
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeOne(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);
}

/** `s` with its control characters written as escapes, safe to show on a terminal. */
export function terminalSafe(s: string): string {
  return s.replace(CONTROLS, escapeOne);
}

/** Like terminalSafe, but line breaks stay: for messages of several lines (the help, usage errors). */
export function terminalLines(s: string): string {
  return s.split("\n").map(terminalSafe).join("\n");
}
