/**
 * Countries beyond what the ISO dataset (i18n-iso-countries) spells: the common English
 * short names the output uses, and the aliases, historic names, demonyms and metonyms
 * that news text uses for a country. Keys are alpha-3 codes.
 *   catches: "Britain", "the U.S.", "Burma", "Chinese leaders", "the Kremlin", "Whitehall"
 *   must not: "Georgia" the US state or "Jordan" the first name without a country cue
 *   (see AMBIGUOUS_COUNTRY_NAMES)
 */

/** The name the output gives a country when the dataset's usual name is a formal one. */
export const COUNTRY_SHORT_NAMES: Readonly<Record<string, string>> = {
  USA: "United States", RUS: "Russia", GBR: "United Kingdom", KOR: "South Korea", PRK: "North Korea",
  IRN: "Iran", SYR: "Syria", VNM: "Vietnam", LAO: "Laos", BOL: "Bolivia", VEN: "Venezuela", TZA: "Tanzania",
  MDA: "Moldova", TWN: "Taiwan", CZE: "Czech Republic", NLD: "Netherlands", PHL: "Philippines", ARE: "United Arab Emirates",
  COD: "Democratic Republic of the Congo", COG: "Republic of the Congo", MKD: "North Macedonia", FSM: "Micronesia",
  BRN: "Brunei", CPV: "Cape Verde", CIV: "Ivory Coast", SWZ: "Eswatini", VAT: "Vatican City", PSE: "Palestine",
  TUR: "Turkey", MMR: "Myanmar", KGZ: "Kyrgyzstan", BHS: "Bahamas", GMB: "Gambia", CAF: "Central African Republic",
  DOM: "Dominican Republic", MHL: "Marshall Islands", SLB: "Solomon Islands", COM: "Comoros", MDV: "Maldives",
  SYC: "Seychelles",
};

/** Other names of a country, written as news text writes them (case-sensitive). */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  USA: ["US", "U.S.", "U.S", "USA", "U.S.A.", "America", "United States of America", "the States"],
  GBR: ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
  RUS: ["Russia", "Russian Federation"],
  KOR: ["South Korea", "S. Korea", "Republic of Korea", "S.Korea", "Korea"],
  PRK: ["North Korea", "N. Korea", "N.Korea", "DPRK"],
  CHN: ["China", "PRC", "People's Republic of China", "mainland China"],
  TWN: ["Taiwan", "Republic of China"],
  IRN: ["Iran", "Islamic Republic of Iran"],
  MMR: ["Burma", "Myanmar"],
  NLD: ["Holland", "the Netherlands"],
  CZE: ["Czech Republic", "Czechia"],
  ARE: ["UAE", "U.A.E.", "Emirates"],
  COD: ["DR Congo", "DRC", "Congo-Kinshasa", "Zaire"],
  CIV: ["Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"],
  TUR: ["Turkey", "Türkiye", "Turkiye"],
  VAT: ["Vatican", "Holy See"],
  SUN: ["Soviet Union", "USSR", "U.S.S.R."],
  DDR: ["East Germany"],
  DEU: ["West Germany"],
  YUG: ["Yugoslavia"],
  CSK: ["Czechoslovakia"],
  PSE: ["Palestine", "Palestinian territories"],
  MKD: ["Macedonia"],
  SWZ: ["Swaziland"],
  LKA: ["Ceylon"],
  BIH: ["Bosnia"],
};

/** Historic states with no current ISO 3166-1 entry: their ISO 3166-3 / customary codes. */
export const HISTORIC_COUNTRIES: Readonly<Record<string, string>> = {
  SUN: "Soviet Union", DDR: "East Germany", YUG: "Yugoslavia", CSK: "Czechoslovakia",
};

/**
 * Demonyms and country adjectives: "Chinese banks", "American policies", "the French".
 * Multi-word ones first so that "South Korean" is not read as "Korean".
 */
