/**
 * Check-worthiness in [0, 1]: concrete figures, dates and named actors raise it; hedges,
 * speculation and vague wording lower it. A transparent sum, not a model.
 */
import { VAGUE_WORDING } from "../lexicon/modality.js";
import type { Modality } from "../schema.js";

export interface ScoreInput {
  sentence: string;
  figures: number;
  /** dates with a value (a resolved or named time) */
  dates: number;
  namedActors: number;
  modality: Modality;
  heading: boolean;
}

const MODALITY_WEIGHT: Record<Modality, number> = { asserted: 0.1, reported: 0.05, planned: 0, hedged: -0.1, speculative: -0.15 };

export function checkWorthiness(x: ScoreInput): number {
  let s = 0.25;
  s += Math.min(x.figures, 3) * 0.12;
  s += Math.min(x.dates, 2) * 0.08;
  s += Math.min(x.namedActors, 3) * 0.06;
  s += MODALITY_WEIGHT[x.modality];
  s -= Math.min((x.sentence.match(VAGUE_WORDING) ?? []).length, 3) * 0.05;
  if (x.heading) s -= 0.1;
  return Math.round(Math.max(0, Math.min(1, s)) * 100) / 100;
}
