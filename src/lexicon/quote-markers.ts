/**
 * Words right before a quotation mark that make the quoted words a name, a term or a
 * title rather than someone's speech.
 *   catches: so-called "loan-for-oil deal", dubbed "Marshall Plan", the book "Capital",
 *            known as 'Veritas'
 *   must not: said "we are ready" — a reporting verb opens speech
 */
export const NAMING_MARKERS: readonly string[] = [
  "so-called", "so called", "dubbed", "called", "known as", "named", "titled", "entitled", "labelled",
  "labeled", "branded", "nicknamed", "the word", "the term", "the phrase", "the slogan", "term",
  "word", "book", "film", "song", "album", "show", "programme", "program", "series", "magazine",
  "newspaper", "headline", "hashtag", "motto", "codenamed", "code-named", "marked", "reading",
];