export const DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  USA: ["American", "Americans", "US-based"],
  GBR: ["British", "Briton", "Britons", "UK-based"],
  CHN: ["Chinese"],
  RUS: ["Russian", "Russians"],
  JPN: ["Japanese"],
  DEU: ["German", "Germans"],
  FRA: ["French", "Frenchman"],
  ITA: ["Italian", "Italians"],
  ESP: ["Spanish", "Spaniard", "Spaniards"],
  PRT: ["Portuguese"],
  NLD: ["Dutch"],
  BEL: ["Belgian", "Belgians"],
  CHE: ["Swiss"],
  AUT: ["Austrian", "Austrians"],
  SWE: ["Swedish", "Swede", "Swedes"],
  NOR: ["Norwegian", "Norwegians"],
  DNK: ["Danish", "Dane", "Danes"],
  FIN: ["Finnish", "Finn", "Finns"],
  ISL: ["Icelandic"],
  IRL: ["Irish"],
  POL: ["Polish", "Pole", "Poles"],
  CZE: ["Czech", "Czechs"],
  SVK: ["Slovak", "Slovakian"],
  HUN: ["Hungarian", "Hungarians"],
  ROU: ["Romanian", "Romanians"],
  BGR: ["Bulgarian", "Bulgarians"],
  GRC: ["Greek", "Greeks"],
  TUR: ["Turkish", "Turks"],
  UKR: ["Ukrainian", "Ukrainians"],
  BLR: ["Belarusian", "Belarusians"],
  SRB: ["Serbian", "Serb", "Serbs"],
  HRV: ["Croatian", "Croat", "Croats"],
  BIH: ["Bosnian", "Bosnians"],
  SVN: ["Slovenian", "Slovene"],
  LTU: ["Lithuanian"],
  LVA: ["Latvian"],
  EST: ["Estonian"],
  GEO: ["Georgian"],
  ARM: ["Armenian", "Armenians"],
  AZE: ["Azerbaijani", "Azeri"],
  KAZ: ["Kazakh", "Kazakhstani"],
  UZB: ["Uzbek"],
  IRN: ["Iranian", "Iranians"],
  IRQ: ["Iraqi", "Iraqis"],
  SYR: ["Syrian", "Syrians"],
  ISR: ["Israeli", "Israelis"],
  LBN: ["Lebanese"],
  JOR: ["Jordanian", "Jordanians"],
  SAU: ["Saudi", "Saudis", "Saudi Arabian"],
  YEM: ["Yemeni"],
  EGY: ["Egyptian", "Egyptians"],
  LBY: ["Libyan", "Libyans"],
  TUN: ["Tunisian"],
  DZA: ["Algerian"],
  MAR: ["Moroccan"],
  NGA: ["Nigerian", "Nigerians"],
  KEN: ["Kenyan", "Kenyans"],
  ETH: ["Ethiopian"],
  ZAF: ["South African", "South Africans"],
  ZWE: ["Zimbabwean"],
  GHA: ["Ghanaian"],
  SDN: ["Sudanese"],
  AFG: ["Afghan", "Afghans"],
  PAK: ["Pakistani", "Pakistanis"],
  IND: ["Indian", "Indians"],
  BGD: ["Bangladeshi"],
  LKA: ["Sri Lankan"],
  NPL: ["Nepalese", "Nepali"],
  KOR: ["South Korean", "South Koreans"],
  PRK: ["North Korean", "North Koreans"],
  VNM: ["Vietnamese"],
  THA: ["Thai"],
  MYS: ["Malaysian", "Malaysians"],
  SGP: ["Singaporean"],
  IDN: ["Indonesian", "Indonesians"],
  PHL: ["Philippine", "Filipino", "Filipinos"],
  MMR: ["Burmese"],
  KHM: ["Cambodian"],
  TWN: ["Taiwanese"],
  MNG: ["Mongolian"],
  AUS: ["Australian", "Australians"],
  NZL: ["New Zealander"],
  CAN: ["Canadian", "Canadians"],
  MEX: ["Mexican", "Mexicans"],
  BRA: ["Brazilian", "Brazilians"],
  ARG: ["Argentine", "Argentinian", "Argentinians", "Argentines"],
  CHL: ["Chilean"],
  COL: ["Colombian"],
  PER: ["Peruvian"],
  VEN: ["Venezuelan"],
  CUB: ["Cuban", "Cubans"],
  ECU: ["Ecuadorian"],
  BOL: ["Bolivian"],
  URY: ["Uruguayan"],
  PRY: ["Paraguayan"],
  QAT: ["Qatari"],
  KWT: ["Kuwaiti"],
  ARE: ["Emirati"],
  OMN: ["Omani"],
  BHR: ["Bahraini"],
  SUN: ["Soviet"],
  PSE: ["Palestinian"],
  YUG: ["Yugoslav"],
};

/**
 * Seats of government and buildings that stand for the state ("the Kremlin said").
 * A capital city is a metonym only outside a place phrase: "Beijing says" → China,
 * "talks in Beijing" → the city (see PLACE_PREPOSITIONS).
 */
export const METONYMS: Readonly<Record<string, readonly string[]>> = {
  RUS: ["Kremlin", "Moscow"],
  CHN: ["Beijing", "Zhongnanhai"],
  USA: ["Washington", "White House", "Capitol Hill", "Pentagon"],
  GBR: ["Whitehall", "Downing Street", "Number 10", "Westminster"],
  FRA: ["Elysee", "Élysée", "Elysee Palace"],
  JPN: ["Tokyo"],
  IRN: ["Tehran"],
  PRK: ["Pyongyang"],
  KOR: ["Seoul"],
  UKR: ["Kyiv", "Kiev"],
  IND: ["New Delhi"],
  DEU: ["Berlin"],
  ISR: ["Jerusalem"],
  TWN: ["Taipei"],
  SAU: ["Riyadh"],
  TUR: ["Ankara"],
};

/** Cities that stand for a bloc rather than their country: "Brussels" decides for the EU. */
export const BLOC_SEATS: Readonly<Record<string, string>> = { Brussels: "EU" };

/** Buildings that are never the city: they stand for the government wherever they appear. */
export const SEATS_OF_GOVERNMENT: ReadonlySet<string> = new Set([
  "Kremlin", "Zhongnanhai", "White House", "Capitol Hill", "Pentagon", "Whitehall", "Downing Street", "Number 10", "Elysee", "Élysée", "Elysee Palace",
]);

/**
 * Country names that are also common names or US states: they count only with a cue that
 * the country is meant (a country word nearby, "the Kingdom of", a demonym, a capital).
 *   "Georgia" the state ("Atlanta, Georgia"), "Jordan" the person ("Michael Jordan"),
 *   "Chad" the first name, "Turkey" as a headline "turkey", "Niger" in "Niger Delta" (a place)
 */
export const AMBIGUOUS_COUNTRY_NAMES: ReadonlySet<string> = new Set(["Georgia", "Jordan", "Chad", "Turkey", "Guinea", "Niger", "Dominica"]);

/** Words after an ambiguous name that show it is a person or a sub-national place. */
export const NOT_A_COUNTRY_AFTER: ReadonlySet<string> = new Set(["Delta", "River", "Tech", "State", "Bulldogs", "Street", "Avenue"]);

/** Prepositions that make a city a place rather than its government ("in Moscow"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "near", "outside", "to", "from", "around", "across", "via", "into", "visited", "visit", "visiting", "of"]);
