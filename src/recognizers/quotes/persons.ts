/**
 * Speakers with the shape of a person's name become person actors, so that a speaker is
 * an actor even where no other recogniser names people. A bare surname ("Mr Lukashov",
 * "Lukashov said") is a partial mention that the actor stage joins to the full name; the
 * full name is taken from the speakers, or from its first mention in the text.
 *   catches: "Sergei Oganesyan" → person; "Mr Brown" → partial "Brown" (→ Gordon Brown)
 *   must not: "Oxfam said" — a single capitalised word with no honorific and no earlier
 *             full name is an organisation
 */
import { Gazetteer, PhraseTree } from "../../pipeline/gazetteer.js";
import type { ActorTag, Doc, QuoteTag, Span } from "../../pipeline/types.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { NOT_NAME_WORDS, ORGANISATION_HEADS, PERSONAL_HONORIFICS } from "../../lexicon/speakers.js";
import { isTitleWord, lower } from "./words.js";
import type { Speaker } from "./speaker.js";

const AFTER_HONORIFIC = new RegExp(`\\b(?:${PERSONAL_HONORIFICS.join("|")})\\.?\\s+$`);
const surnameOf = (name: string) => name.split(/\s+/).pop()!.toLowerCase();

export function speakerPersons(doc: Doc, quotes: readonly QuoteTag[], named: readonly Speaker[]): { persons: ActorTag[]; bodies: Set<QuoteTag> } {
  const text = doc.text;
  /** quotes whose one-word speaker turned out to be a body, not a surname */
  const bodies = new Set<QuoteTag>();
  const out: ActorTag[] = [];
  const full = new Map<string, string>(); // surname → full name
  const ordered = [...quotes].sort((a, b) => (a.speakerSpan?.start ?? 0) - (b.speakerSpan?.start ?? 0));
  for (const q of ordered) {
    if (q.speakerKind === "person" && q.speakerSpan) full.set(surnameOf(q.speakerSpan.text), q.speakerSpan.text);
  }
  for (const sp of named) if (!full.has(surnameOf(sp.span.text))) full.set(surnameOf(sp.span.text), sp.span.text);
  const seen = new Set<string>();
  let names: Map<string, string> | null = null;
  for (const q of ordered) {
    const s = q.speakerSpan;
    if (!s) continue;
    if (q.speakerKind === "person") {
      push(out, seen, s, s.text, false, q);
    } else if (q.speakerKind === "surname") {
      const sur = s.text.toLowerCase();
      names ??= fullNames(text);
      const name = full.get(sur) ?? names.get(sur) ?? null;
      if (name) {
        if (!full.has(sur)) full.set(sur, name);
        push(out, seen, s, s.text, true, q);
      } else if (AFTER_HONORIFIC.test(text.slice(Math.max(0, s.start - 6), s.start))) {
        push(out, seen, s, s.text, true, q);
      } else {
        bodies.add(q);
      }
    }
  }
  for (const sp of named) push(out, seen, sp.span, sp.span.text, false, null, sp);
  // a surname that names a speaker: its first full mention is that person too (one walk over the tokens finds them all)
  if (full.size) {
    const names = new Gazetteer<string>(true);
    for (const [, name] of full) names.add(name, name);
    const first = new Map<string, { start: number; end: number }>();
    for (const h of new PhraseTree([names]).walk(doc).get(names) ?? []) if (!first.has(h.value as string)) first.set(h.value as string, h);
    for (const [, name] of full) {
      const h = first.get(name);
      if (h && text.slice(h.start, h.end) === name) push(out, seen, { start: h.start, end: h.end, text: name, rule: "person/speaker" }, name, false, null);
    }
  }
  return { persons: out, bodies };
}

/**
 * Surname → the first full name the text writes for it ("Brown" → "Gordon Brown"), from one
 * pass over the runs of capitalised words; titles and honorifics before the name are left out.
 */
function fullNames(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const run = /(?<![\p{L}'’.-])(?:(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)(?:\s+|$)){2,6}/gu;
  let m: RegExpExecArray | null;
  while ((m = run.exec(text)) !== null) {
    const words = m[0].trim().split(/\s+/);
    for (let k = 1; k < words.length; k++) {
      const surname = words[k].toLowerCase();
      if (out.has(surname) || /\.$/.test(words[k])) continue;
      const given = words.slice(Math.max(0, k - 2), k).filter((w) => !isTitleWord(lower(w)));
      if (given.length && given.every(nameLike)) out.set(surname, `${given.join(" ")} ${words[k]}`);
    }
  }
  return out;
}

/** a given name: "Gordon", "J." — not "LM", not a title, not a reporting verb */
const nameLike = (w: string) =>
  /^(?:\p{Lu}\p{Ll}|\p{Lu}\.$)/u.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase()) && !ORGANISATION_HEADS.has(w.toLowerCase()) && !(w.toLowerCase() in REPORTING_VERBS);

function push(out: ActorTag[], seen: Set<string>, s: Span, name: string, partial: boolean, q: QuoteTag | null, sp?: Speaker): void {
  const k = `${s.start}:${s.end}`;
  if (seen.has(k)) return;
  seen.add(k);
  out.push({
    type: "actor", rule: "person/speaker", start: s.start, end: s.end, text: s.text, kind: "person",
    name, key: name.toLowerCase(), code: null, partial,
    title: q?.speakerTitle ?? sp?.title ?? null, affiliation: q?.speakerOrg?.text ?? sp?.org?.text ?? null,
  });
}
