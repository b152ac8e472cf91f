/**
 * Stretches of time (TIMEX3 DURATION): "three months", "five to six years", "a decade",
 * "the past three years", "the next few quarters", "one-month" in "a one-month low",
 * "30-day", "a year and a half", "recent years", "for years".
 *   catches: "20 or 30 years" (P20Y), "the first nine months" (P9M), "a 52-week high" (P52W)
 *   must not: "5% a year" (a set), "three years ago" (a date), "two companies", "a 6-year-old"
 *             (an age), "three-quarters of" (a fraction), "a quarter of the shares"
 */
import { TIME_UNITS, UNIT_PLURALS } from "../../lexicon/time.js";
import { COUNT, RATE_BEFORE, readCount } from "./patterns.js";
import { fixed, type DateRule } from "./types.js";

const UNITS = String.raw`(?:years?|months?|weeks?|days?|quarters?|decades?|century|centuries|fortnights?|hours?|minutes?|seconds?)`;

/** TIMEX3 duration value of n units ("P3Y", "PT5H"); n null: unknown amount ("PXY"). */
export function durationValue(n: number | null, unitWord: string): string | null {
  let w = unitWord.toLowerCase();
  w = UNIT_PLURALS[w] ?? w.replace(/s$/, "");
  const u = TIME_UNITS[w];
  if (!u) return null;
  const [code, per] = u;
  const time = code === "H" || code === "MIN" || code === "S";
  const c = code === "MIN" ? "M" : code;
  if (n === null) return `P${time ? "T" : ""}X${c}`;
  const whole = Math.floor(n * per);
  const rest = Number((n * per - whole).toPrecision(6));
  // "2 1/2 years" → P2Y6M, "a minute and a half" → PT1M30S, as TIMEX3 writes fractions
  const smaller: Record<string, [string, number, boolean]> = { Y: ["M", 12, false], M: ["D", 30, false], W: ["D", 7, false], D: ["H", 24, true], H: ["M", 60, true], MIN: ["S", 60, true] };
  const sub = smaller[code];
  if (rest > 0 && sub && Number.isInteger(Number((rest * sub[1]).toPrecision(6)))) {
    const t = time || sub[2] ? "T" : "";
    const head = time ? `PT${whole}${c}` : `P${whole}${c}`;
    return `${head}${t && !time ? "T" : ""}${Number((rest * sub[1]).toPrecision(6))}${sub[0]}`;
  }
  return `P${time ? "T" : ""}${Number((n * per).toPrecision(12))}${c}`;
}

export const DURATION_RULES: readonly DateRule[] = [
  {
    name: "duration",
    pattern: new RegExp(
      String.raw`\b(?:(the|these|those)\s+)?(?:(past|last|next|previous|coming|following|first|final|latest|recent|remaining|initial|preceding|ensuing|subsequent|same)\s+)?(${COUNT})(?:\s*(?:to|or|-|–)\s*(${COUNT}))?(?:\s+(?:more|additional|straight|consecutive|full|successive|long|further|extra|trading|business|working|calendar))?[\s-]+(${UNITS})(\s+and\s+a\s+half)?(-old|[\s-]+old\b|-long)?\b(?!-(?:to|on|over|ago))`,
      "gi",
    ),
    read(m, text) {
      const start = m.index;
      const end = m.index + m[0].length;
      const countText = m[3];
      const unit = m[5];
      if (m[7] && /old/i.test(m[7])) return null;
      // "three-quarters", "three quarters of the shares": fractions; "several quarters of losses" is time
      if (/^quarters?$/i.test(unit) && (/-\s*quarters?$/i.test(m[0]) || /^\s+of\s+(?:the|a|an|its|their|his|her|all|those|these|them|us|\d)\b/i.test(text.slice(end, end + 12)))) return null;
      const lone = /^(?:an?)$/i.test(countText);
      // "5% a year", "24 hours a day": a rate (sets.ts), not a stretch
      if (lone && !m[1] && RATE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return null;
      // "a decades-long battle": the article goes with the noun, not the unit
      if (lone && /s$/i.test(m[5])) return null;
      if (lone && m[7]) return null; // "a day-long meeting": the long rule takes "day-long"
      // "a second betrayal": an ordinal
      if (lone && /^seconds?$/i.test(m[5])) return null;
      // "the 1988 quarter": a year, not 1988 quarters
      if (/^(?:1[5-9]\d\d|20\d\d)$/.test(countText)) return null;
      // "five to six years": the low end, as most TIMEX3 annotators write it; "a few days": PXD
      let n = readCount(countText);
      if (n !== null && m[6]) n += 0.5;
      // "the first quarter" is a date (periods.ts), not one quarter
      if (/^quarter$/i.test(unit) && n === 1 && !lone && /^(?:first|final|last)$/i.test(m[2] ?? "")) return null;
      const value = durationValue(n, unit);
      if (!value) return null;
      return { start, end, kind: "duration", when: fixed(value), mod: null };
    },
  },
  {
    name: "long",
    // "a decades-long battle" (PXY), "a day-long meeting" (P1D)
    pattern: /\b(year|month|week|day|hour|decade|centur(?:y|ie))(s?)-long\b/gi,
    read(m) {
      const unit = m[1].toLowerCase() === "centurie" ? "century" : m[1];
      const value = durationValue(m[2] ? null : 1, unit);
      return value ? { start: m.index, end: m.index + m[0].length, kind: "duration", when: fixed(value), mod: null } : null;
    },
  },
  {
    name: "vague-duration",
    // "recent years", "the coming months", "for years", "in recent weeks", "the weeks ahead"
    pattern: new RegExp(String.raw`\b(?:(?:the\s+)?(recent|coming|past|next|last|following|preceding|ensuing|upcoming|early)\s+|(the)\s+)?(years|months|weeks|days|decades|quarters|hours)\b(\s+ahead)?`, "gi"),
    read(m, text) {
      const start = m.index;
      if (!m[1] && !m[4]) {
        const before = text.slice(Math.max(0, start - 12), start);
        const after = text.slice(start + m[0].length, start + m[0].length + 12);
        if (!/\b(?:for|over|within|in|than|take|takes|took|last|lasted|of)\s+$/i.test(before)) return null;
        if (/^\s*(?:old|['’])/i.test(after) || /\bin\s+$/i.test(before) && !/^\s*[,.;]/.test(after)) return null;
      }
      if (m[2] && !/\b(?:over|in|during|through|throughout)\s+$/i.test(text.slice(Math.max(0, start - 12), start))) return null;
      // "in recent years", "in past years": the past as a whole, as TimeML annotates it
      if (m[1] && /^(?:recent|past)$/i.test(m[1]) && !/^the\s/i.test(m[0]) && /^years$/i.test(m[3])) return { start, end: start + m[0].length, kind: "date", when: fixed("PAST_REF"), mod: null };
      const value = durationValue(null, m[3]);
      return { start, end: start + m[0].length, kind: "duration", when: fixed(value), mod: null };
    },
  },
];
