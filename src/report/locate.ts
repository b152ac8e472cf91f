/**
 * Line and column of a code-point offset in the normalised text, both from 1, as editors
 * count them (`gold.txt:3:1`). A line ends at `\n`, `\r\n` or a lone `\r`; columns count
 * code points, as offsets do.
 */
import { countBefore } from "../pipeline/spans.js";

export type Locate = (offset: number) => { line: number; column: number };

export function locator(text: string): Locate {
  // code-point offsets at which each line starts
  const starts = [0];
  let cp = 0;
  let prev = "";
  for (const ch of text) {
    if (prev === "\r" && ch !== "\n") starts.push(cp);
    cp++;
    if (ch === "\n") starts.push(cp);
    prev = ch;
  }
  if (prev === "\r") starts.push(cp);
  return (offset) => {
    const line = countBefore(starts, (s) => s <= offset);
    return { line, column: offset - starts[line - 1] + 1 };
  };
}
