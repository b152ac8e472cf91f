/**
 * Blocs and inter-governmental bodies, with the abbreviation that is their `code`, and
 * central banks (organisations that belong to a country or a bloc).
 *   catches: "BRICS", "the euro zone", "OPEC+", "Group of Eight", "the Fed", "People's Bank of China"
 *   must not: "the un-named source" (lower case), "Fed up" (a verb; see CENTRAL_BANK_GUARDS)
 */

export interface BlocEntry {
  name: string;
  code: string | null;
  aliases: readonly string[];
}

export const BLOCS: readonly BlocEntry[] = [
  { name: "BRICS", code: "BRICS", aliases: ["BRICS+", "Brics"] },
  { name: "European Union", code: "EU", aliases: ["EU", "E.U.", "European Community", "EEC"] },
  { name: "eurozone", code: null, aliases: ["euro zone", "euro area", "Eurozone", "Euro zone", "Euro area", "Euroland"] },
  { name: "G7", code: "G7", aliases: ["G-7", "Group of Seven"] },
  { name: "G8", code: "G8", aliases: ["G-8", "Group of Eight"] },
  { name: "G20", code: "G20", aliases: ["G-20", "Group of 20", "Group of Twenty"] },
  { name: "NATO", code: "NATO", aliases: ["Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"] },
  { name: "OPEC", code: "OPEC", aliases: ["Opec", "Organization of the Petroleum Exporting Countries", "Organisation of Petroleum Exporting Countries", "Organization of Petroleum Exporting Countries"] },
  { name: "OPEC+", code: "OPEC+", aliases: ["Opec+", "OPEC Plus", "Opec Plus"] },
  { name: "ASEAN", code: "ASEAN", aliases: ["Asean", "Association of Southeast Asian Nations", "Association of South East Asian Nations"] },
  { name: "Shanghai Cooperation Organisation", code: "SCO", aliases: ["SCO", "Shanghai Cooperation Organization"] },
  { name: "International Monetary Fund", code: "IMF", aliases: ["IMF", "I.M.F."] },
  { name: "World Bank", code: "World Bank", aliases: ["World Bank Group"] },
  { name: "World Trade Organization", code: "WTO", aliases: ["WTO", "World Trade Organisation"] },
  { name: "OECD", code: "OECD", aliases: ["Organisation for Economic Co-operation and Development", "Organization for Economic Cooperation and Development", "Organisation for Economic Cooperation and Development"] },
  { name: "United Nations", code: "UN", aliases: ["UN", "U.N.", "United Nations Organization"] },
  { name: "UN Security Council", code: "UNSC", aliases: ["Security Council", "United Nations Security Council", "U.N. Security Council"] },
  { name: "African Union", code: "AU", aliases: [] },
  { name: "Organization of African Unity", code: "OAU", aliases: ["OAU", "Organisation of African Unity"] },
  { name: "Arab League", code: "Arab League", aliases: ["League of Arab States"] },
  { name: "Gulf Cooperation Council", code: "GCC", aliases: ["GCC", "Gulf Co-operation Council"] },
  { name: "Eurasian Economic Union", code: "EAEU", aliases: ["EAEU", "EEU"] },
  { name: "Commonwealth of Independent States", code: "CIS", aliases: ["CIS"] },
  { name: "Mercosur", code: "Mercosur", aliases: ["MERCOSUR"] },
  { name: "APEC", code: "APEC", aliases: ["Apec", "Asia-Pacific Economic Cooperation"] },
  { name: "NAFTA", code: "NAFTA", aliases: ["Nafta", "North American Free Trade Agreement"] },
  { name: "Commonwealth", code: null, aliases: [] },
  { name: "Asian Development Bank", code: "ADB", aliases: ["ADB"] },
  { name: "European Bank for Reconstruction and Development", code: "EBRD", aliases: ["EBRD"] },
  { name: "New Development Bank", code: "NDB", aliases: [] },
  { name: "Asian Infrastructure Investment Bank", code: "AIIB", aliases: ["AIIB"] },
  { name: "Bank for International Settlements", code: "BIS", aliases: [] },
  { name: "International Energy Agency", code: "IEA", aliases: ["IEA"] },
  { name: "International Atomic Energy Agency", code: "IAEA", aliases: ["IAEA"] },
  { name: "World Health Organization", code: "WHO", aliases: ["World Health Organisation"] },
  { name: "Paris Club", code: "Paris Club", aliases: [] },
  { name: "European Free Trade Association", code: "EFTA", aliases: ["EFTA"] },
  { name: "Organization of American States", code: "OAS", aliases: ["Organisation of American States"] },
  { name: "Organization for Security and Co-operation in Europe", code: "OSCE", aliases: ["OSCE", "Organisation for Security and Cooperation in Europe", "Organization for Security and Cooperation in Europe", "Organisation for Security and Co-operation in Europe"] },
];

