/** Build a stage's input by hand: the document object of a text written for the test, and a recogniser context over it. */
import { segment } from "../../src/pipeline/segment.js";
import { tokenize } from "../../src/pipeline/tokenize.js";
import { EMPTY_CONFIG, type Config, type Doc, type RefDate, type TagContext, type Tags } from "../../src/pipeline/types.js";

export function docOf(text: string, config: Config = EMPTY_CONFIG): Doc {
  return tokenize(segment(text, config));
}

export function contextOf(text: string, o: { refDate?: RefDate | null; config?: Config; found?: Tags } = {}): TagContext {
  const config = o.config ?? EMPTY_CONFIG;
  const doc = docOf(text, config);
  return {
    doc,
    text: doc.text,
    sentences: doc.sentences,
    paragraphs: doc.paragraphs,
    refDate: o.refDate ?? null,
    config,
    found: o.found ?? { figures: [], dates: [], actors: [], quotes: [] },
  };
}
