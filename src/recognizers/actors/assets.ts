/**
 * Assets the text talks about: currencies, metals, commodities (lexicon/assets.ts).
 *   catches: "the dollar fell", "against the Japanese yen", "euro holdings", "sterling",
 *            "the Australian and Canadian dollar" (both), "gold reserves", "the price of crude",
 *            "U.S. treasuries"
 *   must not: "1.3187 euros" and "104.16 yen" (figures: the currency is their unit),
 *             "$22 billion", "gold medal", "oil group Yukos" (oil is the trade, not the asset)
 */
import { COMMODITIES, COMMODITY_BEFORE, COMMODITY_NEXT, CURRENCIES, CURRENCY_NOUNS, SECURITIES, WEAK_CURRENCY_WORDS } from "../../lexicon/assets.js";
import type { ActorTag, Recognizer } from "../../pipeline/types.js";
import { Gazetteer } from "../../pipeline/gazetteer.js";
import { actorTag, wordAfter, wordBefore } from "./tags.js";

interface Entry {
  name: string;
  code: string | null;
  commodity: boolean;
}

let built: Gazetteer<Entry> | null = null;
const lexicon = (): Gazetteer<Entry> => (built ??= build());
const byCode = new Map<string, Entry>();

function build(): Gazetteer<Entry> {
  const g = new Gazetteer<Entry>(false);
  for (const c of CURRENCIES) {
    const v = { name: c.name, code: c.code, commodity: false };
    if (c.code) byCode.set(c.code, v);
    for (const p of c.phrases) g.add(p, v);
  }
  for (const c of COMMODITIES) {
    const v = { name: c.name, code: c.code, commodity: true };
    for (const p of c.phrases) g.add(p, v);
  }
  for (const c of SECURITIES) {
    const v = { name: c.name, code: c.code, commodity: false };
    for (const p of c.phrases) g.add(p, v);
  }
  return g;
}

/** A number (and scale word) right before: "1.3187 euros", "5 billion dollars", "a million yen". */
const AFTER_NUMBER = /(?:\d|(?:\d|\b)(?:million|billion|trillion|thousand|hundred|bn|mn|m|tn|k|mln|bln|dozen))\s*$/i;

/** The lower-case word before: "the" or a preposition makes a weak word ("pound", "real") the currency. */
const WEAK_CUES = new Set(["the", "against", "strong", "weak", "stronger", "weaker", "single"]);

export const assets: Recognizer = {
  name: "actors/assets",
  gazetteer: lexicon,
  find(ctx) {
    const text = ctx.text;
    const figures = ctx.found.figures;
    const out: ActorTag[] = [];
    const inFigure = (s: number, e: number) => figures.some((f) => f.start < e && s < f.end);
    for (const h of ctx.hits(lexicon())) {
      const v = h.value;
      const surface = text.slice(h.start, h.end);
      const lower = surface.toLowerCase();
      if (inFigure(h.start, h.end) || AFTER_NUMBER.test(text.slice(Math.max(0, h.start - 12), h.start))) continue;
      const before = wordBefore(text, h.start).toLowerCase();
      const after = wordAfter(text, h.end).toLowerCase();
      if (v.commodity) {
        if (!COMMODITY_NEXT.has(after) && !COMMODITY_BEFORE.has(before) && !lower.includes(" ")) continue;
        if (lower === "gold" && /^(?:medal|medals|medallist|medalist|coast|cup)$/.test(after)) continue;
      } else if (WEAK_CURRENCY_WORDS.has(lower) && !WEAK_CUES.has(before)) continue;
      // a capitalised single word is a name ("Real Madrid", "Sterling Bank"), not the currency
      if (!lower.includes(" ") && /^\p{Lu}\p{Ll}/u.test(surface) && /^\p{Lu}/u.test(wordAfter(text, h.end))) continue;
      out.push(actorTag(text, h.start, h.end, v.commodity ? "asset/commodity" : "asset/currency", {
        kind: "asset", name: v.name, key: (v.code ?? v.name).toLowerCase(), code: v.code,
      }));
      // "the Australian and Canadian dollar": the first demonym shares the currency noun
      const coordinated = /(?<!\p{L})(\p{Lu}\p{L}+) (?:and|or) $/u.exec(text.slice(Math.max(0, h.start - 30), h.start));
      const noun = lower.split(" ").pop()!.replace(/s$/, "");
      const code = coordinated && lower.includes(" ") ? CURRENCY_NOUNS[noun]?.[coordinated[1]] : undefined;
      const entry = code ? byCode.get(code) : undefined;
      if (coordinated && code && entry) {
        const s = h.start - coordinated[0].length;
        out.push(actorTag(text, s, s + coordinated[1].length, "asset/currency-shared", { kind: "asset", name: entry.name, key: code.toLowerCase(), code }));
      }
    }
    return out;
  },
};
