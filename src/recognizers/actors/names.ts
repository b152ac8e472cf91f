/**
 * Persons, organisations and places that no list names, found from the shape of the
 * words: runs of capitalised words (runs.ts), each part named by the rules of classify.ts,
 * then read together: a lone word joins the full name it belongs to, an abbreviation in
 * brackets its organisation, and persons get their titles and affiliations.
 *   catches: "President Vladimir Putin", "Mr Raha", "said Dmitry Lukashov", "brokerage Aton",
 *            "Mellon Financial", "Ministry of Finance", "Kazem Jalali, Iran's ambassador to Russia"
 *   must not: "Analysts said" (a common word opening a sentence), "The" / "But", "Talking Point"
 *             (capitalised common words with no cue)
 */
import type { ActorTag, Recognizer } from "../../pipeline/types.js";
import { classify, demonymAt, isAcronym, isOrgShape, nameScope, type Candidate, type NameScope } from "./classify.js";
import { personContext } from "./context.js";
import { orgKey } from "./organizations.js";
import { nameRuns, wordSense, type Word } from "./runs.js";
import { actorTag, atSentenceStart, TagIndex } from "./tags.js";

/** Is the run word right before `first` part of an organisation an earlier recogniser found? */
function orgJustBefore(scope: NameScope, words: readonly Word[], first: Word): boolean {
  const i = words.indexOf(first);
  if (i <= 0 || !words[i - 1].covered) return false;
  const w = words[i - 1];
  return scope.found.within(w.start - 60, w.end, true).some((t) => t.kind === "organization" && t.end === w.end);
}

export const properNames: Recognizer = {
  name: "actors/names",
  find(ctx) {
    const text = ctx.text;
    const found = ctx.found.actors;
    const sense = wordSense(ctx.doc);
    const scope = nameScope(ctx, sense);
    const cands: Candidate[] = [];
    for (const run of nameRuns(ctx, found, sense)) {
      // the whole run is an organisation when its shape says so, even across a country name
      // (a demonym in front describes it: "Iraqi Kurdistan Democratic Party" → "Kurdistan Democratic Party")
      let ws = run.words;
      while (ws.length > 2 && ws[0].covered && demonymAt(scope, ws[0])) ws = ws.slice(1);
      // "Rival France Telecom": a common word opening the sentence before a country is not part of the name
      if (ws.length > 2 && !ws[0].covered && ws[1].covered && sense.isCommon(ws[0].text) && atSentenceStart(text, ws[0].start)) ws = ws.slice(1);
      if (ws.length >= 2 && isOrgShape(ws) && !ws.every((w) => w.covered)) {
        cands.push({ words: ws, kind: "organization", rule: "organization/shape", title: null, single: false });
        continue;
      }
      for (const seg of run.segments) {
        const c = classify(scope, seg, { cue: seg.honorific, title: null });
        if (!c) continue;
        // "Citigroup Smith Barney": words that go on an organisation's name belong to it
        if (c.rule === "person/shape" && orgJustBefore(scope, run.words, seg.words[0])) {
          cands.push({ ...c, kind: "organization", rule: "organization/continued", title: null });
          continue;
        }
        cands.push(c);
      }
    }
    // a single word that ends or starts a person's full name elsewhere in the text is that person
    const personWords = new Set<string>();
    for (const c of cands) if (c.kind === "person" && c.words.length >= 2) for (const w of c.words) personWords.add(w.text);
    // a word that some cue shows to be a person ("Trump said") is that person where no cue says so
    for (const c of cands) if (c.kind === "person" && c.single && !c.weak) personWords.add(c.words[0].text);
    // …and one that opens an organisation's name is that organisation ("Magna" after "Magna International Inc")
    const orgWords = new Set<string>();
    for (const c of cands) if (c.kind === "organization" && c.words.length >= 2) orgWords.add(c.words[0].text);
    for (const t of found) if (t.kind === "organization" && t.name.includes(" ")) orgWords.add(t.name.split(" ")[0]);
    // …or that names the same organisation elsewhere without a sentence to open ("Yugansk was sold" after "to buy Yugansk")
    for (const c of cands) if (c.kind === "organization" && c.words.length === 1 && !c.weak) orgWords.add(c.words[0].text);
    const out: ActorTag[] = [];
    for (const c of cands) {
      const start = c.words[0].start;
      const end = c.words[c.words.length - 1].end;
      const name = text.slice(start, end);
      let kind = c.kind;
      let partial = false;
      if (c.single && personWords.has(name) && (c.kind === "person" || c.rule === "organization/single" || c.rule === "organization/article" || c.weak)) {
        kind = "person";
        partial = true;
      } else if (c.weak && !orgWords.has(name)) continue;
      else if (c.single && kind === "person") partial = true;
      out.push(actorTag(text, start, end, partial ? "person/partial" : c.rule, {
        kind, name, key: kind === "organization" ? orgKey(name) : name.toLowerCase(), code: null,
        ...(kind === "person" ? { title: c.title } : {}),
        ...(partial ? { partial: true } : {}),
      }));
    }
    // "Institute for Fiscal Studies (IFS)": the abbreviation in brackets is the same organisation
    const named = new TagIndex([...found, ...out]);
    for (const t of out) {
      if (!isAcronym(t.text, sense) || text.slice(t.start - 1, t.start) !== "(" || text[t.end] !== ")") continue;
      const full = named.within(t.start - 3, t.start - 1, true).find((x) => x.end === t.start - 2 && x !== t && x.kind !== "person");
      if (!full) continue;
      t.kind = full.kind;
      t.name = full.name;
      t.key = full.key;
      t.code = full.code;
      t.rule = "organization/abbreviation";
      delete t.partial;
    }
    // titles and affiliations once every organisation of the text is known
    const all = new TagIndex([...found, ...out]);
    for (const t of out) {
      if (t.kind !== "person" || t.partial) continue;
      const c = personContext(text, t.start, t.end, "", "", all);
      t.title ??= c.title;
      t.affiliation = c.affiliation;
    }
    return out;
  },
};

