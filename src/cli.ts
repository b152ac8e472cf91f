/**
 * The command line (SPEC §2). The only module that touches process.*, stdin and exit
 * codes: it parses the arguments, runs the batch, writes the reporter's text to stdout
 * (or -o), messages to stderr, and sets process.exitCode in one place.
 *
 * Exit codes: 0 all inputs processed · 1 a --fail-on gate tripped · 2 usage or fatal
 * error · 3 an input failed · 130 interrupted.
 */
import { createWriteStream, existsSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Writable } from "node:stream";
import { Command, CommanderError, Option } from "commander";
import { Chalk } from "chalk";
import { ConfigError, findConfig, loadSettings, type Settings } from "./input/config.js";
import { readStdin } from "./input/read.js";
import { expandInputs } from "./input/sources.js";
import { EMPTY_CONFIG } from "./pipeline/types.js";
import { escapeControls } from "./report/escape.js";
import { DEFAULT_WIDTH, FORMATS, loadReporter, plural, RENDERED_APART, type Format } from "./report/index.js";
import { runBatch } from "./run.js";
import { errorDocument, jsonSchema } from "./schema.js";

export const EXIT = { ok: 0, gate: 1, usage: 2, failed: 3, interrupted: 130 } as const;

class UsageError extends Error {}

/** `-o report.html` without `-f` writes html; any other name json. */
const OUTPUT_EXTENSIONS: Readonly<Record<string, Format>> = { ".html": "html", ".htm": "html", ".yaml": "yaml", ".yml": "yaml", ".jsonl": "jsonl" };

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

type Level = 0 | 1 | 2 | 3;

export const COLOR_WHEN = ["auto", "always", "never"] as const;
export type ColorWhen = (typeof COLOR_WHEN)[number];

type Terminal = { isTTY?: boolean; getColorDepth?: () => number; columns?: number };

/**
 * Colour level for a stream. `--color always|never` decides; under `auto`, NO_COLOR,
 * FORCE_COLOR and TERM=dumb decide before the TTY does.
 */
export function colorLevel(stream: Terminal, env: NodeJS.ProcessEnv = process.env, when: ColorWhen = "auto"): Level {
  if (when === "never") return 0;
  if (when === "always") {
    const depth = stream.isTTY ? (stream.getColorDepth?.() ?? 4) : 4;
    return depth >= 24 ? 3 : depth >= 8 ? 2 : 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    if (force === "2") return 2;
    if (force === "3") return 3;
    return 1;
  }
  if (env.TERM === "dumb" || !stream.isTTY) return 0;
  const depth = stream.getColorDepth?.() ?? 4;
  return depth >= 24 ? 3 : depth >= 8 ? 2 : depth >= 4 ? 1 : 0;
}

/**
 * Columns to wrap the pretty view to: the terminal's when stdout is one, else COLUMNS, else
 * the terminal's of stderr (`claims x | less -R` from a terminal), else 80.
 */
export function viewWidth(io: Pick<CliIO, "stdout" | "stderr" | "env">): number {
  const env = Number(io.env.COLUMNS);
  if (io.stdout.isTTY && io.stdout.columns) return io.stdout.columns;
  if (Number.isInteger(env) && env > 0) return env;
  if (io.stderr.isTTY && io.stderr.columns) return io.stderr.columns;
  return DEFAULT_WIDTH;
}

