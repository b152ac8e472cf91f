/**
 * What the words around a name say about a person: that they speak (a speech verb next
 * to the name, "according to"), their title and what they belong to (an appositive or
 * the words before the name).
 *   catches: "said Dmitry Lukashov", "Ian Gunner said", "Ian Gunner, a trader at Mellon Financial",
 *            "Kazem Jalali, Iran's ambassador to Russia", "Iran's ambassador to Russia, Kazem Jalali",
 *            "Russian oil official Sergei Oganesyan", "UK Chancellor Gordon Brown"
 *   must not: "Russia, China and India" (a list, no role word), "Rosneft, a medium-sized firm" (no role noun)
 */
import { ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS } from "../../lexicon/titles.js";
import type { ActorTag } from "../../pipeline/types.js";
import type { TagIndex } from "./tags.js";

export interface PersonContext {
  speaker: boolean;
  title: string | null;
  affiliation: string | null;
}

const APPOSITIVE_AFTER = /^,\s+(?:(?:a|an|the)\s+)?([^,.;:!?"“”()\n]{2,90}?)\s*(?=[,.;:!?"“”()\n]|$)/;
const CLAUSE_BREAK = new Set([".", ",", ";", ":", "!", "?", '"', "“", "”", "(", ")", "\n"]);
const ROLE_MODIFIERS = new Set(["chief", "senior", "deputy", "vice", "executive", "managing", "general", "prime", "foreign", "finance", "former", "acting", "economics", "trade", "defence", "defense", "energy", "oil", "party", "opposition", "shadow", "press", "currency", "market", "investment", "research", "policy"]);
const HEAD_SPLIT = /(?<!\s)\s+(?:at|of|for|with|from|in|to|on)\s+/;
const ROLE_SPLIT = /(?<!\s)\s+(?:at|of|for|with|from|in)\s+/;

