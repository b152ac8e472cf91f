/**
 * Words that describe a change. Before "X to Y" they make it a move from one figure to
 * another, two figures, rather than a range of one.
 *   catches: "rose 4p to 245p", "from 5% to 3%", "cut by 0.25% to 4.5%"
 *   must not: "70% to 80% of holders", "$3 to $4 billion" (ranges)
 */
export const MOVE_WORDS: ReadonlySet<string> = new Set([
  "from", "rose", "fell", "rise", "fall", "rising", "falling", "up", "down", "increased", "decreased", "gained", "lost", "dropped",
  "climbed", "jumped", "slipped", "cut", "raised", "added", "grew", "shrank", "declined", "slumped", "surged", "soared",
  "plunged", "by", "edged", "eased", "widened", "narrowed", "rebounded", "advanced", "tumbled", "sank", "increase", "decrease",
  "rises", "falls", "lifted", "lowered", "boosted", "trimmed", "slashed", "doubled", "halved", "reduced", "hiked",
]);
