/** Number words and scale words, as data. Lower-case. */

export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, a: 1, an: 1, single: 1, dozen: 12, half: 0.5, quarter: 0.25,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Fractions that multiply the number before them ("three quarters") or stand alone ("half"). */
export const FRACTIONS: Readonly<Record<string, number>> = {
  half: 0.5, halves: 0.5, quarter: 0.25, quarters: 0.25, third: 1 / 3, thirds: 1 / 3,
};

/** Scale words that multiply what comes before: "two hundred", "1.5 bn". */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3, k: 1e3, thou: 1e3,
  million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, mio: 1e6,
  billion: 1e9, billions: 1e9, bn: 1e9, b: 1e9, bln: 1e9, bil: 1e9, bns: 1e9,
  trillion: 1e12, trillions: 1e12, tn: 1e12, trn: 1e12, tr: 1e12, t: 1e12, tln: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/** Scale words that are also ordinary words or units, only read as scales right after digits. */
export const SCALES_AFTER_DIGITS_ONLY: ReadonlySet<string> = new Set(["k", "m", "b", "t", "tr", "mil", "bil", "thou"]);

