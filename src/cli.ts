/**
 * The command line (SPEC §2). The only module that touches process.*, stdin and exit
 * codes: it parses the arguments, runs the batch, writes the reporter's text to stdout
 * (or -o), messages to stderr, and sets process.exitCode in one place.
 *
 * Exit codes: 0 all inputs processed · 1 a --fail-on gate tripped · 2 usage or fatal
 * error · 3 an input failed · 130 interrupted.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Readable, Writable } from "node:stream";
import { Command, CommanderError, Option } from "commander";
import { Chalk } from "chalk";
import { assertNotAnInput, fileOutput, isBrokenPipe, OutputError, stdoutLooksClosed, streamOutput, type Output } from "./cli/output.js";
import { progress } from "./cli/progress.js";
import { handleSignals, interruptedCode, type Signals } from "./cli/signals.js";
import { UsageError } from "./cli/usage.js";
import type { Settings } from "./input/config.js";
import { findConfig } from "./input/find-config.js";
import { INPUT_FORMATS, type InputFormatOption } from "./input/read.js";
import { expandInputs } from "./input/sources.js";
import { EMPTY_CONFIG } from "./pipeline/types.js";
import { terminalLines, terminalSafe } from "./report/escape.js";
import { FORMATS, REPORTERS, type Format } from "./report/index.js";
import { Interrupted, runBatch } from "./run.js";
import type { ErrorDocument } from "./schema.js";

export const EXIT = { ok: 0, gate: 1, usage: 2, failed: 3, interrupted: 130, terminated: 143 } as const;

const FAIL_ON = ["error", "empty", "never"] as const;

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

type Level = 0 | 1 | 2 | 3;

/** Colour level for a stream: NO_COLOR, FORCE_COLOR and TERM=dumb decide before the TTY does. */
export function colorLevel(stream: { isTTY?: boolean; getColorDepth?: () => number }, env: NodeJS.ProcessEnv = process.env): Level {
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

export interface CliIO {
  stdout: Writable & { isTTY?: boolean; getColorDepth?: () => number };
  stderr: Writable & { isTTY?: boolean; getColorDepth?: () => number; columns?: number };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** signals of the process (the bin): a run they abort ends with 130 / 143 */
  signals?: Signals;
  /** stdout was closed when the process started (`>&-`), as far as can be told */
  stdoutClosed?: boolean;
}

interface ExtractFlags {
  format?: string;
  inputFormat?: string;
  output?: string;
  date?: string;
  config?: string | false;
  failOn?: string;
  jobs?: string;
  quiet?: boolean;
}

/** The config: --config FILE, none with --no-config, else the project's .claims.yaml. */
async function settingsFor(flags: ExtractFlags, io: CliIO): Promise<Settings> {
  if (flags.config === false) return { config: EMPTY_CONFIG, limits: {} };
  const file = flags.config ? path.resolve(io.cwd, flags.config) : findConfig(io.cwd, io.env.HOME ?? null);
  if (!file) return { config: EMPTY_CONFIG, limits: {} };
  // the YAML reader, zod and the RE2 engine load only when there is a config to read
  const { loadSettings } = await import("./input/config.js");
  // a large config takes a while to read: signals keep their default action meanwhile
  return io.signals ? io.signals.guard(() => loadSettings(file)) : loadSettings(file);
}

async function runExtract(inputs: string[], flags: ExtractFlags, io: CliIO): Promise<number> {
  const started = performance.now();
  const signal = io.signals?.signal;
  const err = new Chalk({ level: colorLevel(io.stderr, io.env) });
  if (!inputs.length) throw new UsageError("no INPUT given: name files, directories or globs, or - for stdin (see claims extract --help)");
  const format = (flags.format ?? (flags.output ? "json" : io.stdout.isTTY ? "pretty" : "json")) as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format ${JSON.stringify(flags.format)}: use one of ${FORMATS.join(", ")}`);
  const inputFormat = (flags.inputFormat ?? "auto") as InputFormatOption;
  if (!INPUT_FORMATS.includes(inputFormat)) throw new UsageError(`unknown input format ${JSON.stringify(flags.inputFormat)}: use one of ${INPUT_FORMATS.join(", ")}`);
  if (flags.failOn && !(FAIL_ON as readonly string[]).includes(flags.failOn)) {
    throw new UsageError(`--fail-on wants error, empty or never, got ${JSON.stringify(flags.failOn)}`);
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
  const settings = await settingsFor(flags, io);

  const skipped: string[] = [];
  const sources = expandInputs(inputs, io.cwd, (p) => skipped.push(p));
  const target = flags.output ? path.resolve(io.cwd, flags.output) : null;
  if (target) assertNotAnInput(target, sources);
  const out: Output = target ? fileOutput(target) : streamOutput(io.stdout);
  io.signals?.onExit(() => out.abandon());
  const color = format === "pretty" && !flags.output ? colorLevel(io.stdout, io.env) : 0;
  const reporter = REPORTERS[format]({ color });
  const say = (line: string) => void io.stderr.write(line);
  if (io.stdoutClosed && !target && !flags.quiet) {
    say(`${err.yellow("warning")} stdout is closed (or /dev/null opened for reading and writing): the output is discarded; -o FILE writes it to a file\n`);
  }
  if (skipped.length && !flags.quiet) {
    const shown = skipped.slice(0, 3).map(terminalSafe).join(", ") + (skipped.length > 3 ? `, … (${skipped.length - 3} more)` : "");
    say(`${err.yellow("skipped")} ${skipped.length} ${skipped.length === 1 ? "file" : "files"} that ${skipped.length === 1 ? "is" : "are"} not .txt, .md, .html or .jsonl: ${shown}\n`);
  }
  const bar = await progress(io.stderr, sources.length, !flags.quiet);
  let failed = 0;
  let empty = 0;
  let docs = 0;
  let claims = 0;
  const batch = runBatch(sources, {
    date,
    config: settings.config,
    stdin: () => io.stdin as Readable,
    inputFormat,
    warn: (p, message) => void (!flags.quiet && bar.say(`${err.yellow("warning")} ${terminalSafe(p)}: ${terminalSafe(message)}\n`)),
    inThreadGuard: io.signals ? (work) => io.signals!.guard(work) : undefined,
    signal,
    jobs: flags.jobs ? Number(flags.jobs) : undefined,
    maxBytes: settings.limits.maxBytes,
    budgetMs: settings.limits.timeoutSeconds ? settings.limits.timeoutSeconds * 1000 : undefined,
    render: { format, color },
    onSourceDone: () => bar.tick(),
  });
  try {
    for await (const o of batch) {
      if (signal?.aborted) break;
      if ("error" in o) {
        failed++;
        const rec: ErrorDocument = {
          schemaVersion: 1,
          source: { path: o.path, id: o.id ?? null, line: o.line ?? null },
          actors: [],
          claims: [],
          figures: [],
          dates: [],
          quotes: [],
          skipped: [],
          errors: [],
          error: o.error,
        };
        bar.say(`${err.red("error")} ${terminalSafe(o.path)}: ${o.error.code}: ${terminalSafe(o.error.message)}\n`);
        await out.write(reporter.failure(rec));
      } else {
        const n = "doc" in o ? o.doc.claims.length : o.claims;
        docs++;
        claims += n;
        if (!n) empty++;
        await out.write("doc" in o ? reporter.document(o.doc) : o.rendered);
      }
    }
    if (signal?.aborted) {
      out.abandon();
      return interruptedCode(signal);
    }
    await out.write(reporter.end());
    await out.commit();
  } catch (e) {
    out.abandon();
    if (e instanceof Interrupted || signal?.aborted) return signal?.aborted ? interruptedCode(signal) : EXIT.interrupted;
    throw e;
  } finally {
    bar.stop();
  }
  if (!flags.quiet && io.stderr.isTTY) {
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    const parts = [`${docs} documents`, `${claims} claims`, failed ? err.red(`${failed} failed`) : "0 failed", `${secs} s`];
    say(err.dim(parts.join(" · ")) + "\n");
  }
  if (flags.failOn === "never") return EXIT.ok;
  if (flags.failOn === "error" && failed) return EXIT.gate;
  if (failed) return EXIT.failed;
  if (flags.failOn === "empty" && empty) return EXIT.gate;
  return EXIT.ok;
}

export function buildProgram(io: CliIO, setCode: (n: number) => void): Command {
  const program = new Command();
  program
    .name("claims")
    .description("Turn news articles about geopolitics and economics into structured, checkable claims.")
    .version(pkg.version, "-V, --version")
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(terminalLines(s)) })
    .exitOverride()
    .showSuggestionAfterError();

  program
    .command("extract")
    .description("extract actors, figures, dates, quotes and claims from articles")
    .argument("[INPUT...]", "files, directories (recursive), globs, or - for stdin")
    .addOption(new Option("-f, --format <fmt>", `${FORMATS.join(" | ")} (default: pretty on a TTY, json otherwise)`))
    .addOption(new Option("--input-format <fmt>", `${INPUT_FORMATS.join(" | ")} (default auto: by extension, then content; jsonl is never guessed for stdin)`))
    .option("-o, --output <file>", "write there instead of stdout (replaced whole when the run ends)")
    .option("--date <YYYY-MM-DD>", "publication date: resolves \"last year\", \"last Friday\", \"in March\"")
    .option("--config <file>", "YAML config (extra actors and aliases, boilerplate patterns); default: .claims.yaml of the project")
    .option("--no-config", "use no config file")
    .option("--fail-on <cond>", "error (an input failed: exit 1), empty (an input gave no claim: exit 1), never (failures are error records only: exit 0)")
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
  $ claims extract --input-format jsonl -f ndjson --fail-on never --jobs 1 - < part-00000
  $ claims extract --fail-on error 'feeds/**/*.html'

Reads .txt, .md (front matter date:), .html (the article, its published_time) and .jsonl
({"id", "text", "title", "date"} per line) from directories. The config may also set
limits: {maxBytes: <largest article>, timeoutSeconds: <time budget of one article>}.

Exit codes: 0 ok · 1 a --fail-on gate tripped · 2 usage or fatal error · 3 an input failed · 130 interrupted (SIGINT) · 143 terminated (SIGTERM)`,
    )
    .action(async (inputs: string[], flags: ExtractFlags) => {
      setCode(await runExtract(inputs, flags, io));
    });

  program
    .command("schema")
    .description("print the JSON Schema of the output: one document of json, yaml and ndjson (default), or one jsonl line")
    .addOption(new Option("-f, --format <fmt>", "json | ndjson | yaml (a document) or jsonl (a line)"))
    .action(async (flags: { format?: string }) => {
      const { jsonSchema } = await import("./schema.js");
      const of = flags.format ?? "json";
      if (!["json", "ndjson", "yaml", "jsonl"].includes(of)) throw new UsageError(`schema --format wants json, ndjson, yaml or jsonl, got ${JSON.stringify(of)}`);
      io.stdout.write(JSON.stringify(jsonSchema(of === "jsonl" ? "jsonl" : "document"), null, 2) + "\n");
      setCode(EXIT.ok);
    });
  return program;
}

/** Run the CLI with these arguments (without node and the script); resolves to the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (n) => (code = n));
  try {
    if (!argv.length) {
      program.outputHelp();
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
    // ConfigError by name: config.js is loaded only when a config is read
    const known = e instanceof UsageError || e instanceof OutputError || (e as Error)?.name === "ConfigError";
    io.stderr.write(`claims: ${terminalLines(known ? (e as Error).message : `fatal: ${(e as Error).stack ?? e}`)}\n`);
    return EXIT.usage;
  }
}

/** The process entry point, called by bin/claims.js. */
export function run(): void {
  const signals = handleSignals();
  // a failure of stdout is reported by the run (streamOutput); these keep it from being thrown as well
  process.stdout.on("error", () => {});
  process.stderr.on("error", () => {});
  const io: CliIO = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    signals,
    stdoutClosed: stdoutLooksClosed(),
  };
  void main(process.argv.slice(2), io).then((code) => {
    if (signals.signal.aborted) process.exit(interruptedCode(signals.signal));
    if (!process.exitCode) process.exitCode = code;
  });
}
