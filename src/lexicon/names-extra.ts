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
  "God", "Internet", "Web", "Mr", "Mrs", "Ms", "Dr", "Sir", "I", "OK", "TV",
]);

export const EVENT_WORDS: ReadonlySet<string> = new Set([
  "Expo", "Forum", "Summit", "Conference", "Games", "Cup", "Championship", "Championships", "Olympics", "Open",
  "Grand Prix", "Prix", "Festival", "Award", "Awards", "Prize", "Plan", "Act", "Bill", "Treaty", "Accord", "Agreement",
  "Report", "Survey", "Index", "War", "Crisis", "Week", "Day", "Tour", "League", "Series", "Trophy", "Classic",
  "Marathon", "Rally", "Constitution", "Facility", "Initiative", "Programme", "Program", "Strategy", "Protocol",
]);
