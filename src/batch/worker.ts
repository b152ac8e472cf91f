/**
 * A worker thread of the batch pool: it extracts one article at a time and posts the
 * outcome back. Runs the built code (dist/batch/worker.js); the pool stops and replaces
 * it when an article overruns its time budget.
 */
import { parentPort, workerData } from "node:worker_threads";
import { extractArticle, type Outcome } from "./extract.js";
import type { Task, WorkerInit } from "./pool.js";

const init = workerData as WorkerInit;
const port = parentPort;
if (!port) throw new Error("batch/worker.js runs only as a worker thread");

port.postMessage({ ready: true });
port.on("message", (task: Task) => {
  let outcome: Outcome;
  try {
    outcome = extractArticle(task.article, init);
  } catch (e) {
    outcome = { path: task.article.path, error: { code: "internal", message: `extraction failed: ${(e as Error).message}` } };
  }
  port.postMessage({ id: task.id, outcome });
});
