/**
 * Running a batch: every source is read and extracted, and its outcome — a document or
 * an error record — is handed on in input order, whatever finishes first. One bad input
 * never stops the others.
 *
 * Files are read and extracted by a pool of worker threads, with a time budget per input;
 * JSONL files are streamed here record by record. At most `window` outcomes are pending
 * at once, which bounds open files (no EMFILE on 10,000 files) and memory (a batch of any
 * size streams). A run of one small article extracts in this thread, under the same time
 * budget: starting a worker would cost more than the work.
 */
import { availableParallelism } from "node:os";
import vm from "node:vm";
import type { ExtractSettings, Outcome, RenderSpec } from "./batch/extract.js";
import { WorkerPool, type TaskInput } from "./batch/pool.js";
import { DEFAULT_MAX_BYTES, isRecordFile, readArticles, readRecords, type Article, type ReadResult } from "./input/read.js";
import type { Source } from "./input/sources.js";
import type { Config } from "./pipeline/types.js";
import type { Reporter } from "./report/index.js";

export type { Outcome, RenderSpec } from "./batch/extract.js";

export interface BatchOptions {
  /** reference date for every input (from --date), else each input's own */
  date: string | null;
  config: Config;
  stdin?: () => Promise<Uint8Array>;
  /** one article larger than this is a `too-large` error record */
  maxBytes?: number;
  /** worker threads (default: the number of cores) */
  jobs?: number;
  /** time budget of one input in ms, or a function of its length (default: defaultBudgetMs) */
  budgetMs?: number | ((chars: number) => number);
  /** true: extract everything in this thread; false: always in workers; default: a single small article here */
  inThread?: boolean;
  /** give documents already rendered in this format (outcomes `{path, rendered, claims}`) */
  render?: RenderSpec;
  /** called with every source once all its outcomes are handed on, for progress */
  onSourceDone?: (src: Source) => void;
}

/** A single article this small is extracted in the calling thread. */
export const IN_THREAD_MAX_CHARS = 100_000;

/** 30 s, and 10 s more per million characters: far above the pipeline's speed even on a busy machine, far below a hang. */
export function defaultBudgetMs(chars: number): number {
  return 30_000 + Math.ceil((chars / 1_000_000) * 10_000);
}

let watch: vm.Context | null = null;

/**
 * Extract in this thread, within the time budget all the same: code run through `vm` with
 * a timeout is stopped by V8 when it overruns, even deep inside the pipeline.
 */
async function extractHere(a: Article, s: ExtractSettings, budgetMs: number): Promise<Outcome> {
  const { extractArticle } = await import("./batch/extract.js");
  let reporter: Reporter | null = null;
  if (s.render) reporter = await (await import("./report/index.js")).loadReporter(s.render.format, s.render);
  watch ??= vm.createContext({ run: null });
  watch.run = () => extractArticle(a, s, reporter);
  try {
    return vm.runInContext("run()", watch, { timeout: Math.max(1, Math.round(budgetMs)) }) as Outcome;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ERR_SCRIPT_EXECUTION_TIMEOUT") throw e;
    return { path: a.path, error: { code: "timeout", message: `no result within the time budget of ${Math.round(budgetMs / 100) / 10} s for this input` } };
  } finally {
    watch.run = null;
  }
}

/** What the batch hands on in order: outcomes, and the mark that a source is finished. */
interface Item {
  outcome?: Outcome;
  done?: Source;
}

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
  const settings: ExtractSettings = { date: opts.date, config: opts.config, render: opts.render ?? null };
  const jobs = Math.max(1, opts.jobs ?? availableParallelism());
  const budget = typeof opts.budgetMs === "number" ? () => opts.budgetMs as number : (opts.budgetMs ?? defaultBudgetMs);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const readOpts = { maxBytes, stdin: opts.stdin };
  const single = sources.length === 1 && sources[0].kind !== "file";
  let pool: WorkerPool | null = null;
  // without threads (none can start): read and extract here, one at a time
  let last: Promise<unknown> = Promise.resolve();
  const fallback = (t: TaskInput): Promise<Outcome> => {
    const next = last.then(async () => {
      const r = t.kind === "article" ? { article: t.article } : (await readArticles({ kind: "file", path: t.path, file: t.file }, readOpts))[0];
      return "error" in r ? r : extractHere(r.article, settings, budget(r.article.text.length));
    });
    last = next.catch(() => {});
    return next;
  };
  const inPool = (t: TaskInput) => (pool ??= new WorkerPool({ size: jobs, init: settings, budgetMs: budget, fallback })).run(t);

  const failed = (path: string, e: unknown): Outcome => ({ path, error: { code: "internal", message: (e as Error)?.message ?? String(e) } });
  /** an article already read (stdin, a JSONL record, or a single file read here) */
  const extractRead = (r: ReadResult, small: boolean): Promise<Outcome> => {
    if ("error" in r) return Promise.resolve(r);
    const here = opts.inThread ?? (small && r.article.text.length <= IN_THREAD_MAX_CHARS);
    if (here) return extractHere(r.article, settings, budget(r.article.text.length));
    return inPool({ kind: "article", path: r.article.path, article: r.article });
  };
  const item = (p: Promise<Outcome>, path: string, done?: Source): Promise<Item> =>
    p.catch((e) => failed(path, e)).then((outcome) => ({ outcome, done }));

  // room for every worker to be busy while the output waits on a slow input ahead of them
  const queue = new Ordered(Math.max(64, jobs * 64));
  let stopped = false;
  /** Queue the outcomes of one source, in order, then the mark that it is done. */
  const feed = async (src: Source) => {
    if (src.kind === "file" && isRecordFile(src)) {
      // records stream one at a time, behind the earlier sources
      for await (const r of readRecords(src.path, src.file, readOpts)) {
        await queue.room();
        if (stopped) return;
        queue.push(item(extractRead(r, false), "article" in r ? r.article.path : r.path));
      }
      queue.push(Promise.resolve({ done: src }));
    } else if (src.kind === "file" && opts.inThread !== true && sources.length > 1) {
      queue.push(item(inPool({ kind: "file", path: src.path, file: src.file, maxBytes }), src.path, src));
    } else if (src.kind === "file" || src.kind === "failed") {
      queue.push(item(readArticles(src, readOpts).then((rs) => extractRead(rs[0], sources.length === 1)), src.path, src));
    } else {
      // stdin may hold several records: each takes its own place
      for (const r of await readArticles(src, readOpts)) {
        await queue.room();
        queue.push(item(extractRead(r, single && "article" in r && r.article.path === "-"), src.path));
      }
      queue.push(Promise.resolve({ done: src }));
    }
  };
  const produce = async () => {
    for (const src of sources) {
      if (stopped) break;
      await queue.room();
      try {
        await feed(src);
      } catch (e) {
        // whatever went wrong with this source, the next ones still run
        queue.push(item(Promise.resolve(failed(src.path, e)), src.path, src));
      }
    }
  };
  const producing = produce()
    .catch(() => {})
    .finally(() => queue.close());
  try {
    for (let p = await queue.shift(); p; p = await queue.shift()) {
      const it = await p;
      if (it.outcome) yield it.outcome;
      if (it.done) opts.onSourceDone?.(it.done);
    }
  } finally {
    stopped = true;
    queue.close();
    await (pool as WorkerPool | null)?.close();
    await producing;
  }
}
