/**
 * The dateline that opens a wire story: the place in capitals, perhaps a region or a
 * date, the agency in brackets, and a dash. It is not a headline, and not part of the
 * first claim.
 *   catches: "BUDAPEST, Hungary (AP) _ ", "LONDON, March 3 (Reuters) - ", "VIENNA (Newswire) - ",
 *            "WASHINGTON — "
 *   must not: "NEW YORK WINS" (no agency), "The IMF (International Monetary Fund) - a body"
 */
export const DATELINE = /^[A-Z][A-Z .'-]{1,40}(?:,[^()\n]{1,40})?\s*(?:\([A-Za-z.& ]{1,20}\)\s*(?:[-_–—]+\s*|$)|[–—]\s*)/;
