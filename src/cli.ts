/**
 * The command line (SPEC §2). The only module that touches process.*, stdin and exit
 * codes: it parses the arguments, runs the batch, writes the reporter's text to stdout
 * (or -o), messages to stderr, and sets process.exitCode in one place.
 *
 * Exit codes: 0 all inputs processed · 1 a --fail-on gate tripped · 2 usage or fatal
 * error · 3 an input failed · 130 interrupted · 143 terminated. The output (stdout or a
 * temporary -o file), signals and progress have their own modules in cli/.
 */
import { ROOT } from "./paths.js";
import { existsSync, readFileSync } from "node:fs";
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
import { escapeControls } from "./report/escape.js";
import { DEFAULT_WIDTH, FORMATS, loadReporter, plural, RENDERED_APART, type Format } from "./report/index.js";
import { Interrupted, runBatch } from "./run.js";
import { errorDocument, jsonSchema } from "./schema.js";

export const EXIT = { ok: 0, gate: 1, usage: 2, failed: 3, interrupted: 130, terminated: 143 } as const;

const FAIL_ON = ["error", "empty", "never"] as const;

/** `-o report.html` without `-f` writes html; any other name json. */
const OUTPUT_EXTENSIONS: Readonly<Record<string, Format>> = { ".html": "html", ".htm": "html", ".yaml": "yaml", ".yml": "yaml", ".jsonl": "jsonl", ".ndjson": "ndjson" };

/** Messages of several lines (commander's) with the control characters of each line escaped. */
const escapeLines = (s: string): string => s.split("\n").map(escapeControls).join("\n");

