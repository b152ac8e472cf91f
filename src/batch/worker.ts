/**
 * A worker thread of the batch pool: it reads and extracts one input at a time and posts
 * the outcome back. Runs the built code (dist/batch/worker.js); the pool stops and
 * replaces it when an input overruns its time budget.
 *
 * Messages out: `{ready}` once; per task `{id, started: chars}` when the text is read
 * (the time budget starts then, sized by the text) and `{id, outcome}` when done.
 */
import { parentPort, workerData } from "node:worker_threads";
import { fromWire } from "../input/patterns.js";
import { readFileArticle, type ReadResult } from "../input/read.js";
import { loadReporter } from "../report/index.js";
import { extractArticle, failure, type ExtractSettings, type Outcome } from "./extract.js";
import type { Task, WorkerInit } from "./pool.js";

const wire = workerData as WorkerInit;
const init: ExtractSettings = { ...wire, config: fromWire(wire.config) };
const port = parentPort;
if (!port) throw new Error("batch/worker.js runs only as a worker thread");
const encoder = new TextEncoder();
const reporter = init.render ? await loadReporter(init.render.format, init.render) : null;

port.on("message", (task: Task) => {
  const r: ReadResult = task.kind === "file" ? readFileArticle(task.path, task.file, task.maxBytes, task.format) : { article: task.article };
  port.postMessage({ id: task.id, started: "article" in r ? r.article.text.length : 0 });
  let outcome: Outcome;
  try {
    outcome = "error" in r ? r : extractArticle(r.article, init, reporter);
  } catch (e) {
    const error = { code: "internal" as const, message: `extraction failed: ${(e as Error).message}` };
    outcome = "article" in r ? failure(r.article, error) : { path: task.path, error };
  }
  if ("rendered" in outcome && typeof outcome.rendered === "string") {
    // encoded here and handed over without a copy: the main thread only writes bytes
    const bytes = encoder.encode(outcome.rendered);
    port.postMessage({ id: task.id, outcome: { ...outcome, rendered: bytes } }, [bytes.buffer as ArrayBuffer]);
  } else port.postMessage({ id: task.id, outcome });
});
port.postMessage({ ready: true });
