/**
 * The html report in a real browser: Debian's headless Chromium driven by playwright-core.
 * The page of a fixture and of a text written to trip escaping and offsets (astral
 * characters, CRLF, markup, an escape sequence) is opened from a file; a script in the page
 * checks that every mark's text is its mention's `text`; nothing is fetched; the filters and
 * links work; and a screenshot is taken (written to docs/report.png with CLAIMS_SCREENSHOT=1).
 */
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { BIN, ROOT, parseJsonStream, requireBuild } from "../cli/helpers.js";
import type { ClaimsDocument } from "../../src/schema.js";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const missing = existsSync(CHROMIUM) ? null : `no browser at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM)`;
if (missing) console.log(`html.test: skipped: ${missing}`);

/** Written for this test: markup and entities, CRLF, an emoji before mentions, a boilerplate line, an ESC. */
const TRICKY = [
  "Markets & <Money>: a test of escaping",
  "",
  "Japan sold $2.5 billion of U.S. treasuries in March 😀, the first sale in 2024.",
  "",
  '"We will keep the yen stable," said Yuki Sato, the finance minister. <script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">',
  "",
  "Also Read: Why the yen fell",
  "",
  "China bought 30 tonnes of gold, up 5% from a year earlier. \u001b[2J",
  "",
].join("\r\n");

/** `claims extract ARGS` → its stdout (the runs here exit 3: one input is missing). */
function claims(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve) => execFile(process.execPath, [BIN, "extract", ...args], { cwd, maxBuffer: 1 << 26 }, (_err, stdout) => resolve(stdout)));
}

/** What every mark of a section must hold, by its `data-m`: the mention's text, from the json document. */
function expectedMarks(doc: ClaimsDocument): Record<string, string> {
  const want: Record<string, string> = {};
  for (const a of doc.actors) a.mentions.forEach((m, i) => (want[`actor/${a.id}/${i}`] = m.text));
  doc.figures.forEach((f, i) => (want[`figure/${i}`] = f.text));
  doc.dates.forEach((d, i) => (want[`date/${i}`] = d.text));
  for (const q of doc.quotes) want[`quote/${q.id}`] = q.text;
  doc.skipped.forEach((s, i) => (want[`skipped/${i}`] = s.text));
  return want;
}

let dir: string;
let browser: BrowserContext;
let page: Page;
const requests: string[] = [];
const problems: string[] = [];
let docs: ClaimsDocument[];

