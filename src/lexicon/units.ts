/**
 * Units of the physical quantities that geopolitical economics counts in, and the nouns
 * that turn a number into a rate. Keys are lower-case words as written (singular and
 * plural); values are the singular unit the output uses, and a scale when the abbreviation
 * carries one ("bcm" is billion cubic metres).
 *   catches: "tonnes", "metric tons", "oz", "barrels per day", "bpd", "bcm", "MW", "km"
 *   must not: "pounds" (money in news), "m" alone (a scale after digits: "$5m")
 */

export interface UnitDef {
  unit: string;
  scale?: number;
}

const u = (unit: string, scale?: number): UnitDef => (scale ? { unit, scale } : { unit });

export const UNITS: Readonly<Record<string, UnitDef>> = {
  tonne: u("tonne"), tonnes: u("tonne"), ton: u("tonne"), tons: u("tonne"), "metric ton": u("tonne"), "metric tons": u("tonne"),
  "metric tonne": u("tonne"), "metric tonnes": u("tonne"), mt: u("tonne", 1e6), mmt: u("tonne", 1e6),
  "tonnes per year": u("tonne/year"), "tonnes a year": u("tonne/year"), "tonnes per annum": u("tonne/year"), mtpa: u("tonne/year", 1e6),
  ounce: u("ounce"), ounces: u("ounce"), oz: u("ounce"), "troy ounce": u("ounce"), "troy ounces": u("ounce"), "troy oz": u("ounce"),
  barrel: u("barrel"), barrels: u("barrel"), bbl: u("barrel"), bbls: u("barrel"), "barrels of oil": u("barrel"),
  "barrels per day": u("barrel/day"), "barrels a day": u("barrel/day"), "barrels of oil per day": u("barrel/day"),
  "barrels of oil a day": u("barrel/day"), bpd: u("barrel/day"), "b/d": u("barrel/day"), "bbl/d": u("barrel/day"),
  mbpd: u("barrel/day", 1e6), "mb/d": u("barrel/day", 1e6), kbpd: u("barrel/day", 1e3), "kb/d": u("barrel/day", 1e3),
  "cubic metre": u("cubic metre"), "cubic metres": u("cubic metre"), "cubic meter": u("cubic metre"), "cubic meters": u("cubic metre"),
  "cu m": u("cubic metre"), m3: u("cubic metre"), bcm: u("cubic metre", 1e9), tcm: u("cubic metre", 1e12),
  "cubic foot": u("cubic foot"), "cubic feet": u("cubic foot"), "cu ft": u("cubic foot"), bcf: u("cubic foot", 1e9),
  tcf: u("cubic foot", 1e12), mcf: u("cubic foot", 1e3), mmcf: u("cubic foot", 1e6),
  megawatt: u("megawatt"), megawatts: u("megawatt"), mw: u("megawatt"), gigawatt: u("gigawatt"), gigawatts: u("gigawatt"),
  gw: u("gigawatt"), kilowatt: u("kilowatt"), kilowatts: u("kilowatt"), kw: u("kilowatt"),
  "kilowatt hour": u("kilowatt hour"), "kilowatt hours": u("kilowatt hour"), "kilowatt-hours": u("kilowatt hour"), kwh: u("kilowatt hour"),
  "megawatt hour": u("megawatt hour"), "megawatt hours": u("megawatt hour"), mwh: u("megawatt hour"),
  "gigawatt hours": u("gigawatt hour"), gwh: u("gigawatt hour"), "terawatt hours": u("terawatt hour"), twh: u("terawatt hour"),
  kilometre: u("kilometre"), kilometres: u("kilometre"), kilometer: u("kilometre"), kilometers: u("kilometre"), km: u("kilometre"),
  kms: u("kilometre"), mile: u("mile"), miles: u("mile"), metre: u("metre"), metres: u("metre"), meter: u("metre"), meters: u("metre"),
  foot: u("foot"), feet: u("foot"), ft: u("foot"), inch: u("inch"), inches: u("inch"), millimetre: u("millimetre"),
  millimetres: u("millimetre"), mm: u("millimetre"), centimetre: u("centimetre"), centimetres: u("centimetre"), cm: u("centimetre"),
  "nautical miles": u("nautical mile"), "nautical mile": u("nautical mile"),
  "square kilometre": u("square kilometre"), "square kilometres": u("square kilometre"), "square kilometers": u("square kilometre"),
  "sq km": u("square kilometre"), km2: u("square kilometre"), "square miles": u("square mile"), "square mile": u("square mile"),
  "square metres": u("square metre"), "square meters": u("square metre"), "sq m": u("square metre"), m2: u("square metre"),
  "square feet": u("square foot"), "sq ft": u("square foot"), hectare: u("hectare"), hectares: u("hectare"), ha: u("hectare"),
  acre: u("acre"), acres: u("acre"),
  kilogram: u("kilogram"), kilograms: u("kilogram"), kilogramme: u("kilogram"), kilogrammes: u("kilogram"), kg: u("kilogram"),
  kilo: u("kilogram"), kilos: u("kilogram"), gram: u("gram"), grams: u("gram"), gramme: u("gram"), grammes: u("gram"),
  microgram: u("microgram"), micrograms: u("microgram"), microgrammes: u("microgram"), "μg": u("microgram"), mcg: u("microgram"),
  lb: u("pound"), lbs: u("pound"), carat: u("carat"), carats: u("carat"),
  litre: u("litre"), litres: u("litre"), liter: u("litre"), liters: u("litre"), millilitre: u("millilitre"), ml: u("millilitre"),
  gallon: u("gallon"), gallons: u("gallon"), bushel: u("bushel"), bushels: u("bushel"),
  "miles an hour": u("mile/hour"), "miles per hour": u("mile/hour"), mph: u("mile/hour"), "km/h": u("kilometre/hour"),
  kph: u("kilometre/hour"), "km/hr": u("kilometre/hour"), kgs: u("kilogram"), kmph: u("kilometre/hour"), "kilometres per hour": u("kilometre/hour"),
  "kilometers per hour": u("kilometre/hour"), knots: u("knot"),
  teu: u("teu"), teus: u("teu"), degree: u("degree"), degrees: u("degree"),
};

