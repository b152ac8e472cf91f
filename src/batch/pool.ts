/**
 * A pool of worker threads that extract articles, one at a time each, so that a batch
 * uses every core and the main thread stays free to read files and write output.
 *
 * Each article has a time budget: a worker that overruns it is stopped and replaced,
 * and the article becomes a `timeout` error record, so one runaway input never hangs the
 * batch. A worker that dies (out of memory, a crash) costs only the article it held.
 */
import { Worker } from "node:worker_threads";
import type { Article } from "../input/read.js";
import type { ProblemRecord } from "../schema.js";
import type { ExtractSettings, Outcome } from "./extract.js";

export type WorkerInit = ExtractSettings;

export interface Task {
  id: number;
  article: Article;
}

type Reply = { ready: true } | { id: number; outcome: Outcome };

export interface PoolOptions {
  /** number of worker threads (at most; they start as work arrives) */
  size: number;
  init: WorkerInit;
  /** time budget of one article, in milliseconds */
  budgetMs: (a: Article) => number;
  /** heap limit of each worker, in MB: an article that needs more becomes an error record */
  maxHeapMb?: number;
}

interface Job {
  task: Task;
  resolve: (o: Outcome) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/** The built worker: dist/batch/worker.js, also when this module runs from src/ (tests). */
export function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith(".ts") ? new URL("../../dist/batch/worker.js", here) : new URL("./worker.js", here);
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly opts: PoolOptions) {}

  /** Extract one article in a worker; never rejects. */
  run(article: Article): Promise<Outcome> {
    if (this.closed) return Promise.resolve({ path: article.path, error: { code: "internal", message: "the worker pool is closed" } });
    return new Promise((resolve) => {
      this.queue.push({ task: { id: this.nextId++, article }, resolve });
      this.pump();
    });
  }

  /** Stop every worker; queued articles are dropped. */
  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    const slots = this.slots.splice(0);
    await Promise.all(
      slots.map((s) => {
        if (s.timer) clearTimeout(s.timer);
        s.worker.removeAllListeners();
        return s.worker.terminate();
      }),
    );
  }

  private pump(): void {
    if (this.closed) return;
    for (const s of this.slots) {
      if (!this.queue.length) return;
      if (s.ready && !s.job) this.dispatch(s, this.queue.shift()!);
    }
    const starting = this.slots.filter((s) => !s.ready).length;
    if (this.queue.length > starting && this.slots.length < this.opts.size) this.spawn();
  }

  private spawn(): void {
    const worker = new Worker(workerUrl(), {
      workerData: this.opts.init,
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxHeapMb ?? 2048 },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, ready: false, job: null, timer: null };
    this.slots.push(slot);
    worker.on("message", (m: Reply) => {
      if ("ready" in m) {
        slot.ready = true;
      } else if (slot.job && slot.job.task.id === m.id) {
        this.finish(slot, m.outcome);
      }
      this.pump();
    });
    worker.on("error", (e) => this.fail(slot, { code: "internal", message: `worker failed: ${e.message}` }));
    worker.on("exit", (code) => this.fail(slot, { code: "internal", message: `worker stopped (exit code ${code})` }));
  }

  private dispatch(slot: Slot, job: Job): void {
    slot.job = job;
    const ms = this.opts.budgetMs(job.task.article);
    slot.timer = setTimeout(() => {
      const secs = Math.round(ms / 100) / 10;
      this.fail(slot, { code: "timeout", message: `no result within the time budget of ${secs} s for this input` });
    }, ms);
    slot.worker.postMessage(job.task);
  }

  private finish(slot: Slot, outcome: Outcome): void {
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    slot.timer = null;
    job?.resolve(outcome);
  }

  /** The worker in this slot is lost: its article fails, and a new worker takes its place when there is work. */
  private fail(slot: Slot, error: ProblemRecord): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    slot.worker.removeAllListeners();
    slot.worker.on("error", () => {});
    void slot.worker.terminate();
    if (slot.job) this.finish(slot, { path: slot.job.task.article.path, error });
    if (!slot.ready && !this.slots.some((s) => s.ready)) {
      // no worker ever started: fail the queue rather than respawn forever
      for (const job of this.queue.splice(0)) job.resolve({ path: job.task.article.path, error: { code: "internal", message: `cannot start a worker: ${error.message}` } });
      return;
    }
    this.pump();
  }
}
