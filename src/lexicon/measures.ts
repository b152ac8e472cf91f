/**
 * Words that lead into, end, or open the noun phrase a figure measures.
 *   catches: "$22 billion in U.S. treasuries" (lead "in"), "a $48.2 million army contract" (article "a")
 *   must not: "in 2004", "of the" alone
 */
export const MEASURE_LEADS: readonly string[] = ["of", "in"];

export const MEASURE_END: ReadonlySet<string> = new Set([
  "to", "from", "by", "at", "with", "as", "than", "that", "which", "who", "while", "when", "where", "after", "before", "since",
  "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can",
  "said", "says", "say", "but", "or", "last", "next", "this", "on", "over", "under", "into", "against", "during", "until",
  "a", "an", "per", "compared", "up", "down", "according", "in", "for", "if", "because", "so", "it", "its", "they", "he", "she",
]);

export const MEASURE_DETERMINERS: ReadonlySet<string> = new Set(["the", "its", "their", "his", "her", "our", "this", "that", "these", "those"]);

export const MEASURE_ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the", "its", "their", "his", "her", "this", "that", "our", "another", "your"]);
