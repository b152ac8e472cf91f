/**
 * Currencies as news writes them, mapped to ISO 4217 codes. The code list itself comes from
 * the maintained `currency-codes` package (ISO 4217 list one); this module adds what the
 * standard does not say: symbols, the everyday names and plurals, wire abbreviations, and the
 * pre-euro codes older articles still use.
 *   catches: "$", "HK$", "€", "Rmb", "dollars", "Australian dollars", "pounds sterling", "dlrs"
 *   must not: "ALL 5 solutions" (ALL is the lek's code but an English word), "a $5 bill" (not A$)
 */
import cc from "currency-codes";

/** Codes withdrawn from ISO 4217 that archives and wire copy still name. */
export const HISTORIC_CODES: Readonly<Record<string, string>> = {
  DEM: "Deutsche mark", FRF: "French franc", ITL: "Italian lira", ESP: "Spanish peseta", NLG: "Dutch guilder",
  FIM: "Finnish markka", BEF: "Belgian franc", ATS: "Austrian schilling", PTE: "Portuguese escudo", IEP: "Irish pound",
  GRD: "Greek drachma", XEU: "ECU", SUR: "Soviet rouble", XBT: "Bitcoin", HRK: "Croatian kuna", LTL: "Lithuanian litas",
  LVL: "Latvian lats", EEK: "Estonian kroon", SIT: "Slovenian tolar",
};

/** Every ISO 4217 code of the maintained list, plus the historic ones above. */
export const ISO_CODES: ReadonlySet<string> = new Set([...cc.codes(), ...Object.keys(HISTORIC_CODES)]);

/** Codes that are also English words or common acronyms ("ALL", "TOP", "COP26"): never read as currencies. */
export const CODES_THAT_ARE_WORDS: ReadonlySet<string> = new Set([
  "ALL", "TOP", "CUP", "SOS", "MOP", "BOB", "PEN", "TRY", "GEL", "MAD", "AMD", "RON", "BAM", "NIO", "XXX", "XTS", "ERN", "LEK",
  "SAR", "CVE", "TOP", "KES", "PAB", "SLE", "MGA", "BOV", "CHE", "CHW", "USN", "MXV", "UYI", "UYW", "COU", "CLF", "XSU", "XUA",
  "XBA", "XBB", "XBC", "XBD", "XDR", "COP", "TMT", "PHP", "CUC", "BIF",
]);

/** Codes also read in lower case ("10 rmb 20 usd"): the major ones, which are no words. */
export const LOWERCASE_CODES: ReadonlySet<string> = new Set([
  "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "INR", "RUB", "HKD", "NZD", "SGD", "KRW", "BRL", "MXN", "ZAR", "SEK",
  "NOK", "DKK", "AED", "SAR", "IDR", "MYR", "THB", "XBT",
]);

/** Non-ISO codes and abbreviations written like a code before or after the amount, as written. */
export const CODE_ALIASES: Readonly<Record<string, string>> = {
  RMB: "CNY", Rmb: "CNY", rmb: "CNY", dlrs: "USD", dlr: "USD", Dlrs: "USD", stg: "GBP", Stg: "GBP", Rs: "INR", RS: "INR",
  Rp: "IDR", DM: "DEM", SFr: "CHF", Sfr: "CHF", BTC: "XBT", btc: "XBT", NIS: "ILS", YTL: "TRY", Dh: "AED", Dhs: "AED",
};

/** Symbols; the letters before `$` name the dollar ("HK$", "C$"). */
export const SYMBOLS: Readonly<Record<string, string>> = {
  $: "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₿": "XBT", "₴": "UAH",
  "₦": "NGN", "₱": "PHP", "₪": "ILS", "₫": "VND", "฿": "THB", "元": "CNY", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₸": "KZT",
  "ரூ": "LKR", "৳": "BDT", "₲": "PYG", "₵": "GHS",
};

