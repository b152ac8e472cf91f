/**
 * The token layer's shapes (shared ground): what a token is and the questions every stage
 * asks of one. Tokens are made once per document by the tokenize stage
 * (pipeline/tokenize.ts); no module splits words again.
 */

/** Universal part-of-speech tags (UD), as wink-nlp's English model assigns them. */
export type Pos =
  | "ADJ" | "ADP" | "ADV" | "AUX" | "CCONJ" | "DET" | "INTJ" | "NOUN" | "NUM" | "PART"
  | "PRON" | "PROPN" | "PUNCT" | "SCONJ" | "SYM" | "VERB" | "X";

/** Shape bits of a token. */
export const SHAPE = {
  /** opens with a letter: a word ("China", "U.S.", "FY2024", "don't") */
  WORD: 1,
  /** opens with a digit: a number as written ("53.3", "1,000,000", "12:30", "2004/05") */
  NUM: 2,
  /** any other single character: punctuation, a symbol, a currency sign */
  PUNCT: 4,
  /** first character an upper-case letter */
  CAP: 8,
  /** two or more letters, all upper case ("BRICS", "U.S.", "OPEC") */
  UPPER: 16,
  /** every letter lower case */
  LOWER: 32,
  /** holds a digit somewhere ("G7", "Q1", "53.3") */
  DIGIT: 64,
} as const;

/** What separates a token from the one before it. */
export const GAP = { none: 0, space: 1, line: 2 } as const;
export type Gap = (typeof GAP)[keyof typeof GAP];

export interface Token {
  /** index in the document's token list */
  readonly i: number;
  /** as written */
  readonly text: string;
  /** lower case, with ’ written ' */
  readonly lower: string;
  /** UTF-16 offsets into the normalised text (what strings and regexes use) */
  readonly start: number;
  readonly end: number;
  /** the same offsets in code points (what the output reports) */
  readonly cpStart: number;
  readonly cpEnd: number;
  /** SHAPE bits */
  readonly shape: number;
  /** what separates it from the previous token: nothing, spaces, or a line break */
  readonly gap: Gap;
  /** part of speech */
  readonly pos: Pos;
  /** index of its sentence in the document, -1 outside every sentence (skipped spans) */
  readonly sentence: number;
}

export const isWord = (t: Token | undefined): t is Token => !!t && (t.shape & SHAPE.WORD) !== 0;
export const isNum = (t: Token | undefined): t is Token => !!t && (t.shape & SHAPE.NUM) !== 0;
export const isPunct = (t: Token | undefined, ch?: string): t is Token =>
  !!t && (t.shape & SHAPE.PUNCT) !== 0 && (ch === undefined || t.text === ch);
export const isCapitalised = (t: Token | undefined): t is Token => !!t && (t.shape & SHAPE.CAP) !== 0;
export const isUpper = (t: Token | undefined): t is Token => !!t && (t.shape & SHAPE.UPPER) !== 0;
export const isLower = (t: Token | undefined): t is Token => !!t && (t.shape & SHAPE.LOWER) !== 0;
export const isVerbal = (t: Token | undefined): t is Token => !!t && (t.pos === "VERB" || t.pos === "AUX");
export const isNominal = (t: Token | undefined): t is Token => !!t && (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON");
