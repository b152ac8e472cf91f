/**
 * Capitalised words that are never actor names by themselves, and the last words that
 * make a capitalised phrase an event or a work rather than an actor.
 *   catches: "March" and "Tuesday" (dates), "China-Russia Expo", "World Cup", "US Open" (events: MISC)
 *   must not: "Marsh" (a surname), "Open University" (an organisation: its last word decides)
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas", "Easter", "Ramadan",
  "God", "Internet", "Web", "I", "OK", "TV", "Newsroom", "Newsdesk", "Co", "Inc", "Ltd",
  "Corp", "Jr", "Jr.", "Sr", "Sr.", "St", "St.", "NOTE", "SALE", "ORDERS", "DIGEST", "CAPS", "Fax", "Tel", "Chg",
]);

export const EVENT_WORDS: ReadonlySet<string> = new Set([
  "Expo", "Forum", "Summit", "Conference", "Games", "Cup", "Championship", "Championships", "Olympics", "Open",
  "Grand Prix", "Prix", "Festival", "Award", "Awards", "Prize", "Plan", "Act", "Bill", "Treaty", "Accord", "Agreement",
  "Report", "Survey", "Index", "War", "Crisis", "Pact", "Doctrine", "Deal", "Week", "Day", "Tour", "League", "Series", "Trophy", "Classic",
  "Marathon", "Rally", "Constitution", "Facility", "Initiative", "Programme", "Program", "Strategy", "Protocol",
]);

/**
 * Peoples, faiths and adjectives of regions: capitalised, but a group or a description,
 * not a named actor ("Kurdish rebels", "Moslem leaders", "European markets").
 */
export const GROUP_WORDS: ReadonlySet<string> = new Set([
  "Moslem", "Moslems", "Muslim", "Muslims", "Islamic", "Jewish", "Jew", "Jews", "Christian", "Christians", "Catholic",
  "Catholics", "Protestant", "Protestants", "Hindu", "Hindus", "Sikh", "Sikhs", "Buddhist", "Buddhists", "Shi'ite",
  "Shiite", "Sunni", "Kurd", "Kurds", "Kurdish", "Arab", "Arabs", "Arabic", "Palestinians", "Chechen", "Chechens",
  "Tamil", "Tamils", "Basque", "Basques", "Hutu", "Hutus", "Tutsi", "Tutsis", "Olympic", "European", "Europeans",
  "African", "Africans", "Asian", "Asians", "Latin", "Western", "Eastern", "Northern", "Southern", "Nordic", "Scottish",
  "English", "Welsh", "Yugoslav", "Soviet", "Communist", "Communists", "Islamist", "Islamists", "Zionist", "Gaullist",
  "Republican", "Democrat", "Socialist", "Socialists", "Conservative", "Liberal", "Liberals", "Marxist", "Maoist",
]);

/** Endings of adjectives of peoples and regions ("Zairean", "Surinamese", "Balkan"). */
export const ADJECTIVE_ENDING = /(?:ean|ian|ish|ese|ic|an|i)$/;

/** Words after a capitalised name that make it a period or a style, not an actor ("the Ming dynasty", "the Meiji era"). */
export const PERIOD_WORDS_AFTER: ReadonlySet<string> = new Set(["dynasty", "dynasties", "era", "period", "empire", "age", "style", "reign"]);