/** Letters written before `$` (lower-case, dots kept as written). */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  us: "USD", "u.s": "USD", "u.s.": "USD", usd: "USD", a: "AUD", au: "AUD", aud: "AUD", c: "CAD", ca: "CAD", can: "CAD",
  cad: "CAD", hk: "HKD", hkd: "HKD", nz: "NZD", nzd: "NZD", s: "SGD", sg: "SGD", sgd: "SGD", r: "BRL", mex: "MXN",
  mx: "MXN", mxn: "MXN", nt: "TWD", ntd: "TWD", z: "ZWL", j: "JMD", bds: "BBD", ec: "XCD", fj: "FJD", "n.z.": "NZD",
};

/** Letters after `$`, as Australian and New Zealand papers write them ("$US5m", "$A2bn"). */
export const DOLLAR_AFTER_SIGN: Readonly<Record<string, string>> = { US: "USD", A: "AUD", NZ: "NZD", C: "CAD", HK: "HKD", S: "SGD", Can: "CAD" };

/** Prefixes before `$` that are also words: only when written right against the `$`. */
export const DOLLAR_PREFIXES_TIGHT: ReadonlySet<string> = new Set(["a", "s", "r", "z", "j", "can", "ec"]);

/**
 * Names after (or, rarely, before) the amount, lower-case, singular and plural. The
 * unqualified names take the currency a news reader assumes: "dollars" USD, "pounds" GBP,
 * "francs" CHF, "rupees" INR, "pesos" MXN.
 */
export const NAMES: Readonly<Record<string, string>> = {
  dollar: "USD", dollars: "USD", "us dollar": "USD", "us dollars": "USD", "u.s. dollar": "USD", "u.s. dollars": "USD",
  "american dollars": "USD", "united states dollars": "USD", greenbacks: "USD",
  euro: "EUR", euros: "EUR",
  pound: "GBP", pounds: "GBP", sterling: "GBP", "pounds sterling": "GBP", "pound sterling": "GBP", "british pounds": "GBP",
  "uk pounds": "GBP",
  yen: "JPY", "japanese yen": "JPY",
  yuan: "CNY", renminbi: "CNY", "chinese yuan": "CNY", "yuan renminbi": "CNY", kuai: "CNY",
  rouble: "RUB", roubles: "RUB", ruble: "RUB", rubles: "RUB", "russian roubles": "RUB",
  rupee: "INR", rupees: "INR", "indian rupees": "INR", "pakistani rupees": "PKR", "sri lankan rupees": "LKR",
  won: "KRW", "korean won": "KRW", "south korean won": "KRW",
  lira: "TRY", liras: "TRY", "turkish lira": "TRY", "turkish liras": "TRY", lire: "ITL", "italian lire": "ITL",
  rand: "ZAR", rands: "ZAR", riyal: "SAR", riyals: "SAR", "saudi riyals": "SAR", "qatari riyals": "QAR",
  dirham: "AED", dirhams: "AED", "uae dirhams": "AED", "moroccan dirhams": "MAD",
  franc: "CHF", francs: "CHF", "french francs": "FRF", "belgian francs": "BEF", "cfa francs": "XOF",
  peso: "MXN", pesos: "MXN", real: "BRL", reais: "BRL", reals: "BRL", "brazilian reais": "BRL",
  ringgit: "MYR", rupiah: "IDR", baht: "THB", dong: "VND", naira: "NGN", shekel: "ILS", shekels: "ILS", shekalim: "ILS",
  krona: "SEK", kronor: "SEK", krone: "NOK", kroner: "NOK", "danish kroner": "DKK", zloty: "PLN", zlotys: "PLN",
  forint: "HUF", forints: "HUF", hryvnia: "UAH", hryvnias: "UAH", tenge: "KZT", manat: "AZN", som: "KGS", lari: "GEL",
  dinar: "IQD", dinars: "IQD", rial: "IRR", rials: "IRR", "iranian rials": "IRR", taka: "BDT", kip: "LAK",
  mark: "DEM", marks: "DEM", "deutsche marks": "DEM", deutschmarks: "DEM", "d-marks": "DEM", guilder: "NLG", guilders: "NLG",
  "dutch guilders": "NLG", peseta: "ESP", pesetas: "ESP", markka: "FIM", markkaa: "FIM", "finnish markka": "FIM",
  escudo: "PTE", escudos: "PTE", schilling: "ATS", schillings: "ATS", drachma: "GRD", drachmas: "GRD", drachmae: "GRD",
  ecu: "XEU", ecus: "XEU", bitcoin: "XBT", bitcoins: "XBT",
  leu: "RON", lei: "RON", lev: "BGN", leva: "BGN", koruna: "CZK", korunas: "CZK", "czech crowns": "CZK", kuna: "HRK",
  litas: "LTL", lats: "LVL", kroon: "EEK", kroons: "EEK", tolar: "SIT", tolars: "SIT", "hong kong dollars": "HKD",
};

