/** Running the CLI in-process and through the built bin, with the test inputs under test/data. */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, cpSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { main, type CliIO } from "../../src/cli.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DATA = path.join(ROOT, "test/data/articles");
export const BIN = path.join(ROOT, "bin/claims.js");

/** The worker threads and the bin run the built code: fail early and clearly without it. */
export function requireBuild(): void {
  if (!existsSync(path.join(ROOT, "dist/batch/worker.js")) || !existsSync(path.join(ROOT, "dist/cli.js"))) {
    throw new Error("dist/ is missing: build first (npx tsc -p tsconfig.json, or npm test)");
  }
}

export class Sink extends Writable {
  chunks: string[] = [];
  constructor(
    public isTTY = false,
    private depth = 8,
  ) {
    super();
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk.toString());
    done();
  }
  getColorDepth(): number {
    return this.depth;
  }
  // what a spinner uses of a tty.WriteStream
  columns = 100;
  cursorTo(_x: number, _y?: unknown, cb?: () => void): boolean {
    (typeof _y === "function" ? (_y as () => void) : cb)?.();
    return true;
  }
  moveCursor(_dx: number, _dy: number, cb?: () => void): boolean {
    cb?.();
    return true;
  }
  clearLine(_dir: number, cb?: () => void): boolean {
    cb?.();
    return true;
  }
  get text(): string {
    return this.chunks.join("");
  }
}

export interface RunOptions {
  stdin?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  /** the width of the stderr terminal (default 100) */
  stderrColumns?: number;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `claims ARGV` in this process. */
export async function runCli(argv: string[], o: RunOptions = {}): Promise<RunResult> {
  const stdout = new Sink(o.stdoutTTY);
  const stderr = new Sink(o.stderrTTY);
  if (o.stderrColumns !== undefined) stderr.columns = o.stderrColumns;
  const io: CliIO = {
    stdout,
    stderr,
    stdin: Readable.from(o.stdin === undefined ? [] : [Buffer.from(o.stdin)]),
    env: o.env ?? {},
    cwd: o.cwd ?? DATA,
  };
  const code = await main(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** `node bin/claims.js ARGV` (or a shell line using $CLAIMS), as a user runs it. */
export function runBin(argv: string[] | string, o: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<RunResult> {
  const env = { PATH: process.env.PATH, ...o.env, CLAIMS: `node ${BIN}` };
  const [file, args] = typeof argv === "string" ? ["bash", ["--norc", "--noprofile", "-c", argv]] : [process.execPath, [BIN, ...argv]];
  return new Promise((resolve) => {
    const child = execFile(file, args as string[], { cwd: o.cwd ?? DATA, env, maxBuffer: 1 << 26 }, (err, stdout, stderr) => {
      const code = err ? ((err as { code?: number }).code ?? 1) : 0;
      resolve({ code: typeof code === "number" ? code : 1, stdout, stderr });
    });
    if (o.input !== undefined) child.stdin!.end(o.input);
    else child.stdin!.end();
  });
}

/** A JSON stream (documents one after another) → its values. */
export function parseJsonStream(text: string): unknown[] {
  const out: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{") {
      if (depth++ === 0) start = i;
    } else if (c === "}" && --depth === 0) out.push(JSON.parse(text.slice(start, i + 1)));
  }
  return out;
}

/** A scratch directory with a copy of the test articles and the bad inputs of SPEC §4. */
export function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "claims-cli-"));
  cpSync(DATA, path.join(dir, "articles"), { recursive: true });
  writeFileSync(path.join(dir, "articles/h-binary.txt"), Buffer.from("Japan sold gold.\0\0\x01 more"));
  writeFileSync(path.join(dir, "empty.txt"), "");
  return dir;
}