const pkg = JSON.parse(readFileSync(new URL("package.json", ROOT), "utf8")) as { version: string };

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
  color?: string;
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
  const when = (flags.color ?? "auto") as ColorWhen;
  if (!COLOR_WHEN.includes(when)) throw new UsageError(`--color wants ${COLOR_WHEN.join(", ")}, got ${JSON.stringify(flags.color)}`);
  const err = new Chalk({ level: colorLevel(io.stderr, io.env, when) });
  if (!inputs.length) throw new UsageError("no INPUT given: name files, directories or globs, or - for stdin (see claims extract --help)");
  // colour is for the pretty view: asking for it on a pipe asks for that view (`claims extract x --color always | less -R`)
  const format = (flags.format ?? (flags.output ? (OUTPUT_EXTENSIONS[path.extname(flags.output).toLowerCase()] ?? "json") : io.stdout.isTTY || when === "always" ? "pretty" : "json")) as Format;
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
  const bare: string[] = [];
  const sources = expandInputs(inputs, io.cwd, (p) => skipped.push(p), (d) => bare.push(d));
  const some = (paths: string[]) => paths.slice(0, 3).map(escapeControls).join(", ") + (paths.length > 3 ? `, … (${paths.length - 3} more)` : "");
  if (!sources.length) {
    const found = skipped.length ? `only ${plural(skipped.length, "file")} that ${skipped.length === 1 ? "is" : "are"} not .txt, .md, .html or .jsonl: ${some(skipped)}` : "no file at all";
    throw new UsageError(`no article in ${some(inputs)}: found ${found}`);
  }
  const target = flags.output ? path.resolve(io.cwd, flags.output) : null;
  if (target) assertNotAnInput(target, sources);
  const out: Output = target ? fileOutput(target) : streamOutput(io.stdout);
  io.signals?.onExit(() => out.abandon());
  const color = format === "pretty" && !flags.output ? colorLevel(io.stdout, io.env, when) : 0;
  const options = { color, width: viewWidth(io) };
  const reporter = await loadReporter(format, options);
  if (io.stdoutClosed && !target && !flags.quiet) {
    io.stderr.write(`claims: ${err.yellow("warning")} stdout is closed (or /dev/null opened for reading and writing): the output is discarded; -o FILE writes it to a file\n`);
  }
  if (skipped.length && !flags.quiet) {
    io.stderr.write(`claims: ${err.yellow("skipped")} ${plural(skipped.length, "file")} that ${skipped.length === 1 ? "is" : "are"} not .txt, .md, .html or .jsonl: ${some(skipped)}\n`);
  }
  if (bare.length && !flags.quiet) io.stderr.write(`claims: ${err.yellow("no article")} in ${some(bare)}\n`);
  // the pretty view shows a failure in its place: on the same terminal, once is enough
  const sayFailures = !(format === "pretty" && !target && io.stdout.isTTY && io.stderr.isTTY);
  // a spinner on the terminal the output is written to would tear it: the output shows the progress there
  const bar = await progress(io.stderr, sources.length, !flags.quiet && !(!target && io.stdout.isTTY));
  let failed = 0;
  let empty = 0;
  let docs = 0;
  let claims = 0;
  const batch = runBatch(sources, {
    date,
    config: settings.config,
    stdin: () => io.stdin as Readable,
    inputFormat,
    warn: (p, message) => void (!flags.quiet && bar.say(`claims: ${err.yellow("warning")} ${escapeControls(p)}: ${escapeControls(message)}\n`)),
    inThreadGuard: io.signals ? (work) => io.signals!.guard(work) : undefined,
    signal,
    jobs: flags.jobs ? Number(flags.jobs) : undefined,
    maxBytes: settings.limits.maxBytes,
    budgetMs: settings.limits.timeoutSeconds ? settings.limits.timeoutSeconds * 1000 : undefined,
    // a reporter that keeps state across documents (html: its table of contents) renders them all here
    render: RENDERED_APART.has(format) ? { format, ...options } : undefined,
    onSourceDone: () => bar.tick(),
  });
  try {
    await out.write(reporter.start());
    for await (const o of batch) {
      if (signal?.aborted) break;
      if ("error" in o) {
        failed++;
        if (sayFailures) bar.say(`claims: ${escapeControls(o.path)}: ${err.red(o.error.code)}: ${escapeControls(o.error.message)}\n`);
        await out.write(reporter.failure(errorDocument(o.path, o.error, o)));
      } else {
        const n = "doc" in o ? o.doc.claims.length : o.claims;
        docs++;
        claims += n;
        if (!n) empty++;
        await out.write("doc" in o ? reporter.document(o.doc, o.text) : o.rendered);
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
    if (signal?.aborted) return interruptedCode(signal);
    if (e instanceof Interrupted) return EXIT.interrupted;
    throw e;
  } finally {
    bar.stop();
  }
  if (!flags.quiet && io.stderr.isTTY) {
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    const parts = [plural(docs, "document"), plural(claims, "claim"), failed ? err.red(`${failed} failed`) : "0 failed", `${secs} s`];
    io.stderr.write(err.dim(parts.join(" · ")) + "\n");
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
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(escapeLines(s)),
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
    .addOption(new Option("--input-format <fmt>", `${INPUT_FORMATS.join(" | ")} (default auto: by extension, then content; jsonl is never guessed for stdin)`))
    .option("-o, --output <file>", "write there instead of stdout (replaced whole when the run ends)")
    .option("--date <YYYY-MM-DD>", "publication date: resolves \"last year\", \"last Friday\", \"in March\"")
    .option("--config <file>", "YAML config (extra actors and aliases, boilerplate patterns); default: .claims.yaml of the project")
    .option("--no-config", "use no config file")
    .option("--fail-on <cond>", "CI gate: error (an input failed) or empty (an input gave no claim): exit 1; never: failures are error records only, exit 0")
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
  $ claims extract --input-format jsonl -f ndjson --fail-on never --jobs 1 - < part-00000
  $ claims extract -f html news/ -o report.html        # the articles with their claims highlighted
  $ claims extract article.txt --color always | less -R

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
    .action((flags: { format?: string }) => {
      const of = flags.format ?? "json";
      if (!["json", "ndjson", "yaml", "jsonl"].includes(of)) throw new UsageError(`schema --format wants json, ndjson, yaml or jsonl, got ${JSON.stringify(of)}`);
      io.stdout.write(JSON.stringify(jsonSchema(of === "jsonl" ? "jsonl" : "document"), null, 2) + "\n");
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
export async function main(argv: string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (n) => (code = n));
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
    // ConfigError by name: config.js is loaded only when a config is read
    const known = e instanceof UsageError || e instanceof OutputError || (e as Error)?.name === "ConfigError";
    io.stderr.write(`claims: ${escapeLines(known ? (e as Error).message : `fatal: ${(e as Error).stack ?? e}`)}\n`);
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
