/** Stable ids: slugs of names, made unique within a document. */

export function slugify(name: string): string {
  const s = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[.']/g, "")
    .replace(/[^a-z0-9+]+/g, "-")
    .replace(/\+/g, "-plus")
    .replace(/^-+|-+$/g, "");
  return s || "actor";
}

/** Hands out ids from names, adding -2, -3… when two different things share a slug. */
export class IdAllocator {
  private readonly used = new Set<string>();
  take(name: string): string {
    const base = slugify(name);
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
