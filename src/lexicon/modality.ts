/**
 * Modality cues, as data (SPEC §3.2): a claim is `hedged`, `speculative` or `planned`
 * when its sentence carries one of these; `reported` when it is someone's words.
 * Checked in the order speculative → hedged → planned: "could plan to" is speculative.
 */
export const SPECULATIVE = /\b(?:[Cc]ould|[Ww]ould|[Mm]ight|[Ii]f|[Uu]nless|[Ww]hether|possibility|potentially|possible|hypothetical(?:ly)?)\b/;

// "may" only in lower case: "May 26" is a month
export const HEDGED = /\bmay\b|\b(?:[Rr]eportedly|allegedly|apparently|seemingly|likely|unlikely|probably|perhaps|suggests?|suggested|reckons?|reckoned|believes?|believed|thought to|seen as|understood to|said to be|appears? to|seems? to|according to (?:some|reports|sources)|analysts (?:say|said|reckon|believe|think)|it is (?:thought|understood|believed))\b/;

export const PLANNED = /\b(?:will|shall|plans? to|planned to|planning to|aims? to|aimed at|aiming to|intends? to|intended to|is to|are to|was to|set to|is set to|expected to|due to (?!the\b)|scheduled to|going to|prepares? to|preparing to|seeks? to|seeking to|wants? to|wanted to|proposes? to|pledged? to|promised? to|vowed? to)\b/i;

/** Words that lower check-worthiness: opinion and vague wording. */
export const VAGUE_WORDING = /\b(?:some|many|several|various|significant(?:ly)?|huge|massive|staggering|clear|broader|strategic|symboli[sz]es?|emphasi[sz]ing|underline|reflecting|signal(?:ing|ling)?|telling|big change|important|crucial|essential)\b/gi;