/** Names that are also ordinary words or names when capitalised ("Mark", "Real", "Euro 2004"): only lower-case. */
export const LOWERCASE_ONLY_NAMES: ReadonlySet<string> = new Set([
  "mark", "marks", "real", "won", "rand", "dong", "som", "kip", "lari", "taka", "tenge", "euro", "lev", "lei", "leu", "sol",
  "pound", "franc", "peso", "dinar", "rial", "riyal", "manat", "naira", "baht", "kuna", "lats", "litas", "kroon", "tolar",
]);

/** Hundredths: "50 cents" is 0.50 of the currency. */
export const SUBUNITS: Readonly<Record<string, { code: string; factor: number }>> = {
  cent: { code: "USD", factor: 0.01 }, cents: { code: "USD", factor: 0.01 }, cts: { code: "USD", factor: 0.01 },
  "us cents": { code: "USD", factor: 0.01 }, "u.s. cents": { code: "USD", factor: 0.01 }, "euro cents": { code: "EUR", factor: 0.01 },
  "canadian cents": { code: "CAD", factor: 0.01 }, "australian cents": { code: "AUD", factor: 0.01 },
  "hong kong cents": { code: "HKD", factor: 0.01 }, "new zealand cents": { code: "NZD", factor: 0.01 },
  "singapore cents": { code: "SGD", factor: 0.01 },
  penny: { code: "GBP", factor: 0.01 }, pence: { code: "GBP", factor: 0.01 }, pennies: { code: "GBP", factor: 0.01 },
  p: { code: "GBP", factor: 0.01 }, kopecks: { code: "RUB", factor: 0.01 }, kopeks: { code: "RUB", factor: 0.01 },
  paise: { code: "INR", factor: 0.01 }, sen: { code: "JPY", factor: 0.01 }, satoshi: { code: "XBT", factor: 1e-8 },
  satoshis: { code: "XBT", factor: 1e-8 },
};

/** Longest subunit phrase in words. */
export const MAX_SUBUNIT_WORDS = 3;

/** Subunit words that are ordinary words too ("p", "sen"): only right against the digits. */
export const SUBUNITS_TIGHT: ReadonlySet<string> = new Set(["p", "sen"]);

/**
 * The standard's own names, lower-cased, with a plural: "Swiss franc(s)", "Hong Kong
 * dollar(s)", "Mexican peso(s)". Generated once from the ISO list; NAMES above wins.
 */
export const ISO_NAMES: Readonly<Record<string, string>> = (() => {
  const out: Record<string, string> = {};
  for (const d of cc.data) {
    const name = d.currency.toLowerCase().replace(/(?<!\s)\s*\([^()]*\)\s*/g, "").trim();
    if (!name.includes(" ") || /unidad|unit|codes|bond|wir|next day|indexadas|special/.test(name)) continue;
    out[name] = d.code;
    out[/s$/.test(name) ? name : `${name}s`] = d.code;
  }
  return out;
})();

/** Longest name in words, to bound the look-ahead. */
export const MAX_NAME_WORDS = 4;
