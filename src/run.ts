/**
 * Running a batch: every source is read and extracted, and its outcome — a document or
 * an error record — is handed on in input order, whatever finishes first. One bad input
 * never stops the others.
 *
 * Reads run a bounded number at a time (no EMFILE on 10,000 files); extraction runs in a
 * pool of worker threads with a time budget per article; at most `window` outcomes are
 * held at once, so a batch of any size streams in constant memory. A run of one small
 * article extracts in this thread: starting a worker would cost more than the work.
 */
import { availableParallelism } from "node:os";
import type { ExtractSettings, Outcome } from "./batch/extract.js";
import { WorkerPool } from "./batch/pool.js";
import { isRecordFile, readArticles, readRecords, type Article, type ReadResult } from "./input/read.js";
import type { Source } from "./input/sources.js";
import type { Config } from "./pipeline/types.js";

export type { Outcome } from "./batch/extract.js";

export interface BatchOptions {
  /** reference date for every input (from --date), else each input's own */
  date: string | null;
  config: Config;
  stdin?: () => Promise<Uint8Array>;
  /** one article larger than this is a `too-large` error record */
  maxBytes?: number;
  /** worker threads (default: the number of cores) */
  jobs?: number;
  /** time budget of one article in ms (default: 10 s plus 5 s per MB of text) */
  budgetMs?: number | ((a: Article) => number);
  /** extract in this thread instead of workers (no time budget) */
  inThread?: boolean;
  /** called with every source as it is done, for progress */
  onSourceDone?: (src: Source) => void;
}

/** A single article this small is extracted in the calling thread. */
export const IN_THREAD_MAX_CHARS = 100_000;

export function defaultBudgetMs(a: Article): number {
  return 10_000 + Math.ceil((a.text.length / 1_000_000) * 5_000);
}

export function extractOne(a: Article, s: ExtractSettings): Promise<Outcome> {
  return import("./batch/extract.js").then((m) => m.extractArticle(a, s));
}

/** What the batch hands on in order: an outcome, or the mark that a source is finished. */
type Item = { outcome: Outcome } | { done: Source };

/** A queue of item promises in input order, with room for `limit` at a time. */
class Ordered {
  private readonly items: Promise<Item>[] = [];
  private wakeProducer: (() => void) | null = null;
  private wakeConsumer: (() => void) | null = null;
  private closed = false;

  constructor(private readonly limit: number) {}

  async room(): Promise<void> {
    while (this.items.length >= this.limit && !this.closed) await new Promise<void>((r) => (this.wakeProducer = r));
  }
  push(p: Promise<Item>): void {
    this.items.push(p);
    this.wakeConsumer?.();
  }
  close(): void {
    this.closed = true;
    this.wakeConsumer?.();
    this.wakeProducer?.();
  }
  async shift(): Promise<Promise<Item> | null> {
    while (!this.items.length) {
      if (this.closed) return null;
      await new Promise<void>((r) => (this.wakeConsumer = r));
    }
    const p = this.items.shift()!;
    this.wakeProducer?.();
    return p;
  }
}

export async function* runBatch(sources: readonly Source[], opts: BatchOptions): AsyncGenerator<Outcome> {
  const settings: ExtractSettings = { date: opts.date, config: opts.config };
  const jobs = Math.max(1, opts.jobs ?? availableParallelism());
  const budget = typeof opts.budgetMs === "number" ? () => opts.budgetMs as number : (opts.budgetMs ?? defaultBudgetMs);
  const readOpts = { maxBytes: opts.maxBytes, stdin: opts.stdin };
  let pool: WorkerPool | null = null;
  const single = sources.length === 1 && !isRecordFile(sources[0]);

  const extractIn = (r: ReadResult): Promise<Outcome> => {
    if ("error" in r) return Promise.resolve(r);
    const a = r.article;
    if (opts.inThread || (single && a.text.length <= IN_THREAD_MAX_CHARS)) return extractOne(a, settings);
    pool ??= new WorkerPool({ size: jobs, init: settings, budgetMs: budget });
    return pool.run(a);
  };
  const failed = (path: string, e: unknown): Outcome => ({ path, error: { code: "internal", message: (e as Error)?.message ?? String(e) } });
  const outcome = (r: ReadResult, path: string): Promise<Item> =>
    extractIn(r)
      .catch((e) => failed(path, e))
      .then((o) => ({ outcome: o }));

  // room for every worker to be busy and for reads to run ahead of them
  const queue = new Ordered(Math.max(32, jobs * 8));
  let stopped = false;
  const produce = async () => {
    for (const src of sources) {
      if (stopped) break;
      if (src.kind === "file" && isRecordFile(src)) {
        // records stream one at a time, behind the earlier sources
        for await (const r of readRecords(src.path, src.file, readOpts)) {
          await queue.room();
          if (stopped) break;
          queue.push(outcome(r, "article" in r ? r.article.path : r.path));
        }
      } else if (src.kind === "stdin") {
        // stdin may hold several records: each takes its own place
        let rs: ReadResult[];
        try {
          rs = await readArticles(src, readOpts);
        } catch (e) {
          rs = [{ path: src.path, error: { code: "unreadable", message: `cannot read stdin: ${(e as Error).message}` } }];
        }
        for (const r of rs) {
          await queue.room();
          queue.push(outcome(r, src.path));
        }
      } else {
        await queue.room();
        queue.push(
          readArticles(src, readOpts)
            .then((rs) => extractIn(rs[0]))
            .catch((e) => failed(src.path, e))
            .then((o) => ({ outcome: o })),
        );
      }
      queue.push(Promise.resolve({ done: src }));
    }
  };
  const producing = produce()
    .catch(() => {})
    .finally(() => queue.close());
  try {
    for (let p = await queue.shift(); p; p = await queue.shift()) {
      const item = await p;
      if ("done" in item) opts.onSourceDone?.(item.done);
      else yield item.outcome;
    }
  } finally {
    stopped = true;
    queue.close();
    await (pool as WorkerPool | null)?.close();
    await producing;
  }
}
