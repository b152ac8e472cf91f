/**
 * The currency of a money figure, read before the number ("$", "US$", "HK $", "USD", "Rmb",
 * "€") or after it ("dollars", "4.7bn euros", "USD", "dlrs", "50 cents", "50p").
 *   catches: "US$ 150 million", "c $ 16.4 million", "USD115", "1.5 billion dlrs", "a cent"
 *   must not: "a $5 bill" (not A$), "ALL 5 solutions" (not the lek), "dollar" alone
 */
import {
  CODE_ALIASES, CODES_THAT_ARE_WORDS, DOLLAR_PREFIXES, DOLLAR_PREFIXES_TIGHT, ISO_CODES, ISO_NAMES, LOWERCASE_CODES, DOLLAR_AFTER_SIGN, LOWERCASE_ONLY_NAMES, MAX_NAME_WORDS, MAX_SUBUNIT_WORDS, NAMES,
  SUBUNITS, SUBUNITS_TIGHT, SYMBOLS,
} from "../../lexicon/currencies.js";
import { type Tok, longest, own } from "./tokens.js";

export interface CurrencyRead {
  code: string;
  /** hundredths and the like: 0.01 for cents and pence */
  factor: number;
  /** token range [from, next) */
  from: number;
  next: number;
}

/** A three-letter code as written: capitals, or lower-case when the code is no English word. */
function codeOf(t: Tok | undefined): string | null {
  if (!t || t.kind !== "word") return null;
  const alias = own(CODE_ALIASES, t.text);
  if (alias) return alias;
  if (t.text.length !== 3) return null;
  const up = t.text.toUpperCase();
  if (!ISO_CODES.has(up) || CODES_THAT_ARE_WORDS.has(up)) return null;
  return t.text === up || (t.text === t.lower && LOWERCASE_CODES.has(up)) ? up : null;
}

/**
 * The currency that ends right before token i (the number). "$" may carry letters before it,
 * tight or (for unambiguous ones) after one space.
 */
export function currencyBefore(toks: readonly Tok[], i: number): CurrencyRead | null {
  const p = toks[i - 1];
  if (!p) return null;
  if (p.kind === "sym" && p.text === "$") {
    const q = toks[i - 2];
    if (q && q.kind === "word") {
      const code = own(DOLLAR_PREFIXES, q.lower);
      if (code && (p.tight || !DOLLAR_PREFIXES_TIGHT.has(q.lower)) && (p.tight || q.text.length <= 4)) {
        if (p.tight || !DOLLAR_PREFIXES_TIGHT.has(q.lower)) return { code, factor: 1, from: i - 2, next: i };
      }
    }
    return { code: "USD", factor: 1, from: i - 1, next: i };
  }
  // "$US5m", "$A2bn": Australian style puts the country after the sign
  if (p.kind === "word" && p.tight && isSymText(toks[i - 2], "$")) {
    const code = own(DOLLAR_AFTER_SIGN, p.text);
    if (code) return { code, factor: 1, from: i - 2, next: i };
  }
  // "CN¥5bn", "RMB¥": the yuan written with the yen's sign
  if (p.text === "¥" && p.tight && toks[i - 2]?.kind === "word" && /^(?:cn|rmb)$/i.test(toks[i - 2].text)) return { code: "CNY", factor: 1, from: i - 2, next: i };
  const sym = own(SYMBOLS, p.text);
  if (sym) return { code: sym, factor: 1, from: i - 1, next: i };
  // "USD 4.7 billion", "Rmb5bn", "Rs. 500"
  const code = codeOf(p);
  if (code) return { code, factor: 1, from: i - 1, next: i };
  if (p.kind === "sym" && p.text === "." && toks[i - 2]?.text === "Rs" && p.tight) return { code: "INR", factor: 1, from: i - 2, next: i };
  return null;
}

/** The currency that starts at token i (after the number and its scale). */
export function currencyAfter(toks: readonly Tok[], i: number): CurrencyRead | null {
  const t = toks[i];
  if (!t) return null;
  const sym = own(SYMBOLS, t.text);
  if (sym && t.text !== "$") return { code: sym, factor: 1, from: i, next: i + 1 };
  if (t.kind === "sym" && t.text === "$" && !numberAt(toks, i + 1)) return { code: "USD", factor: 1, from: i, next: i + 1 };
  if (t.kind !== "word") return null;
  const sub = longest(toks, i, SUBUNITS, MAX_SUBUNIT_WORDS);
  if (sub && (!SUBUNITS_TIGHT.has(sub.key) || t.tight)) return { code: sub.value.code, factor: sub.value.factor, from: i, next: sub.next };
  const name = longest(toks, i, NAMES, MAX_NAME_WORDS) ?? longest(toks, i, ISO_NAMES, MAX_NAME_WORDS);
  if (name && LOWERCASE_ONLY_NAMES.has(name.key) && t.text !== t.lower) return null;
  if (name) return { code: name.value, factor: 1, from: i, next: name.next };
  const code = codeOf(t);
  // "3 USD50 cards": a code against the next number belongs to that number
  if (code && !(toks[i + 1]?.kind === "num" && toks[i + 1].tight)) return { code, factor: 1, from: i, next: i + 1 };
  // "30 MUSD", "120 MEUR": a million written into the code
  if (/^M[A-Z]{3}$/.test(t.text) && ISO_CODES.has(t.text.slice(1))) return { code: t.text.slice(1), factor: 1e6, from: i, next: i + 1 };
  return null;
}

/** "MAUD 60": the million-code before the amount. */
export function millionCodeBefore(toks: readonly Tok[], i: number): CurrencyRead | null {
  const p = toks[i - 1];
  if (p && p.kind === "word" && /^M[A-Z]{3}$/.test(p.text) && ISO_CODES.has(p.text.slice(1))) return { code: p.text.slice(1), factor: 1e6, from: i - 1, next: i };
  return null;
}

const isSymText = (t: Tok | undefined, s: string): boolean => !!t && t.kind === "sym" && t.text === s;

const numberAt = (toks: readonly Tok[], i: number): boolean => toks[i]?.kind === "num";
