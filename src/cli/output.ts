/**
 * Where the output goes. Stdout, or the `-o` file: written to a temporary file beside it and
 * renamed into place when the run ends, so that a crash or an interrupt leaves the old file
 * whole. A target that is also an input is refused before anything is opened (`-o a.txt
 * a.txt` would empty the article before reading it).
 *
 * A failed write is fatal (exit 2, one line, no trace), except a closed pipe downstream
 * (`claims extract big/ | head`), which ends the run quietly.
 */
import { accessSync, closeSync, constants, fchmodSync, fstatSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from "node:fs";
import path from "node:path";
import type { Writable } from "node:stream";
import type { Source } from "../input/sources.js";
import { UsageError } from "./usage.js";

export interface Output {
  write(text: string | Uint8Array): Promise<void>;
  /** the run is done: everything flushed, the file renamed into place */
  commit(): Promise<void>;
  /** the run is given up: the temporary file removed, the target untouched (synchronous, for signal handlers) */
  abandon(): void;
}

/** A write that failed: the run cannot deliver its output. */
export class OutputError extends Error {
  override name = "OutputError";
  constructor(
    readonly where: string,
    readonly reason: NodeJS.ErrnoException,
  ) {
    super(`cannot write ${where}: ${describe(reason)}`);
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  EBADF: "the output is closed",
  EIO: "input/output error",
  EFBIG: "file too large",
  EROFS: "read-only file system",
  EACCES: "permission denied",
};

function describe(e: NodeJS.ErrnoException): string {
  const code = e.code ?? "";
  return REASONS[code] ? `${code} (${REASONS[code]})` : code || e.message;
}

/** A closed pipe downstream: the reader has what it wanted. */
export function isBrokenPipe(e: unknown): boolean {
  const code = e instanceof OutputError ? e.reason.code : (e as NodeJS.ErrnoException)?.code;
  return code === "EPIPE" || code === "ERR_STREAM_DESTROYED";
}

function closedError(): NodeJS.ErrnoException {
  return Object.assign(new Error("output closed"), { code: "ERR_STREAM_DESTROYED" });
}

/** Write text and wait for the stream to take it (back-pressure for long batches); rejects when the stream fails or closes. */
function write(stream: Writable, text: string | Uint8Array): Promise<void> {
  if (!text.length) return Promise.resolve();
  if (stream.destroyed) return Promise.reject(closedError());
  return stream.write(text) ? Promise.resolve() : drained(stream);
}

/** Resolves when the stream has written all it holds; rejects when it fails or closes first. */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (e?: Error) => {
      stream.off("drain", onDrain).off("error", onError).off("close", onClose);
      if (e) reject(e);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (e: Error) => done(e);
    const onClose = () => done(closedError());
    stream.on("drain", onDrain).on("error", onError).on("close", onClose);
  });
}

/** Stdout (or any stream): the writes of one turn of the event loop gathered into one system call (many small documents). */
export function streamOutput(stream: Writable, name = "stdout"): Output {
  let failed: NodeJS.ErrnoException | null = null;
  // an error the stream reports after a write was taken (EPIPE, ENOSPC) fails the next write
  stream.on("error", (e: NodeJS.ErrnoException) => (failed ??= e));
  let corked = false;
  const flush = () => {
    if (!corked) return;
    corked = false;
    stream.uncork();
  };
  const check = () => {
    if (failed) throw new OutputError(name, failed);
  };
  return {
    async write(text) {
      check();
      if (!corked && text.length) {
        corked = true;
        stream.cork();
        setImmediate(flush);
      }
      try {
        await write(stream, text);
      } catch (e) {
        throw new OutputError(name, (failed ??= e as NodeJS.ErrnoException));
      }
      check();
    },
    async commit() {
      flush();
      // what the stream still holds, and an error it reports on the next tick, fail the run too
      if (stream.writableLength > 0) await drained(stream).catch((e: NodeJS.ErrnoException) => (failed ??= e));
      await new Promise((r) => setImmediate(r));
      check();
    },
    abandon: flush,
  };
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/** The -o file. Checked now, so that a path that cannot be written is a usage error before any work. */
export function fileOutput(target: string): Output {
  const st = statOrNull(target);
  const fail = (code: string) => new UsageError(`cannot write ${target}: ${code}`);
  if (st?.isDirectory()) throw fail("EISDIR");
  const real = st ? realpathSync(target) : target;
  // a device or a FIFO (-o /dev/stdout) is written as it is: it cannot be replaced
  const direct = !!st && !st.isFile();
  try {
    accessSync(direct ? real : path.dirname(real), constants.W_OK);
    if (st && !direct) accessSync(real, constants.W_OK);
  } catch (e) {
    throw fail((e as NodeJS.ErrnoException).code ?? String(e));
  }
  const temp = direct ? real : path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | null = null;
  let created = false;
  let done = false;
  const open = (): number => {
    if (fd !== null) return fd;
    try {
      fd = openSync(temp, direct ? "w" : "wx", 0o666);
      created = true;
      // the new file keeps the permissions of the one it replaces
      if (st && !direct) fchmodSync(fd, st.mode & 0o7777);
    } catch (e) {
      throw new OutputError(target, e as NodeJS.ErrnoException);
    }
    return fd;
  };
  return {
    async write(text) {
      const out = open();
      const bytes = typeof text === "string" ? Buffer.from(text) : text;
      try {
        for (let at = 0; at < bytes.length; ) at += writeSync(out, bytes, at);
      } catch (e) {
        throw new OutputError(target, e as NodeJS.ErrnoException);
      }
    },
    async commit() {
      const out = open();
      try {
        closeSync(out);
        fd = null;
        if (!direct) renameSync(temp, real);
        done = true;
      } catch (e) {
        throw new OutputError(target, e as NodeJS.ErrnoException);
      }
    },
    abandon() {
      if (done) return;
      done = true;
      try {
        if (fd !== null) closeSync(fd);
        fd = null;
        if (!direct && created) unlinkSync(temp);
      } catch {
        // nothing more can be done about it
      }
    },
  };
}

/** Refuse an output file that is also one of the inputs (the same file, whatever the path). */
export function assertNotAnInput(target: string, sources: readonly Source[]): void {
  const out = statOrNull(target);
  if (!out?.isFile()) return;
  for (const s of sources) {
    if (s.kind !== "file") continue;
    const st = statOrNull(s.file);
    if (st && st.dev === out.dev && st.ino === out.ino) {
      throw new UsageError(`-o ${target} is also an input (${s.path}): it would be overwritten while it is read; write elsewhere`);
    }
  }
}

/**
 * Whether stdout looks closed (`>&-`): Node reopens a closed stdout as /dev/null for reading
 * and writing. A parent that passes /dev/null so opened (`stdio: "ignore"`, Python's
 * DEVNULL) looks the same, so this is only a warning. Linux only (it reads /proc).
 */
export function stdoutLooksClosed(): boolean {
  try {
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync("/proc/self/fdinfo/1", "utf8"))?.[1];
    if (!flags || (parseInt(flags, 8) & 3) !== constants.O_RDWR) return false;
    const fd1 = fstatSync(1);
    return fd1.isCharacterDevice() && fd1.rdev === statSync("/dev/null").rdev;
  } catch {
    return false;
  }
}
