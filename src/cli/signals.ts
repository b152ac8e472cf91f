/**
 * SIGINT and SIGTERM end every run within a fraction of a second, with exit code 130 or
 * 143, and the output cut at a document boundary (stdout is written one whole document at a
 * time; the -o file is left as it was).
 *
 * While the event loop turns, a signal aborts the run: the batch stops, the workers are
 * stopped, the temporary output is removed; if that takes more than a moment, or a second
 * signal comes, the process exits at once. While this thread is busy with work of its own —
 * reading a config, extracting a single article — no handler could run, so none is
 * installed then and the signal's default action ends the process (no output has been
 * written yet); Ctrl-C during an extraction is caught by the extraction itself
 * (run.ts: vm's breakOnSigint) and ends the run as usual.
 */
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
type Name = keyof typeof EXIT_CODES;

/** How long an aborted run may take to wind down before the process exits anyway. */
const GRACE_MS = 300;

export interface Signals {
  /** aborted by a signal, with its exit code as the reason */
  signal: AbortSignal;
  /** run `f` when the process exits on a signal without the run winding down (synchronous) */
  onExit(f: () => void): void;
  /** run `work` with the default action of both signals: it ends the process at once */
  guard<T>(work: () => T): T;
}

export function handleSignals(): Signals {
  const controller = new AbortController();
  const cleanups: (() => void)[] = [];
  const exit = (code: number) => {
    for (const f of cleanups.splice(0)) f();
    process.exit(code);
  };
  const on = (name: Name) => {
    const code = EXIT_CODES[name];
    if (controller.signal.aborted) return exit(code);
    process.exitCode = code;
    controller.abort(code);
    setTimeout(() => exit(code), GRACE_MS).unref();
  };
  const handlers: Record<Name, () => void> = { SIGINT: () => on("SIGINT"), SIGTERM: () => on("SIGTERM") };
  const attach = () => {
    for (const name of Object.keys(handlers) as Name[]) process.on(name, handlers[name]);
  };
  const detach = () => {
    for (const name of Object.keys(handlers) as Name[]) process.off(name, handlers[name]);
  };
  attach();
  return {
    signal: controller.signal,
    onExit: (f) => void cleanups.push(f),
    guard(work) {
      detach();
      try {
        return work();
      } finally {
        attach();
      }
    },
  };
}

/** The exit code of a run that a signal aborted (130 when the signal gives none). */
export function interruptedCode(signal: AbortSignal | undefined): number {
  return typeof signal?.reason === "number" ? signal.reason : EXIT_CODES.SIGINT;
}
