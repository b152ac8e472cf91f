/**
 * The attacker of test/redos.test.ts, in a worker thread so that a regular expression
 * that backtracks exponentially can be stopped from outside. For each pattern it scans
 * adversarial strings built from generic pumps and from the pattern's own literals, and
 * reports the pump that makes the scan grow faster than linearly.
 */
import { parentPort } from "node:worker_threads";

const GENERIC = [
  "1", "11,", "1.", "1 ", "1-", "a", "A", "Aa ", "a ", "aA", " ", "\t", "\n", "\n\n", "\r\n", ".", "..", ". ", ",", ", ", ";",
  "-", "- ", "—", "'", '"', "“", "”", "‘", "’", "(", ")", "[", "]", "{", "$1", "1%", "A. ", "Mr. ", "U.S. ", "The ",
  "<", "<a ", "<p>", "&", "&#", "#", "*", "_", ":", "/", "a-", "\u00a0", "é", "🚀", "ب", "0x", "1e", "a1",
];

/** Literal pieces of a pattern: words, and escaped or bare punctuation. */
function literals(source) {
  const out = new Set();
  for (const m of source.matchAll(/[A-Za-z]{2,}(?: [A-Za-z]{2,})?/g)) out.add(m[0]);
  for (const m of source.matchAll(/\\([$.()[\]{}*+?|^\/\\-])/g)) out.add(m[1]);
  for (const m of source.matchAll(/[%£€¥@:;,'"“”’‘&#<>=]/g)) out.add(m[0]);
  return [...out].slice(0, 24);
}

function scan(re, s) {
  re.lastIndex = 0;
  const t = performance.now();
  for (let m = re.exec(s), n = 0; m && n < 1e6; m = re.exec(s), n++) if (m[0] === "") re.lastIndex++;
  return performance.now() - t;
}

function attack(source, flags) {
  const re = new RegExp(source, flags.replace(/[gy]/g, "") + "g");
  const lits = literals(source);
  const pumps = [...GENERIC, ...lits, ...lits.map((l) => l + " "), ...lits.map((l) => l + "1")];
  const prefixes = ["", ...lits.slice(0, 4).map((l) => l + " ")];
  const build = (prefix, pump, n) => prefix + pump.repeat(Math.ceil(n / pump.length)) + "\u0000";
  let worst = { ms: 0, pump: "", prefix: "" };
  for (const prefix of prefixes) {
    for (const pump of pumps) {
      const small = build(prefix, pump, 10_000);
      let t1 = scan(re, small);
      if (t1 > worst.ms) worst = { ms: t1, pump, prefix };
      if (t1 < 20) continue;
      // linear: 4× the string, 4× the time; quadratic: 16×. The best of two runs of the
      // small string keeps a pause of the machine from hiding the difference.
      t1 = Math.min(t1, scan(re, small));
      const t2 = scan(re, build(prefix, pump, 40_000));
      if (t2 > 6 * t1 && t2 > 100) return { ok: false, pump, prefix, ms10k: Math.round(t1), ms40k: Math.round(t2) };
    }
  }
  return { ok: true, worstMs: Math.round(worst.ms), pump: worst.pump };
}

parentPort.on("message", ({ id, source, flags }) => {
  let result;
  try {
    result = attack(source, flags);
  } catch (e) {
    result = { ok: true, skipped: String(e.message) };
  }
  parentPort.postMessage({ id, ...result });
});
