/**
 * Progress on stderr: a spinner with files done / total, only on a real terminal with a known
 * width (a width of 0 once made the spinner clear an infinite number of lines), redrawn at
 * most four times a second however fast files finish.
 */
import type { Writable } from "node:stream";

export interface Progress {
  tick(): void;
  /** write a message line to stderr without tearing the spinner */
  say(line: string): void;
  stop(): void;
}

type Stderr = Writable & { isTTY?: boolean; columns?: number };

/** Frames are drawn at this interval, never more often. */
const FRAME_MS = 250;

export function plainProgress(stderr: Writable): Progress {
  return { tick() {}, say: (line) => void stderr.write(line), stop() {} };
}

/** A spinner when stderr is a terminal whose width is known, and there is more than one file. */
export async function progress(stderr: Stderr, total: number, enabled: boolean): Promise<Progress> {
  const columns = stderr.columns;
  if (!enabled || !stderr.isTTY || total < 2 || typeof columns !== "number" || !Number.isFinite(columns) || columns < 1) return plainProgress(stderr);
  const { default: ora } = await import("ora");
  let done = 0;
  const text = () => `${done}/${total} files`;
  const spinner = ora({ text: text(), stream: stderr as NodeJS.WritableStream, discardStdin: false, isEnabled: true, interval: FRAME_MS }).start();
  return {
    tick() {
      done++;
      // drawn with the next frame
      spinner.text = text();
    },
    say(line) {
      spinner.clear();
      stderr.write(line);
    },
    stop: () => void spinner.stop(),
  };
}