/** Unit words that are ordinary words or scales too: only right against the digits ("100t", "48m"). */
export const UNITS_TIGHT: ReadonlySet<string> = new Set(["t", "m", "g", "l", "ha", "mt", "in"]);

/** Single-letter units that read as a unit only when written against the digits. */
export const TIGHT_ONLY_UNITS: Readonly<Record<string, UnitDef>> = { t: u("tonne"), m: u("metre"), g: u("gram") };

/** Degrees alone are temperatures or angles; only count them when a turn is meant. */
export const UNITS_NEED_CONTEXT: ReadonlySet<string> = new Set(["degree", "degrees"]);

/** Longest unit phrase in words, to bound the look-ahead. */
export const MAX_UNIT_WORDS = 5;

/**
 * What may follow "a"/"an" as the denominator of a rate: "$50 a barrel", "$10bn a year".
 * After "per" any noun will do ("per US dollar", "per capita").
 */
export const RATE_NOUNS: ReadonlySet<string> = new Set([
  "year", "month", "week", "day", "hour", "minute", "quarter", "share", "barrel", "tonne", "ton", "ounce", "gallon", "litre",
  "liter", "kilo", "kilogram", "pound", "head", "person", "dozen", "unit", "night", "piece", "bushel", "lb", "kilowatt-hour",
  "megawatt-hour", "mile", "kilometre", "seat", "vote", "game", "annum", "capita", "household", "worker", "employee",
  "passenger", "ticket", "litre", "copy", "acre", "hectare",
]);

/** Words after "a year" that make it a point in time, not a rate: "a year earlier". */
export const RATE_BREAKERS: ReadonlySet<string> = new Set(["earlier", "ago", "before", "later", "after", "on", "since", "previously", "back", "prior"]);

/** "$6,000 annually": the rate said by an adverb. */
export const RATE_ADVERBS: Readonly<Record<string, string>> = { annually: "year", yearly: "year", monthly: "month", weekly: "week", daily: "day", nightly: "night", hourly: "hour" };