export interface CentralBankEntry {
  name: string;
  /** alpha-3 of the country it belongs to, or a bloc code */
  of: string;
  aliases: readonly string[];
}

export const CENTRAL_BANKS: readonly CentralBankEntry[] = [
  { name: "Federal Reserve", of: "USA", aliases: ["Fed", "US Federal Reserve", "U.S. Federal Reserve", "Federal Reserve Board", "Federal Reserve System"] },
  { name: "European Central Bank", of: "EU", aliases: ["ECB"] },
  { name: "People's Bank of China", of: "CHN", aliases: ["PBOC", "PBoC"] },
  { name: "Bank of Russia", of: "RUS", aliases: ["Central Bank of Russia", "Russian Central Bank", "CBR"] },
  { name: "Bank of Japan", of: "JPN", aliases: ["BOJ", "BoJ"] },
  { name: "Bank of England", of: "GBR", aliases: ["BOE", "BoE"] },
  { name: "Reserve Bank of India", of: "IND", aliases: ["RBI"] },
  { name: "Bank of Korea", of: "KOR", aliases: ["BOK", "BoK"] },
  { name: "Bank of Canada", of: "CAN", aliases: ["BoC"] },
  { name: "Reserve Bank of Australia", of: "AUS", aliases: ["RBA"] },
  { name: "Reserve Bank of New Zealand", of: "NZL", aliases: ["RBNZ"] },
  { name: "Swiss National Bank", of: "CHE", aliases: ["SNB"] },
  { name: "Bundesbank", of: "DEU", aliases: ["Deutsche Bundesbank"] },
  { name: "Banque de France", of: "FRA", aliases: ["Bank of France"] },
  { name: "Bank of Italy", of: "ITA", aliases: ["Banca d'Italia"] },
  { name: "Bank of Spain", of: "ESP", aliases: ["Banco de Espana", "Banco de España"] },
  { name: "Riksbank", of: "SWE", aliases: ["Sveriges Riksbank"] },
  { name: "Norges Bank", of: "NOR", aliases: [] },
  { name: "Central Bank of Brazil", of: "BRA", aliases: ["Banco Central do Brasil", "Brazilian Central Bank"] },
  { name: "Bank of Mexico", of: "MEX", aliases: ["Banxico", "Banco de Mexico"] },
  { name: "South African Reserve Bank", of: "ZAF", aliases: ["SARB"] },
  { name: "Central Bank of Turkey", of: "TUR", aliases: ["Central Bank of the Republic of Turkey", "CBRT"] },
  { name: "Saudi Central Bank", of: "SAU", aliases: ["Saudi Arabian Monetary Agency", "SAMA"] },
  { name: "Central Bank of Iran", of: "IRN", aliases: [] },
  { name: "Hong Kong Monetary Authority", of: "HKG", aliases: ["HKMA"] },
  { name: "Monetary Authority of Singapore", of: "SGP", aliases: ["MAS"] },
  { name: "Bank Indonesia", of: "IDN", aliases: [] },
  { name: "Bank of Thailand", of: "THA", aliases: [] },
  { name: "National Bank of Ukraine", of: "UKR", aliases: [] },
  { name: "Central Bank of Argentina", of: "ARG", aliases: [] },
  { name: "State Bank of Pakistan", of: "PAK", aliases: [] },
  { name: "Central Bank of Nigeria", of: "NGA", aliases: [] },
  { name: "Bank of Israel", of: "ISR", aliases: [] },
  { name: "Central Bank of Egypt", of: "EGY", aliases: [] },
];

/** Words after "Fed" that make it the verb ("fed up", "Fed by"), not the central bank. */
export const CENTRAL_BANK_GUARDS: ReadonlySet<string> = new Set(["up", "by", "into", "with"]);
