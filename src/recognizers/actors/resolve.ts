/**
 * Within-document resolution: actor tags that name the same thing become one actor.
 * Same kind and key → same actor; a bare surname ("Putin", "Mr Lukashov") joins the
 * person whose full name ends with it; the canonical name of a person is the fullest
 * form the document uses.
 */
import { countBefore } from "../../pipeline/spans.js";
import { IdAllocator } from "../../pipeline/ids.js";
import type { ActorTag, ResolvedActors } from "../../pipeline/types.js";
import type { Actor } from "../../schema.js";

interface Group {
  kind: ActorTag["kind"];
  key: string;
  name: string;
  code: string | null;
  title: string | null;
  affiliation: string | null;
  tags: number[];
}

export function resolveActors(tags: readonly ActorTag[]): ResolvedActors {
  const groups = new Map<string, Group>();
  const order: Group[] = [];
  const groupOf: (Group | null)[] = new Array(tags.length).fill(null);

  // full mentions first, so that partial ones can find them
  tags.forEach((t, i) => {
    if (t.partial) return;
    const k = `${t.kind}:${t.key}`;
    let g = groups.get(k);
    if (!g) {
      g = { kind: t.kind, key: t.key, name: t.name, code: t.code, title: null, affiliation: null, tags: [] };
      groups.set(k, g);
      order.push(g);
    }
    if ((t.kind === "person" || t.kind === "organization") && t.name.length > g.name.length) g.name = t.name;
    g.title ??= t.title ?? null;
    g.affiliation ??= t.affiliation ?? null;
    g.tags.push(i);
    groupOf[i] = g;
  });
  // each word of a full name → the groups whose name has it (a surname, or a given name used alone)
  const byWord = new Map<string, Group[]>();
  for (const g of order) {
    for (const w of new Set(g.name.toLowerCase().split(/\s+/))) {
      const list = byWord.get(w) ?? [];
      list.push(g);
      byWord.set(w, list);
    }
  }
  // the full mentions of each group, by position (tags come in text order)
  const startsOf = new Map<Group, number[]>();
  for (const g of order) startsOf.set(g, g.tags.map((j) => tags[j].start).sort((a, b) => a - b));
  const lastBefore = (g: Group, pos: number): number => {
    const xs = startsOf.get(g)!;
    const lo = countBefore(xs, (x) => x < pos);
    return lo > 0 ? xs[lo - 1] : -1;
  };
  tags.forEach((t, i) => {
    if (!t.partial) return;
    const word = t.name.toLowerCase();
    // the most recent full mention before it whose name has this word, else the first one after
    let best: Group | null = null;
    let bestPos = -1;
    for (const g of byWord.get(word) ?? []) {
      if (g.kind !== t.kind) continue;
      const pos = lastBefore(g, t.start);
      if (pos > bestPos || !best) {
        best = g;
        bestPos = pos;
      }
    }
    if (!best) {
      const k = `${t.kind}:${t.key}`;
      best = groups.get(k) ?? null;
      if (!best) {
        best = { kind: t.kind, key: t.key, name: t.name, code: t.code, title: null, affiliation: null, tags: [] };
        groups.set(k, best);
        order.push(best);
      }
    }
    best.tags.push(i);
    groupOf[i] = best;
  });

  joinShortOrganizations(order, groups, groupOf);

  // ids in order of first mention, so that output is stable
  const firstPos = (g: Group) => g.tags.reduce((m, i) => Math.min(m, tags[i].start), Infinity);
  const live = order.filter((g) => g.tags.length > 0);
  const sorted = [...live].sort((a, b) => firstPos(a) - firstPos(b));
  const alloc = new IdAllocator();
  const idOf = new Map<Group, string>();
  for (const g of sorted) idOf.set(g, alloc.take(g.name));
  const byName = new Map<string, string>();
  for (const g of sorted) {
    byName.set(g.name.toLowerCase(), idOf.get(g)!);
    byName.set(g.key.toLowerCase(), idOf.get(g)!);
  }

  const actors: Actor[] = sorted.map((g) => ({
    id: idOf.get(g)!,
    name: g.name,
    kind: g.kind,
    title: g.title,
    affiliation: g.affiliation ? (byName.get(g.affiliation.toLowerCase()) ?? null) : null,
    code: g.code,
    mentions: g.tags
      .map((i) => tags[i])
      .sort((a, b) => a.start - b.start)
      .map((t) => ({ text: t.text, start: t.start, end: t.end })),
  }));
  return { actors, ids: groupOf.map((g) => (g ? idOf.get(g)! : null)) };
}

/**
 * An organisation written with one word joins the organisation whose fuller name it
 * shortens: "the Commission" → European Commission, "Treasury" → US Treasury,
 * "Yugansk" → Yuganskneftegas. The candidates come from three indexes made once (last
 * word, first word, and the prefixes of one-word names): no pass over all organisations per
 * organisation. Among the candidates the first organisation in mention order wins.
 */
function joinShortOrganizations(order: Group[], groups: Map<string, Group>, groupOf: (Group | null)[]): void {
  const orgs = order.filter((g) => g.kind === "organization");
  const rank = new Map<Group, number>();
  orgs.forEach((g, i) => rank.set(g, i));
  const byLast = new Map<string, Group[]>();
  const byFirst = new Map<string, Group[]>();
  const byPrefix = new Map<string, Group[]>();
  const add = (m: Map<string, Group[]>, k: string, g: Group) => {
    const list = m.get(k);
    if (list) list.push(g);
    else m.set(k, [g]);
  };
  for (const g of orgs) {
    const parts = g.name.toLowerCase().split(/\s+/);
    if (parts.length > 1) {
      add(byLast, parts[parts.length - 1], g);
      add(byFirst, parts[0], g);
    } else for (let k = 4; k < parts[0].length; k++) add(byPrefix, parts[0].slice(0, k), g);
  }
  /** the first group of a list that still has mentions and is not `short` */
  const firstLive = (list: Group[] | undefined, short: Group): Group | null => {
    if (!list) return null;
    for (const g of list) if (g !== short && g.tags.length) return g;
    return null;
  };
  for (const short of orgs) {
    if (/\s/.test(short.name) || !short.tags.length) continue;
    const word = short.name.toLowerCase();
    const found = [firstLive(byLast.get(word), short), word.length >= 4 ? firstLive(byFirst.get(word), short) : null, word.length >= 4 ? firstLive(byPrefix.get(word), short) : null];
    let target: Group | null = null;
    for (const g of found) if (g && (!target || rank.get(g)! < rank.get(target)!)) target = g;
    if (!target) continue;
    for (const i of short.tags) {
      target.tags.push(i);
      groupOf[i] = target;
    }
    short.tags = [];
    groups.delete(`${short.kind}:${short.key}`);
  }
}
