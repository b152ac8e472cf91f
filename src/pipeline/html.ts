/**
 * HTML → article text. A linear scan: scripts, styles and navigation chrome are dropped,
 * block elements become paragraph breaks, entities are decoded. The title and the
 * publication date come from the page's meta tags.
 */
import type { Normalized } from "./types.js";

const DROP = /<(script|style|noscript|template|svg|nav|footer|header|aside|form|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const BLOCK = /<\/?(p|div|section|article|h[1-6]|li|ul|ol|br|tr|table|blockquote|figure|figcaption|main|pre|hr|dd|dt)\b[^>]*>/gi;
const TAG = /<[^>]*>/g;

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", hellip: "…", euro: "€", pound: "£", yen: "¥", cent: "¢",
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, e: string) => {
    if (e[0] === "#") {
      const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
    }
    return NAMED[e.toLowerCase()] ?? all;
  });
}

function meta(html: string, names: string[]): string | null {
  for (const m of html.matchAll(/<meta\b[^>]{0,2000}>/gi)) {
    const tag = m[0];
    const key = /\b(?:property|name|itemprop)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1]?.toLowerCase();
    if (!key || !names.includes(key)) continue;
    const content = /\bcontent\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1];
    if (content) return decodeEntities(content.trim());
  }
  return null;
}

export function htmlToText(html: string): Normalized {
  const title =
    meta(html, ["og:title", "twitter:title"]) ??
    (/<title\b[^>]*>([\s\S]{0,1000}?)<\/title>/i.exec(html)?.[1] ? decodeEntities(/<title\b[^>]*>([\s\S]{0,1000}?)<\/title>/i.exec(html)![1].trim()) : null);
  const published = meta(html, ["article:published_time", "datepublished", "date", "pubdate", "og:published_time"]);
  const date = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;

  const bodyStart = html.search(/<body\b/i);
  let body = bodyStart >= 0 ? html.slice(bodyStart) : html;
  const article = /<article\b[^>]*>([\s\S]*)<\/article>/i.exec(body);
  if (article) body = article[1];
  const text = decodeEntities(
    body.replace(COMMENT, " ").replace(DROP, "\n\n").replace(BLOCK, "\n\n").replace(TAG, "").replace(/[ \t\u00a0]+/g, " "),
  )
    .split(/\n/)
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const withTitle = title && !text.startsWith(title) ? `${title}\n\n${text}` : text;
  return { text: withTitle, title, date, errors: [] };
}