export interface CliIO {
  stdout: Writable & Terminal;
  stderr: Writable & Terminal;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

interface ExtractFlags {
  format?: string;
  output?: string;
  date?: string;
  config?: string;
  failOn?: string;
  color?: string;
  jobs?: string;
  quiet?: boolean;
}

/** Write text and wait for the stream to take it (back-pressure for long batches); rejects when the stream fails or closes. */
function write(stream: Writable, text: string | Uint8Array): Promise<void> {
  if (!text.length) return Promise.resolve();
  if (stream.destroyed) return Promise.reject(Object.assign(new Error("output closed"), { code: "ERR_STREAM_DESTROYED" }));
  return new Promise((resolve, reject) => {
    if (stream.write(text)) return resolve();
    const done = (e?: Error) => {
      stream.off("drain", onDrain).off("error", onError).off("close", onClose);
      if (e) reject(e);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (e: Error) => done(e);
    const onClose = () => done(Object.assign(new Error("output closed"), { code: "ERR_STREAM_DESTROYED" }));
    stream.on("drain", onDrain).on("error", onError).on("close", onClose);
  });
}

/** Gather the writes of one turn of the event loop into one system call (many small documents). */
function batched(stream: Writable): { emit: (text: string | Uint8Array) => Promise<void>; flush: () => void } {
  let corked = false;
  const flush = () => {
    if (!corked) return;
    corked = false;
    stream.uncork();
  };
  const emit = (text: string | Uint8Array) => {
    if (!corked && text.length) {
      corked = true;
      stream.cork();
      setImmediate(flush);
    }
    return write(stream, text);
  };
  return { emit, flush };
}

/** The -o file, opened now so that a bad path is a clear fatal error before any work. */
function openOutput(file: string): Writable {
  let fd: number;
  try {
    fd = openSync(file, "w");
  } catch (e) {
    throw new UsageError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const out = createWriteStream("", { fd });
  out.on("error", () => {}); // surfaced by write() and end()
  return out;
}

function isBrokenPipe(e: unknown): boolean {
  return (e as NodeJS.ErrnoException)?.code === "EPIPE" || (e as NodeJS.ErrnoException)?.code === "ERR_STREAM_DESTROYED";
}

/** A spinner with files done / total on a TTY stderr; nothing otherwise. */
interface Progress {
  tick(): void;
  /** write a message line to stderr without tearing the spinner */
  say(line: string): void;
  stop(): void;
}

async function progress(io: CliIO, total: number, enabled: boolean): Promise<Progress> {
  const plain: Progress = { tick() {}, say: (line) => void io.stderr.write(line), stop() {} };
  if (!enabled || !io.stderr.isTTY || total < 2) return plain;
  const { default: ora } = await import("ora");
  let done = 0;
  const text = () => `${done}/${total} files`;
  const spinner = ora({ text: text(), stream: io.stderr as NodeJS.WritableStream, discardStdin: false, isEnabled: true }).start();
  return {
    tick() {
      done++;
      spinner.text = text();
    },
    say(line) {
      spinner.clear();
      io.stderr.write(line);
      spinner.render();
    },
    stop: () => void spinner.stop(),
  };
}

async function runExtract(inputs: string[], flags: ExtractFlags, io: CliIO, signal: AbortSignal): Promise<number> {
  const started = performance.now();
  const when = (flags.color ?? "auto") as ColorWhen;
  if (!COLOR_WHEN.includes(when)) throw new UsageError(`--color wants ${COLOR_WHEN.join(", ")}, got ${JSON.stringify(flags.color)}`);
  const err = new Chalk({ level: colorLevel(io.stderr, io.env, when) });
  if (!inputs.length) throw new UsageError("no INPUT given: name files, directories or globs, or - for stdin (see claims extract --help)");
  // colour is for the pretty view: asking for it on a pipe asks for that view (`claims extract x --color always | less -R`)
  const format = (flags.format ?? (flags.output ? (OUTPUT_EXTENSIONS[path.extname(flags.output).toLowerCase()] ?? "json") : io.stdout.isTTY || when === "always" ? "pretty" : "json")) as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format ${JSON.stringify(flags.format)}: use one of ${FORMATS.join(", ")}`);
  if (flags.failOn && flags.failOn !== "error" && flags.failOn !== "empty") {
    throw new UsageError(`--fail-on wants error or empty, got ${JSON.stringify(flags.failOn)}`);
  }
  if (flags.jobs !== undefined && !/^[1-9]\d{0,3}$/.test(flags.jobs)) throw new UsageError(`--jobs wants a whole number from 1, got ${JSON.stringify(flags.jobs)}`);
  let date: string | null = null;
  if (flags.date !== undefined) {
    // loaded here, not at start-up: the pipeline itself runs in workers for batches
    const { parseRefDate, formatRefDate } = await import("./index.js");
    try {
      date = formatRefDate(parseRefDate(flags.date));
    } catch (e) {
      throw new UsageError(`--date: ${(e as Error).message}`);
    }
  }
  let settings: Settings = { config: EMPTY_CONFIG, limits: {} };
  const configFile = flags.config ? path.resolve(io.cwd, flags.config) : findConfig(io.cwd);
  if (configFile) settings = loadSettings(configFile);

  const skipped: string[] = [];
  const bare: string[] = [];
  const sources = expandInputs(inputs, io.cwd, (p) => skipped.push(p), (d) => bare.push(d));
  const some = (paths: string[]) => paths.slice(0, 3).map(escapeControls).join(", ") + (paths.length > 3 ? `, … (${paths.length - 3} more)` : "");
  if (!sources.length) {
    const found = skipped.length ? `only ${plural(skipped.length, "file")} that ${skipped.length === 1 ? "is" : "are"} not .txt, .md, .html or .jsonl: ${some(skipped)}` : "no file at all";
    throw new UsageError(`no article in ${some(inputs)}: found ${found}`);
  }
  const out: Writable = flags.output ? openOutput(path.resolve(io.cwd, flags.output)) : io.stdout;
  const color = format === "pretty" && !flags.output ? colorLevel(io.stdout, io.env, when) : 0;
  const options = { color, width: viewWidth(io) };
  const reporter = await loadReporter(format, options);
  const { emit, flush } = batched(out);
  if (skipped.length && !flags.quiet) {
    io.stderr.write(`claims: ${err.yellow("skipped")} ${plural(skipped.length, "file")} that ${skipped.length === 1 ? "is" : "are"} not .txt, .md, .html or .jsonl: ${some(skipped)}\n`);
  }
  if (bare.length && !flags.quiet) io.stderr.write(`claims: ${err.yellow("no article")} in ${some(bare)}\n`);
  // the pretty view shows a failure in its place: on the same terminal, once is enough
  const sayFailures = !(format === "pretty" && out === io.stdout && io.stdout.isTTY && io.stderr.isTTY);
  // a spinner on the terminal the output is written to would tear it: the output shows the progress there
  const bar = await progress(io, sources.length, !flags.quiet && !(out === io.stdout && io.stdout.isTTY));
  let failed = 0;
  let empty = 0;
  let docs = 0;
  let claims = 0;
  const batch = runBatch(sources, {
    date,
    config: settings.config,
    stdin: () => readStdin(io.stdin),
    jobs: flags.jobs ? Number(flags.jobs) : undefined,
    maxBytes: settings.limits.maxBytes,
    budgetMs: settings.limits.timeoutSeconds ? settings.limits.timeoutSeconds * 1000 : undefined,
    // a reporter that keeps state across documents (html: its table of contents) renders them all here
    render: RENDERED_APART.has(format) ? { format, ...options } : undefined,
    onSourceDone: () => bar.tick(),
  });
  try {
    await emit(reporter.start());
    for await (const o of batch) {
      if (signal.aborted) return EXIT.interrupted;
      if ("error" in o) {
        failed++;
        if (sayFailures) bar.say(`claims: ${escapeControls(o.path)}: ${err.red(o.error.code)}: ${escapeControls(o.error.message)}\n`);
        await emit(reporter.failure(errorDocument(o.path, o.error)));
      } else {
        const n = "doc" in o ? o.doc.claims.length : o.claims;
        docs++;
        claims += n;
        if (!n) empty++;
        await emit("doc" in o ? reporter.document(o.doc, o.text) : o.rendered);
      }
    }
    await emit(reporter.end());
    flush();
    if (out !== io.stdout) await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  } finally {
    bar.stop();
  }
  if (signal.aborted) return EXIT.interrupted;
  if (!flags.quiet && io.stderr.isTTY) {
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    const parts = [plural(docs, "document"), plural(claims, "claim"), failed ? err.red(`${failed} failed`) : "0 failed", `${secs} s`];
    io.stderr.write(err.dim(parts.join(" · ")) + "\n");
  }
  if (flags.failOn === "error" && failed) return EXIT.gate;
  if (failed) return EXIT.failed;
  if (flags.failOn === "empty" && empty) return EXIT.gate;
  return EXIT.ok;
}

export function buildProgram(io: CliIO, setCode: (n: number) => void, signal: AbortSignal): Command {
  const program = new Command();
  program
    .name("claims")
    .description("Turn news articles about geopolitics and economics into structured, checkable claims.")
    .version(pkg.version, "-V, --version")
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // one prefix for every message, one line each: commander's own errors say `error:` and suggest on a line of their own
      outputError: (s, write) => write(s.replace(/^error: /, "claims: ").replace(/\n\(Did you mean ([^\n]*)\?\)\n$/, " (did you mean $1?)\n")),
    })
    .exitOverride()
    .showSuggestionAfterError();

  program
    .command("extract")
    .description("extract actors, figures, dates, quotes and claims from articles")
    .argument("[INPUT...]", "files, directories (recursive), globs, or - for stdin")
    .addOption(new Option("-f, --format <fmt>", `${FORMATS.join(" | ")} (default: pretty on a terminal, json otherwise)`))
    .option("-o, --output <file>", "write there instead of stdout")
    .option("--date <YYYY-MM-DD>", "publication date: resolves \"last year\", \"last Friday\", \"in March\"")
    .option("--config <file>", "YAML config (extra actors and aliases, boilerplate patterns); default: .claims.yaml found upward")
    .option("--fail-on <cond>", "CI gate: error (an input failed) or empty (an input gave no claim)")
    .option("--color <when>", "auto | always | never: colour in the pretty view and messages (always: also on a pipe, and pretty is then the default format)")
    .option("--jobs <n>", "worker threads for batches (default: number of cores)")
    .option("-q, --quiet", "no progress, no summary, errors only")
    .addHelpText(
      "after",
      `
Examples:
  $ claims extract article.txt                      # a readable summary on a terminal
  $ claims extract article.txt | jq '.claims[] | {type, text}'
  $ claims extract --date 2024-05-20 -f json article.txt > doc.json
  $ claims extract -f jsonl news/ | jq -c 'select(.type == "asset-sale")'
  $ cat article.txt | claims extract -
  $ claims extract --fail-on error 'feeds/**/*.html'
  $ claims extract -f html news/ -o report.html        # the articles with their claims highlighted
  $ claims extract article.txt --color always | less -R

Reads .txt, .md (front matter date:), .html (the article, its published_time) and .jsonl
({"id", "text", "title", "date"} per line) from directories. The config may also set
limits: {maxBytes: <largest article>, timeoutSeconds: <time budget of one article>}.

Exit codes: 0 ok · 1 a --fail-on gate tripped · 2 usage or fatal error · 3 an input failed · 130 interrupted`,
    )
    .action(async (inputs: string[], flags: ExtractFlags) => {
      setCode(await runExtract(inputs, flags, io, signal));
    });

  program
    .command("schema")
    .description("print the JSON Schema of the output documents")
    .action(() => {
      io.stdout.write(JSON.stringify(jsonSchema(), null, 2) + "\n");
      setCode(EXIT.ok);
    });
  return program;
}

/** `claims file.txt`: a first argument that is an input, not a command, gets the command line it meant. */
function bareInputHint(argv: readonly string[], program: Command, cwd: string): string | null {
  const first = argv[0];
  if (first.startsWith("-") && first !== "-") return null;
  if (program.commands.some((c) => c.name() === first || c.aliases().includes(first)) || first === "help") return null;
  if (!/[./\\*?]/.test(first) && first !== "-" && !existsSync(path.resolve(cwd, first))) return null;
  return `unknown command '${escapeControls(first)}': to read it as an input, run\n  claims extract ${argv.map(shellWord).join(" ")}`;
}

/** A word as a POSIX shell reads it back. */
function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}

/** Run the CLI with these arguments (without node and the script); resolves to the exit code. */
export async function main(argv: string[], io: CliIO, signal: AbortSignal = new AbortController().signal): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (n) => (code = n), signal);
  try {
    if (!argv.length) {
      program.outputHelp({ error: true });
      return EXIT.usage;
    }
    const hint = bareInputHint(argv, program, io.cwd);
    if (hint) {
      io.stderr.write(`claims: ${hint}\n`);
      return EXIT.usage;
    }
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return EXIT.ok;
      return EXIT.usage;
    }
    if (isBrokenPipe(e)) return EXIT.ok;
    const msg = e instanceof UsageError || e instanceof ConfigError ? (e as Error).message : `fatal: ${(e as Error).stack ?? e}`;
    io.stderr.write(`claims: ${msg}\n`);
    return EXIT.usage;
  }
}

/** The process entry point, called by bin/claims.js. */
export function run(): void {
  const controller = new AbortController();
  process.once("SIGINT", () => {
    controller.abort();
    process.exitCode = EXIT.interrupted;
    setTimeout(() => process.exit(EXIT.interrupted), 200).unref();
  });
  // a closed pipe downstream (`claims extract big/ | head`) ends the run quietly
  process.stdout.on("error", (e) => {
    if (isBrokenPipe(e)) process.exit(process.exitCode ?? EXIT.ok);
    throw e;
  });
  const io: CliIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
  void main(process.argv.slice(2), io, controller.signal).then((code) => {
    if (!process.exitCode) process.exitCode = code;
  });
}
