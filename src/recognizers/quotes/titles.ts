/**
 * Titles and organisations around a speaker's name: the words before it ("Oxfam senior
 * policy adviser") and an appositive after it (", an analyst at brokerage Aton",
 * ", Bloomberg Intelligence's Chief Asia Strategist").
 *   catches: org before lower-case title words, after "at/of/for/with", or before "'s"
 *   must not: read a clause as an appositive (", exports rose in March")
 */
import { NAME_CONNECTORS, NOT_NAME_WORDS, TITLE_HEADS, HONORIFICS } from "../../lexicon/speakers.js";
import type { Span } from "../../pipeline/types.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { isCap, isTitleWord, lower, possessive, span, tokens, type Tok } from "./words.js";

/** auxiliaries that make a stretch after a comma a clause, not an appositive */
const FINITE = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "does", "did"]);

/** "Oxfam senior policy adviser" → org Oxfam, title "senior policy adviser". */
export function titleAndOrg(text: string, before: Tok[]): { title: string | null; org: Span | null } {
  if (!before.length) return { title: null, org: null };
  let i = 0;
  let org: Span | null = null;
  // leading capitalised words (up to a possessive) are the organisation
  let j = 0;
  while (j < before.length && isCap(before[j].word) && !TITLE_HEADS.has(lower(before[j].word)) && !HONORIFICS.has(lower(before[j].word))) {
    j++;
    if (possessive(before[j - 1].word)) break;
  }
  // "Foreign Secretary", "Treasury Secretary": a title written in capitals names no organisation
  const allCaps = before.every((t) => isCap(t.word)) && !before.some((t) => possessive(t.word));
  if (j > 0 && j < before.length && !allCaps) {
    const last = before[j - 1];
    const end = possessive(last.word) ? last.end - (last.word.endsWith("s") && /['’]s$/.test(last.word) ? 2 : 1) : last.end;
    org = span(text, before[0].start, end, "speaker/org");
    i = j;
  }
  const rest = before.slice(i);
  const title = rest.length ? text.slice(rest[0].start, rest[rest.length - 1].end) : null;
  return { title, org };
}

/** An appositive after the name: ", an analyst at brokerage Aton" → title and org. */
export function parseAppositive(text: string, from: number, to: number): { title: string | null; org: Span | null } {
  const toks = tokens(text, from, to);
  if (!toks.length || toks.length > 14) return { title: null, org: null };
  const words = toks.map((t) => lower(t.word));
  if (/^(?:who|which|that|whose|when|where|said|says|told|adding|saying)$/.test(words[0]) || /ing$/.test(words[0])) return { title: null, org: null };
  // an appositive is a noun phrase: "an analyst at Aton", "Aton's chief economist",
  // "chief currency strategist at UBS" — not a clause ("exports rose in March")
  const nounPhrase = /^(?:a|an|the|former|senior|chief|deputy|head)$/.test(words[0]) || isCap(toks[0].word) || words.slice(0, 5).some((w) => isTitleWord(w));
  // a finite verb makes it a clause: ", the Commerce Department revealed the deficit was …"
  if (!nounPhrase || words.some((w) => FINITE.has(w) || w in REPORTING_VERBS)) return { title: null, org: null };
  // "Bloomberg Intelligence's Chief Asia Strategist", "the Bank of England's governor"
  const poss = toks.findIndex((t) => possessive(t.word) && isCap(t.word));
  if (poss >= 0) {
    const first = /^(?:the|a|an)$/i.test(toks[0].word) ? 1 : 0;
    const last = toks[poss];
    const org = span(text, toks[first].start, last.end - (/['’]s$/.test(last.word) ? 2 : 1), "speaker/org");
    const t = toks.slice(poss + 1);
    return { title: t.length ? text.slice(t[0].start, t[t.length - 1].end) : null, org };
  }
  // the preposition right before the organisation: "head of commodity strategy at RBC"
  let at = -1;
  for (let k = words.length - 2; k >= 0; k--) {
    if ((words[k] === "at" || words[k] === "of" || words[k] === "for" || words[k] === "with") && isCap(toks[k + 1].word)) {
      at = k;
      break;
    }
  }
  if (at < 0) at = words.findIndex((w) => w === "at" || w === "of" || w === "for" || w === "with");
  if (at < 0) return titleAndOrg(text, toks);
  let org: Span | null = null;
  const after = toks.slice(at + 1);
  const caps = after.filter((t) => isCap(t.word) && !NOT_NAME_WORDS.has(lower(t.word)));
  if (caps.length) {
    // the last run of capitalised words after the preposition
    let e = after.length - 1;
    while (e >= 0 && !isCap(after[e].word)) e--;
    let st = e;
    while (st > 0 && (isCap(after[st - 1].word) || NAME_CONNECTORS.has(after[st - 1].word)) && !NOT_NAME_WORDS.has(lower(after[st - 1].word))) st--;
    if (e >= 0) org = span(text, after[st].start, after[e].end, "speaker/org");
  }
  const titleToks = toks.slice(0, at);
  const t = titleToks.filter((x) => !/^(?:the|a|an)$/i.test(x.word));
  return { title: t.length ? text.slice(t[0].start, t[t.length - 1].end) : null, org };
}
