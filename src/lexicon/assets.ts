/**
 * Assets the text talks about: currencies (ISO 4217), precious metals, commodities and
 * securities. A currency word right after a number is a unit of a figure, not a mention
 * ("104.16 yen"); the recogniser checks that, this module only names things.
 *   catches: "the dollar fell", "against the yen", "euro holdings", "sterling", "gold reserves",
 *            "crude oil", "the Australian and Canadian dollar"
 *   must not: "$22 billion", "1.3187 euros", "gold medal", "oil group" (an organisation's trade)
 */

export interface AssetEntry {
  name: string;
  code: string | null;
  /** lower-case phrases, as written (the recogniser matches any case) */
  phrases: readonly string[];
}

export const CURRENCIES: readonly AssetEntry[] = [
  { name: "US dollar", code: "USD", phrases: ["dollar", "dollars", "us dollar", "us dollars", "u.s. dollar", "u.s. dollars", "american dollar", "greenback", "greenbacks", "us currency", "u.s. currency", "american currency"] },
  { name: "euro", code: "EUR", phrases: ["euro", "euros", "european single currency"] },
  { name: "British pound", code: "GBP", phrases: ["pound", "pounds", "sterling", "pound sterling", "british pound", "uk pound"] },
  { name: "Japanese yen", code: "JPY", phrases: ["yen", "japanese yen"] },
  { name: "Chinese yuan", code: "CNY", phrases: ["yuan", "renminbi", "chinese yuan", "chinese currency", "rmb"] },
  { name: "Russian rouble", code: "RUB", phrases: ["rouble", "roubles", "ruble", "rubles", "russian rouble", "russian ruble"] },
  { name: "Indian rupee", code: "INR", phrases: ["rupee", "rupees", "indian rupee"] },
  { name: "Swiss franc", code: "CHF", phrases: ["swiss franc", "swiss francs"] },
  { name: "Australian dollar", code: "AUD", phrases: ["australian dollar", "australian dollars", "aussie dollar"] },
  { name: "Canadian dollar", code: "CAD", phrases: ["canadian dollar", "canadian dollars", "loonie"] },
  { name: "New Zealand dollar", code: "NZD", phrases: ["new zealand dollar", "kiwi dollar"] },
  { name: "Hong Kong dollar", code: "HKD", phrases: ["hong kong dollar"] },
  { name: "Singapore dollar", code: "SGD", phrases: ["singapore dollar"] },
  { name: "Taiwan dollar", code: "TWD", phrases: ["taiwan dollar", "new taiwan dollar"] },
  { name: "South Korean won", code: "KRW", phrases: ["won", "korean won", "south korean won"] },
  { name: "Brazilian real", code: "BRL", phrases: ["brazilian real"] },
  { name: "Mexican peso", code: "MXN", phrases: ["mexican peso"] },
  { name: "Argentine peso", code: "ARS", phrases: ["argentine peso"] },
  { name: "South African rand", code: "ZAR", phrases: ["rand", "south african rand"] },
  { name: "Turkish lira", code: "TRY", phrases: ["turkish lira", "lira"] },
  { name: "Iranian rial", code: "IRR", phrases: ["iranian rial", "rial"] },
  { name: "Saudi riyal", code: "SAR", phrases: ["saudi riyal", "riyal"] },
  { name: "UAE dirham", code: "AED", phrases: ["uae dirham", "dirham"] },
  { name: "Ukrainian hryvnia", code: "UAH", phrases: ["hryvnia", "ukrainian hryvnia"] },
  { name: "Bitcoin", code: "XBT", phrases: ["bitcoin"] },
];

/**
 * Currency words that need a cue to be the currency (a demonym before them, or "the"
 * and a market verb): "real" and "won" are common words.
 */
export const WEAK_CURRENCY_WORDS: ReadonlySet<string> = new Set(["real", "won", "rand", "pound", "pounds", "lira", "rial", "riyal", "dirham"]);

/** Currency nouns that a coordinated demonym shares: "the Australian and Canadian dollar". */
export const CURRENCY_NOUNS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  dollar: { Australian: "AUD", Canadian: "CAD", US: "USD", American: "USD", "New Zealand": "NZD", "Hong Kong": "HKD", Singapore: "SGD", Taiwan: "TWD" },
  peso: { Mexican: "MXN", Argentine: "ARS", Philippine: "PHP", Chilean: "CLP", Colombian: "COP" },
  franc: { Swiss: "CHF" },
  pound: { British: "GBP", Egyptian: "EGP" },
  rupee: { Indian: "INR", Pakistani: "PKR" },
};

/** Metals and commodities; a commodity word counts only with a market word next to it. */
export const COMMODITIES: readonly AssetEntry[] = [
  { name: "gold", code: "XAU", phrases: ["gold", "bullion", "gold bullion"] },
  { name: "silver", code: "XAG", phrases: ["silver"] },
  { name: "oil", code: null, phrases: ["oil", "crude", "crude oil", "brent", "brent crude", "wti"] },
  { name: "natural gas", code: null, phrases: ["natural gas", "lng"] },
  { name: "copper", code: null, phrases: ["copper"] },
  { name: "coal", code: null, phrases: ["coal"] },
  { name: "iron ore", code: null, phrases: ["iron ore"] },
  { name: "aluminium", code: null, phrases: ["aluminium", "aluminum"] },
  { name: "nickel", code: null, phrases: ["nickel"] },
  { name: "lithium", code: null, phrases: ["lithium"] },
  { name: "rare earths", code: null, phrases: ["rare earths", "rare-earth metals", "rare earth metals", "rare earth elements"] },
  { name: "wheat", code: null, phrases: ["wheat"] },
  { name: "soybeans", code: null, phrases: ["soybeans", "soyabeans", "soybean", "soya beans"] },
  { name: "palm oil", code: null, phrases: ["palm oil"] },
];

/**
 * Government debt securities: "U.S. treasuries", "Treasury bonds", "gilts". Always assets
 * when named. The phrases leave out the country ("U.S." stays a mention of the country,
 * which claims about the debt need).
 */
export const SECURITIES: readonly AssetEntry[] = [
  { name: "US Treasuries", code: null, phrases: ["treasuries", "treasury bonds", "treasury bills", "t-bills", "t-bonds", "treasury notes"] },
  { name: "UK gilts", code: null, phrases: ["gilts"] },
  { name: "German Bunds", code: null, phrases: ["bunds"] },
];

/**
 * Words next to a commodity that show the text talks about it as an asset:
 * "oil prices", "price of crude", "gold reserves", "sell gold".
 */
export const COMMODITY_NEXT: ReadonlySet<string> = new Set([
  "price", "prices", "market", "markets", "reserves", "reserve", "holdings", "supplies", "supply", "imports", "exports",
  "output", "production", "demand", "futures", "shock", "stocks", "stockpile", "stockpiles", "sales", "purchases",
  "bars", "bullion", "deliveries", "shipments", "revenues", "revenue", "fields", "producers", "consumption", "trade",
]);
export const COMMODITY_BEFORE: ReadonlySet<string> = new Set([
  "of", "crude", "buy", "buying", "bought", "sell", "selling", "sold", "hold", "holding", "holds", "and", "in",
  "barrel", "barrels", "ounce", "ounces", "tonnes", "tons", "brent",
]);
