/**
 * The quote recogniser: direct quotes first (their spans keep reported speech from taking
 * quoted words as a clause), then reported speech, then the speakers that look like
 * persons become person actors.
 */
import type { Recognizer, Tag } from "../../pipeline/types.js";
import { findDirectQuotes } from "./direct.js";
import { speakerPersons } from "./persons.js";
import { findReported } from "./reported.js";

export const quotes: Recognizer = {
  name: "quotes",
  find(ctx) {
    const direct = findDirectQuotes(ctx);
    const reported = findReported(ctx.text, ctx.sentences, direct.quotes);
    const all = [...direct.quotes, ...reported.quotes];
    const persons = speakerPersons(ctx.text, all);
    return [...all, ...persons] as Tag[];
  },
};
