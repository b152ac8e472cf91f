/**
 * A pool of worker threads that read and extract inputs, so that a batch uses every core
 * and the main thread stays free to hand out work and write output.
 *
 * Each input has a time budget, counted from when its worker has read it: a worker that
 * overruns it is stopped and replaced, and the input becomes a `timeout` error record, so
 * one runaway input never hangs the batch. A worker that dies (out of memory, a crash)
 * costs only the input it held. Each worker holds up to two tasks, so that it never waits
 * for the main thread between two inputs.
 */
import { DIST } from "../paths.js";
import { Worker } from "node:worker_threads";
import type { WireConfig } from "../input/wire.js";
import type { Article, InputFormatOption } from "../input/read.js";
import type { ProblemRecord } from "../schema.js";
import type { ExtractSettings } from "./extract.js";
import type { Outcome } from "./outcome.js";

/** The settings a worker starts with: its config as it crosses threads. */
export type WorkerInit = Omit<ExtractSettings, "config"> & { config: WireConfig };

/** What a worker is given: a file to read, or an article already read (a JSONL record, stdin). */
export type TaskInput =
  | { kind: "file"; path: string; file: string; maxBytes?: number; format?: InputFormatOption }
  | { kind: "article"; path: string; article: Article };

/** The error record of a task: a JSONL record keeps its id and line. */
function failed(t: TaskInput, error: ProblemRecord): Outcome {
  return t.kind === "article" ? { path: t.path, error, id: t.article.id, line: t.article.line } : { path: t.path, error };
}
export type Task = TaskInput & { id: number };

type Reply = { ready: true } | { id: number; started: number } | { id: number; outcome: Outcome };

export interface PoolOptions {
  /** number of worker threads (at most; they start as work arrives) */
  size: number;
  init: WorkerInit;
  /** time budget of one input, in milliseconds, by the length of its text */
  budgetMs: (chars: number) => number;
  /** heap limit of each worker, in MB: an input that needs more becomes an error record */
  maxHeapMb?: number;
  /** the worker script (default: the built dist/batch/worker.js) */
  url?: URL;
  /** where tasks go when no worker can be started (say, no file descriptors left) */
  fallback?: (t: TaskInput) => Promise<Outcome>;
}

/** Workers that fail to start before one ever does, before the pool gives up on threads. */
const START_TRIES = 3;

interface Job {
  task: Task;
  resolve: (o: Outcome) => void;
  /** times the job was handed back after its worker died while holding it */
  retries: number;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  jobs: Job[];
  running: Job | null;
  timer: NodeJS.Timeout | null;
}

/** Tasks a worker holds at once: the one it runs and the next. */
const DEPTH = 2;

/** The built worker: dist/batch/worker.js, also when this module runs from src/ (tests). */
export function workerUrl(): URL {
  return new URL("batch/worker.js", DIST);
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;
  private everReady = false;
  private startFailures = 0;
  private broken: string | null = null;

  constructor(private readonly opts: PoolOptions) {}

  /** Read and extract one input in a worker; never rejects. */
  run(input: TaskInput): Promise<Outcome> {
    if (this.closed) return Promise.resolve(failed(input, { code: "internal", message: "the worker pool is closed" }));
    if (this.broken) return this.without(input);
    return new Promise((resolve) => {
      this.queue.push({ task: { ...input, id: this.nextId++ }, resolve, retries: 0 });
      this.pump();
    });
  }

  /** Stop every worker; queued inputs are dropped. */
  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    const slots = this.slots.splice(0);
    await Promise.all(
      slots.map((s) => {
        if (s.timer) clearTimeout(s.timer);
        s.worker.removeAllListeners();
        s.worker.on("error", () => {});
        return s.worker.terminate();
      }),
    );
  }

  private pump(): void {
    if (this.closed) return;
    // fill the emptiest ready workers first, so that work spreads over all of them
    for (let depth = 0; depth < DEPTH && this.queue.length; depth++) {
      for (const s of this.slots) {
        if (!this.queue.length) break;
        if (s.ready && s.jobs.length === depth) this.dispatch(s, this.queue.shift()!);
      }
    }
    const starting = this.slots.filter((s) => !s.ready).length;
    if (this.queue.length > starting * DEPTH && this.slots.length < this.opts.size) this.spawn();
  }

  private spawn(): void {
    const worker = new Worker(this.opts.url ?? workerUrl(), {
      workerData: this.opts.init,
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxHeapMb ?? 2048, maxYoungGenerationSizeMb: 16 },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, ready: false, jobs: [], running: null, timer: null };
    this.slots.push(slot);
    worker.on("message", (m: Reply) => {
      if ("ready" in m) slot.ready = this.everReady = true;
      else if ("started" in m) this.started(slot, m.id, m.started);
      else this.finish(slot, m.id, m.outcome);
      this.pump();
    });
    worker.on("error", (e) => this.fail(slot, { code: "internal", message: `worker failed: ${e.message}` }));
    worker.on("exit", (code) => this.fail(slot, { code: "internal", message: `worker stopped (exit code ${code})` }));
  }

  private dispatch(slot: Slot, job: Job): void {
    slot.jobs.push(job);
    slot.worker.postMessage(job.task);
  }

  private started(slot: Slot, id: number, chars: number): void {
    const job = slot.jobs.find((j) => j.task.id === id);
    if (!job) return;
    slot.running = job;
    const ms = this.opts.budgetMs(chars);
    slot.timer = setTimeout(() => {
      const secs = Math.round(ms / 100) / 10;
      this.fail(slot, { code: "timeout", message: `no result within the time budget of ${secs} s for this input` });
    }, ms);
  }

  private finish(slot: Slot, id: number, outcome: Outcome): void {
    const at = slot.jobs.findIndex((j) => j.task.id === id);
    if (at < 0) return;
    const [job] = slot.jobs.splice(at, 1);
    if (slot.running === job) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.running = null;
      slot.timer = null;
    }
    job.resolve(outcome);
  }

  /**
   * The worker in this slot is lost. The input it was running fails with `error`; the one
   * waiting behind it goes back to the queue (once: a second loss makes it fail too).
   */
  private fail(slot: Slot, error: ProblemRecord): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    slot.worker.on("error", () => {});
    void slot.worker.terminate();
    const victim = slot.running ?? slot.jobs[0];
    const back: Job[] = [];
    for (const job of slot.jobs) {
      if (job === victim || job.retries >= 1) job.resolve(failed(job.task, error));
      else back.push({ ...job, retries: job.retries + 1 });
    }
    for (let i = back.length - 1; i >= 0; i--) this.queue.unshift(back[i]);
    if (!slot.ready && !this.everReady && ++this.startFailures >= START_TRIES) {
      // no worker will start: run what is left without threads rather than respawn forever
      this.broken = error.message;
      for (const job of this.queue.splice(0)) void this.without(job.task).then(job.resolve);
      return;
    }
    this.pump();
  }

  /** A task run without a worker (the fallback), or failed when there is none. */
  private without(input: TaskInput): Promise<Outcome> {
    if (this.opts.fallback) return this.opts.fallback(input).catch((e) => failed(input, { code: "internal", message: (e as Error).message }));
    return Promise.resolve(failed(input, { code: "internal", message: `cannot start a worker: ${this.broken}` }));
  }
}
