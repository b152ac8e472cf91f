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
import type { ExtractSettings } from "./batch/extract.js";
import { failure, type Outcome, type RenderSpec } from "./batch/outcome.js";
import { WorkerPool, type TaskInput } from "./batch/pool.js";
import { toWire } from "./input/wire.js";
import { DEFAULT_MAX_BYTES, isRecordSource, readArticle, readSource, type Article, type InputFormatOption, type ReadOptions, type ReadResult } from "./input/read.js";
import type { Source } from "./input/sources.js";
import type { Config } from "./pipeline/types.js";
import type { Reporter } from "./report/index.js";

export type { Outcome, RenderSpec } from "./batch/outcome.js";

/** Thrown out of the batch when Ctrl-C stops an extraction running in this thread. */
export class Interrupted extends Error {
  override name = "Interrupted";
}

export interface BatchOptions {
  /** reference date for every input (from --date), else each input's own */
  date: string | null;
  config: Config;
  /** the bytes of stdin as they arrive (read only for a `-` source) */
  stdin?: () => AsyncIterable<Uint8Array>;
  /** how inputs are read (`--input-format`; default auto) */
  inputFormat?: InputFormatOption;
  /** told about an input read, but perhaps not as meant (stdin that looks like JSONL, read as text) */
  warn?: (path: string, message: string) => void;
  /**
   * Runs each extraction done in this thread (synchronous, up to its time budget). The CLI
   * uses it to leave SIGTERM to its default action meanwhile; Ctrl-C stops it as it is.
   */
  inThreadGuard?: <T>(run: () => T) => T;
  /** stops the batch at once: it then throws Interrupted */
  signal?: AbortSignal;
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
async function extractHere(a: Article, s: ExtractSettings, budgetMs: number, guard: <T>(run: () => T) => T = (run) => run()): Promise<Outcome> {
  const { extractArticle } = await import("./batch/extract.js");
  let reporter: Reporter | null = null;
  if (s.render) reporter = await (await import("./report/index.js")).loadReporter(s.render.format, s.render);
  watch ??= vm.createContext({ run: null });
  watch.run = () => extractArticle(a, s, reporter);
  try {
    // breakOnSigint: Ctrl-C stops the pipeline where it is, as the timeout does
    return guard(() => vm.runInContext("run()", watch!, { timeout: Math.max(1, Math.round(budgetMs)), breakOnSigint: true }) as Outcome);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ERR_SCRIPT_EXECUTION_INTERRUPTED") throw new Interrupted("interrupted");
    if (code !== "ERR_SCRIPT_EXECUTION_TIMEOUT") throw e;
    return failure(a, { code: "timeout", message: `no result within the time budget of ${Math.round(budgetMs / 100) / 10} s for this input` });
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
  /** The next item's promise, wrapped (an async function would wait for it). */
  async shift(): Promise<{ item: Promise<Item> } | null> {
    while (!this.items.length) {
      if (this.closed) return null;
      await new Promise<void>((r) => (this.wakeConsumer = r));
    }
    const item = this.items.shift()!;
    this.wakeProducer?.();
    return { item };
  }
}

export async function* runBatch(sources: readonly Source[], opts: BatchOptions): AsyncGenerator<Outcome> {
  const settings: ExtractSettings = { date: opts.date, config: opts.config, render: opts.render ?? null };
  const jobs = Math.max(1, opts.jobs ?? availableParallelism());
  const budget = typeof opts.budgetMs === "number" ? () => opts.budgetMs as number : (opts.budgetMs ?? defaultBudgetMs);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const format = opts.inputFormat ?? "auto";
  const readOpts: ReadOptions = { maxBytes, stdin: opts.stdin, inputFormat: format, warn: opts.warn };
  const single = sources.length === 1 && sources[0].kind !== "file";
  let pool: WorkerPool | null = null;
  const here = (a: Article) => extractHere(a, settings, budget(a.text.length), opts.inThreadGuard);
  // without threads (none can start): read and extract here, one at a time
  let last: Promise<unknown> = Promise.resolve();
  const fallback = (t: TaskInput): Promise<Outcome> => {
    const next = last.then(async () => {
      const r = t.kind === "article" ? { article: t.article } : await readArticle({ kind: "file", path: t.path, file: t.file }, readOpts);
      return "error" in r ? r : here(r.article);
    });
    last = next.catch(() => {});
    return next;
  };
  // patterns cross to the workers as their source text
  const inPool = (t: TaskInput) => (pool ??= new WorkerPool({ size: jobs, init: { ...settings, config: toWire(settings.config) }, budgetMs: budget, fallback })).run(t);

  const failed = (path: string, e: unknown): Outcome => ({ path, error: { code: "internal", message: (e as Error)?.message ?? String(e) } });
  /** an article already read (stdin, a JSONL record, or a single file read here) */
  const extractRead = (r: ReadResult, small: boolean): Promise<Outcome> => {
    if ("error" in r) return Promise.resolve(r);
    if (opts.inThread ?? (small && r.article.text.length <= IN_THREAD_MAX_CHARS)) return here(r.article);
    return inPool({ kind: "article", path: r.article.path, article: r.article });
  };
  const item = (p: Promise<Outcome>, path: string, done?: Source): Promise<Item> => {
    const it = p
      .catch((e) => {
        if (e instanceof Interrupted) throw e;
        return failed(path, e);
      })
      .then((outcome) => ({ outcome, done }));
    // an interrupt reaches the consumer, if it is still there to take it
    it.catch(() => {});
    return it;
  };

  // room for every worker to be busy while the output waits on a slow input ahead of them
  const queue = new Ordered(Math.max(64, jobs * 64));
  let stopped = false;
  /** Queue the outcomes of one source, in order, then the mark that it is done. */
  const feed = async (src: Source) => {
    if (isRecordSource(src, format)) {
      // records (a JSONL file, or stdin as it arrives) stream one at a time, behind the earlier sources
      for await (const r of readSource(src, readOpts)) {
        await queue.room();
        if (stopped) return;
        queue.push(item(extractRead(r, false), "article" in r ? r.article.path : r.path));
      }
      queue.push(Promise.resolve({ done: src }));
    } else if (src.kind === "file" && opts.inThread !== true && sources.length > 1) {
      queue.push(item(inPool({ kind: "file", path: src.path, file: src.file, maxBytes, format }), src.path, src));
    } else {
      queue.push(item(readArticle(src, readOpts).then((r) => extractRead(r, src.kind === "file" ? sources.length === 1 : single)), src.path, src));
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
  // an abort does not wait for the input at the head of the queue, nor for stdin to end
  const signal = opts.signal;
  const next = <T>(p: Promise<T>): Promise<T> => {
    if (!signal) return p;
    if (signal.aborted) return Promise.reject(new Interrupted("interrupted"));
    // not Promise.race with one promise that never settles: each race would stay attached to it, holding its outcome
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(new Interrupted("interrupted"));
      signal.addEventListener("abort", onAbort, { once: true });
      p.then(
        (v) => (signal.removeEventListener("abort", onAbort), resolve(v)),
        (e) => (signal.removeEventListener("abort", onAbort), reject(e)),
      );
    });
  };
  try {
    for (;;) {
      const head = await next(queue.shift());
      if (!head) break;
      const it = await next(head.item);
      if (it.outcome) yield it.outcome;
      if (it.done) opts.onSourceDone?.(it.done);
    }
  } finally {
    stopped = true;
    queue.close();
    await (pool as WorkerPool | null)?.close();
    if (!signal?.aborted) await producing;
  }
}