beforeAll(async () => {
  requireBuild();
  if (missing) return;
  dir = mkdtempSync(path.join(tmpdir(), "claims-html-"));
  for (const f of ["bbc-style-trade.txt", "web-gold-reserves.txt", "wire-opec-output.txt"]) copyFileSync(path.join(ROOT, "fixtures", f), path.join(dir, f));
  writeFileSync(path.join(dir, "tricky.txt"), TRICKY);
  const inputs = ["bbc-style-trade.txt", "web-gold-reserves.txt", "wire-opec-output.txt", "tricky.txt", "missing.txt"];
  docs = parseJsonStream(await claims(["-f", "json", ...inputs], dir)) as ClaimsDocument[];
  await claims(["-o", "report.html", ...inputs], dir);
  const { chromium } = await import("playwright-core");
  // a fresh profile: nothing from an earlier run, nothing synced
  browser = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), "claims-chromium-")), {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 1100 },
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`file://${path.join(dir, "report.html")}`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(missing !== null)("html report in Chromium", () => {
  it("documents one section each, failures too, with a table of contents", async () => {
    expect(await page.locator("section.doc").count()).toBe(5);
    expect(await page.locator("nav.toc li").allTextContents()).toEqual([
      expect.stringContaining("Japan trade surplus"),
      expect.stringContaining("Central Banks in Asia"),
      expect.stringContaining("OPEC+"),
      expect.stringContaining("Markets & <Money>"),
      expect.stringContaining("missing.txt"),
    ]);
    expect(await page.locator("section.failed .error").textContent()).toMatch(/^not-found: /);
  });

  it("every mark's text is its mention's text, and every mention is marked", async () => {
    const found = await page.evaluate(() =>
      [...document.querySelectorAll("section.doc")].map((sec) => {
        const marks: Record<string, string> = {};
        for (const el of sec.querySelectorAll<HTMLElement>(".article [data-m]")) marks[el.dataset.m!] = (marks[el.dataset.m!] ?? "") + el.textContent;
        return marks;
      }),
    );
    const good = docs.filter((d) => !("error" in d));
    expect(good).toHaveLength(4);
    good.forEach((doc, i) => {
      const want = expectedMarks(doc);
      expect(Object.keys(want).length).toBeGreaterThan(5);
      expect(found[i]).toEqual(want);
    });
  });

  it("the article text is the whole text, escaped and not run: no markup from the input, no request", async () => {
    const tricky = page.locator("section.doc").nth(3);
    const text = await tricky.locator(".article").evaluate((el) => el.textContent);
    expect(text).toBe(TRICKY);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await tricky.locator(".article script, .article img").count()).toBe(0);
    expect(await tricky.locator(".article .ctl").getAttribute("data-c")).toBe("\\x1b");
    expect(requests.filter((u) => !u.startsWith("file://"))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("each mark links to its claim, skipped boilerplate is struck through", async () => {
    const gold = page.locator("section.doc").nth(1);
    const mark = gold.locator('.article a[data-m^="figure/"]').first();
    const href = await mark.getAttribute("href");
    expect(href).toMatch(/^#d2-c\d+$/);
    await mark.click();
    expect(await page.evaluate(() => location.hash)).toBe(href);
    const row = gold.locator(`tr${href}`);
    expect(await row.locator("td.text").textContent()).toContain(await mark.textContent());
    expect(await gold.locator("del.skip").first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe("line-through");
  });

  it("the claims table filters by type and by actor", async () => {
    const gold = page.locator("section.doc").nth(1);
    const rows = gold.locator("tr[data-row]");
    const all = await rows.count();
    const visible = () => gold.locator("tr[data-row]:not([hidden])").count();
    expect(all).toBe(docs[1].claims.length);
    await gold.locator(".filters select").first().selectOption("asset-purchase");
    expect(await visible()).toBe(docs[1].claims.filter((c) => c.type === "asset-purchase").length);
    await gold.locator(".filters select").nth(1).selectOption("gold");
    expect(await visible()).toBe(docs[1].claims.filter((c) => c.type === "asset-purchase" && c.actors.some((a) => a.ref === "gold")).length);
    expect(await gold.locator(".filters .count").textContent()).toMatch(new RegExp(`^\\d+ of ${all}$`));
    await gold.locator(".filters select").first().selectOption("");
    await gold.locator(".filters select").nth(1).selectOption("");
    expect(await visible()).toBe(all);
  });

  it("lists quotes with their speakers", async () => {
    const gold = page.locator("section.doc").nth(1);
    const q = docs[1].quotes[0];
    expect(await gold.locator(`ol.quotes li#d2-${q.id} .who b`).textContent()).toBe(q.speakerName);
  });

  it("takes a screenshot a reviewer can look at: the report of the three fixtures", async () => {
    await claims(["-o", "fixtures.html", "bbc-style-trade.txt", "web-gold-reserves.txt", "wire-opec-output.txt"], dir);
    const shot = await browser.newPage();
    await shot.goto(`file://${path.join(dir, "fixtures.html")}`);
    expect(await shot.locator("nav.toc li").count()).toBe(3);
    const file = process.env.CLAIMS_SCREENSHOT === "1" ? path.join(ROOT, "docs/report.png") : path.join(dir, "report.png");
    await shot.screenshot({ path: file });
    await shot.close();
    expect(statSync(file).size).toBeGreaterThan(50_000);
    expect(readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
  });
});
