/** How firmly a claim is put (SPEC §3.2), from the lexicons of lexicon/modality.ts. */
import { HEDGED, PLANNED, SPECULATIVE } from "../lexicon/modality.js";
import type { Modality } from "../schema.js";

export function modality(sentence: string, reported: boolean): Modality {
  if (reported) return "reported";
  if (SPECULATIVE.test(sentence)) return "speculative";
  if (HEDGED.test(sentence)) return "hedged";
  if (PLANNED.test(sentence)) return "planned";
  return "asserted";
}