function hasRole(phrase: string): boolean {
  // a relative clause describes, it does not name a role: "who is a leader who…"
  if (/^(?:who|which|that|whose|where|when)\b/i.test(phrase.trim())) return false;
  // the head of the phrase is a role: "ambassador" in "Iran's ambassador to Russia", not "nanny" in "the Office said the nanny"
  const head = phrase.trim().split(HEAD_SPLIT)[0].split(/[\s-]+/);
  const w = head[head.length - 1] ?? "";
  return ROLE_NOUNS.has(w.toLowerCase().replace(/['’]s$/, "")) || (TITLE_WORDS.has(w) && w !== "State");
}

/** The first actor tag inside [s, e). */
function tagIn(tags: TagIndex | undefined, s: number, e: number): ActorTag | null {
  if (!tags) return null;
  let best: ActorTag | null = null;
  for (const t of tags.within(s, e)) if (t.start >= s && t.end <= e && t.kind !== "person" && t.kind !== "asset" && (!best || t.start < best.start)) best = t;
  return best;
}

/** Title from a role phrase: "Iran's ambassador to Russia" → "ambassador to Russia"; "analyst at brokerage Aton" → "analyst". */
function titleOf(phrase: string): string {
  const p = phrase.replace(/^.*?['’]s\s+/, "");
  const i = p.search(ROLE_SPLIT);
  return (i > 0 && !/^(?:ambassador|envoy|minister)\b/i.test(p) ? p.slice(0, i) : p).trim();
}

const isWordChar = (c: string): boolean => c === "-" || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c > "\x7f" && /\p{L}/u.test(c));

/**
 * Up to `n` words (letters and hyphens) right before `pos`, each followed by one space, within
 * `reach` characters: "Conservative leader " before "Michael Howard". Read backwards from `pos`,
 * a step per character (the regular expression it replaces tried every start in its window).
 */
function wordsBefore(text: string, pos: number, n: number, reach: number): string | null {
  const floor = Math.max(0, pos - reach);
  let i = pos;
  let from = -1;
  for (let k = 0; k < n; k++) {
    if (i - 1 < floor || text[i - 1] !== " ") break;
    let j = i - 1;
    while (j - 1 >= floor && isWordChar(text[j - 1])) j--;
    if (j === i - 1) break; // no word before this space
    from = j;
    i = j;
  }
  return from < 0 ? null : text.slice(from, pos);
}

export function personContext(text: string, start: number, end: number, before: string, after: string, tags?: TagIndex): PersonContext {
  let speaker = SPEECH_VERBS.has(after.toLowerCase()) || SPEECH_VERBS.has(before.toLowerCase()) || /according to\s+(?:\S+\s+){0,3}$/i.test(text.slice(Math.max(0, start - 40), start));
  let title: string | null = null;
  let affiliation: string | null = null;
  const app = APPOSITIVE_AFTER.exec(text.slice(end, end + 120));
  if (app && hasRole(app[1])) {
    speaker = true;
    title = titleOf(app[1]);
    const s = end + app.index + app[0].indexOf(app[1]);
    affiliation = tagIn(tags, s, s + app[1].length)?.name ?? null;
  }
  if (!title) {
    // "Iran's ambassador to Russia, Kazem Jalali": the clause before the comma right before the name
    const cl = /,\s+$/.exec(text.slice(Math.max(0, start - 4), start));
    if (cl) {
      const comma = start - cl[0].length;
      let from = comma - 1;
      while (from >= 0 && comma - from <= 90 && !CLAUSE_BREAK.has(text[from])) from--;
      const phrase = text.slice(from + 1, comma).trim().replace(/^(?:the|a|an)\s+/i, "");
      if (phrase.length >= 2 && comma - from <= 90 && hasRole(phrase)) {
        title = titleOf(phrase);
        const s = comma - phrase.length;
        affiliation = tagIn(tags, s, comma)?.name ?? null;
      }
    }
  }
  if (!affiliation && tags) {
    // "Russian oil official Sergei Oganesyan", "UK Chancellor Gordon Brown": a few role words back to an actor
    let best: ActorTag | null = null;
    for (const t of tags.within(start - 60, start, true)) {
      if (t.end > start || t.end < start - 60 || t.kind === "person" || t.kind === "asset") continue;
      const between = text.slice(t.end, start).replace(/^['’]s/, "");
      if (!/^(?:\s+[\p{L}-]+){1,4}\s+$/u.test(between) || !hasRole(between)) continue;
      // the actor closest to the name, and the longest of those ending there ("South Africa", not "Africa")
      if (!best || t.end > best.end || (t.end === best.end && t.start < best.start)) best = t;
    }
    if (best) {
      affiliation = best.name;
      title ??= text.slice(best.end, start).replace(/^['’]s/, "").trim();
    }
  }
  if (!affiliation && tags) {
    // "Brian Taylor of Wells Fargo", "Ian Gunner at Mellon Financial"
    const of = /^ (?:of|at|from) (?:the )?/.exec(text.slice(end, end + 12));
    if (of) {
      const s = end + of[0].length;
      const t = tags.within(s, s + 1).filter((x) => x.kind === "organization" || x.kind === "bloc" || x.kind === "country").sort((a, b) => b.end - a.end)[0];
      if (t) affiliation = t.name;
    }
  }
  if (!title) {
    // "Conservative leader Michael Howard", "shadow chancellor Oliver Letwin": the role words right before
    const back = wordsBefore(text, start, 3, 50);
    if (back && hasRole(back) && /^(?:\p{Lu}|[a-z]+ (?:leader|chancellor|minister|secretary|spokesman|spokeswoman))/u.test(back)) {
      const words = back.trim().split(" ");
      const i = words.findIndex((w) => /^\p{Lu}/u.test(w) || ROLE_NOUNS.has(w.toLowerCase()));
      if (i >= 0) title = words.slice(i).join(" ");
    } else if (back && ROLE_NOUNS.has(back.trim().split(" ").pop()!.toLowerCase())) {
      // "chief executive Stuart Rose", "analyst Mark Mahaney"
      const words = back.trim().split(" ");
      let i = words.length - 1;
      while (i > 0 && (ROLE_NOUNS.has(words[i - 1].toLowerCase()) || ROLE_MODIFIERS.has(words[i - 1].toLowerCase()))) i--;
      title = words.slice(i).join(" ");
    }
  }
  return { speaker, title, affiliation };
}
