/**
 * Organisations: well-known names the shapes cannot guess, the head words and suffixes
 * that make a capitalised phrase an organisation, and the descriptors that introduce one.
 *   catches: "Reuters", "Bloomberg Intelligence", "Gazprom Neft PJSC", "Ministry of Finance",
 *            "oil group Yukos", "brokerage Aton", "the Commerce Department"
 *   must not: "GMT", "CEO", "GDP" (capitals that are not organisations; see NOT_ORGANIZATIONS)
 */

export interface OrgEntry {
  name: string;
  aliases?: readonly string[];
  /** alpha-3 of its country, when it is a state body */
  of?: string;
}

/** Names that no rule would find, or that rules would take for something else. */
export const KNOWN_ORGANIZATIONS: readonly OrgEntry[] = [
  // news agencies and media
  { name: "Reuters" }, { name: "Associated Press", aliases: ["AP"] }, { name: "Agence France-Presse", aliases: ["AFP"] },
  { name: "Bloomberg" }, { name: "Bloomberg Intelligence" }, { name: "Bloomberg News" }, { name: "BBC" }, { name: "CNN" },
  { name: "Xinhua", aliases: ["Xinhua News Agency"] }, { name: "TASS", aliases: ["Tass", "Itar-Tass", "ITAR-TASS"] },
  { name: "Interfax" }, { name: "RIA Novosti", aliases: ["RIA"] }, { name: "Kyodo", aliases: ["Kyodo News"] },
  { name: "Yonhap" }, { name: "Al Jazeera" }, { name: "Financial Times", aliases: ["FT"] },
  { name: "Wall Street Journal", aliases: ["WSJ"] }, { name: "New York Times" }, { name: "Washington Post" },
  { name: "The Economist", aliases: ["Economist"] }, { name: "Global Times" }, { name: "China Daily" },
{ name: "Vedomosti" }, { name: "Kommersant" }, { name: "Nikkei" }, { name: "Sputnik" },
  { name: "RT" }, { name: "CNBC" }, { name: "Fox News" }, { name: "Guardian" }, { name: "The Times" }, { name: "Daily Telegraph" },
  // banks and finance
  { name: "UBS" }, { name: "HSBC" }, { name: "Goldman Sachs" }, { name: "Morgan Stanley" }, { name: "JPMorgan", aliases: ["JP Morgan", "J.P. Morgan", "JPMorgan Chase"] },
  { name: "Citigroup", aliases: ["Citi", "Citibank"] }, { name: "Barclays" }, { name: "Deutsche Bank" }, { name: "BNP Paribas" },
  { name: "Credit Suisse" }, { name: "Societe Generale" }, { name: "Nomura" }, { name: "Mellon Financial" },
  { name: "Royal Bank of Scotland", aliases: ["RBS"] }, { name: "Lloyds", aliases: ["Lloyds TSB", "Lloyds Banking Group"] }, { name: "Standard Chartered" },
  { name: "VEB", aliases: ["Vnesheconombank"] }, { name: "Sberbank" }, { name: "VTB" }, { name: "Gazprombank" },
  { name: "Moody's" }, { name: "Standard & Poor's", aliases: ["S&P"] }, { name: "Fitch", aliases: ["Fitch Ratings"] },
  { name: "BlackRock" }, { name: "Vanguard" }, { name: "Wells Fargo" }, { name: "Bank of America" }, { name: "Merrill Lynch" },
  { name: "Lehman Brothers" }, { name: "Capital Economics" }, { name: "Oxford Economics" }, { name: "Aton" },
  // energy and industry
  { name: "Gazprom" }, { name: "Rosneft" }, { name: "Lukoil" }, { name: "Yukos" }, { name: "Novatek" }, { name: "Transneft" },
  { name: "CNPC", aliases: ["China National Petroleum Corporation"] }, { name: "Sinopec" }, { name: "CNOOC" }, { name: "PetroChina" },
  { name: "Saudi Aramco", aliases: ["Aramco"] }, { name: "ExxonMobil", aliases: ["Exxon", "Exxon Mobil"] }, { name: "Chevron" },
  { name: "BP" }, { name: "Shell", aliases: ["Royal Dutch Shell"] }, { name: "TotalEnergies", aliases: ["Total"] },
  { name: "Huawei" }, { name: "Alibaba" }, { name: "Tencent" }, { name: "Apple" }, { name: "Microsoft" }, { name: "Google" }, { name: "Yahoo", aliases: ["Yahoo!"] },
  { name: "Amazon" }, { name: "eBay" }, { name: "IBM" }, { name: "Intel" }, { name: "Sony" }, { name: "Nokia" }, { name: "Vodafone" },
  { name: "Boeing" }, { name: "Airbus" }, { name: "Toyota" }, { name: "Volkswagen", aliases: ["VW"] }, { name: "Siemens" },
  // agencies, NGOs, parties
  { name: "Oxfam" }, { name: "Greenpeace" }, { name: "Red Cross" }, { name: "Amnesty International" },
  { name: "US Treasury", aliases: ["U.S. Treasury", "US Treasury Department", "U.S. Treasury Department"], of: "USA" },
  { name: "Pentagon", of: "USA" },
  { name: "European Commission", aliases: ["EU Commission", "E.U. Commission"] }, { name: "European Parliament" },
  { name: "Conservative Party", aliases: ["Conservatives", "Tories", "Tory party"] }, { name: "Labour Party", aliases: ["Labour"] },
  { name: "Liberal Democrats", aliases: ["Lib Dems"] }, { name: "UK Independence Party", aliases: ["UKIP"] },
  { name: "Democratic Party", aliases: ["Democrats"] }, { name: "Republican Party", aliases: ["Republicans", "GOP"] },
  { name: "Communist Party", aliases: ["Chinese Communist Party", "CCP", "CPC"] }, { name: "United Russia" },
  { name: "Central Banking Publications" }, { name: "World Gold Council" }, { name: "Institute of International Finance", aliases: ["IIF"] },
  { name: "Congress", of: "USA" }, { name: "Senate", of: "USA" }, { name: "Duma", aliases: ["State Duma"], of: "RUS" },
  { name: "Bundestag", of: "DEU" }, { name: "Knesset", of: "ISR" },
];

/**
 * Last words that make a capitalised phrase an organisation:
 * "Mellon Financial", "Wells Fargo Bank", "Gazprom Neft PJSC", "Central Banking Publications".
 */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Incorporated", "Ltd", "Ltd.", "Limited", "plc", "Plc", "PLC", "LLC", "LLP",
  "AG", "SA", "S.A.", "NV", "N.V.", "GmbH", "SpA", "AB", "ASA", "PJSC", "OAO", "ZAO", "JSC", "Co", "Co.", "Cos", "Bhd",
  "Bank", "Banks", "Group", "Holdings", "Holding", "Partners", "Capital", "Securities", "Financial", "Investments",
  "Management", "Advisors", "Advisers", "Associates", "Consulting", "Research", "Economics", "Analytics", "Intelligence",
  "Ministry", "Department", "Agency", "Commission", "Council", "Committee", "Authority", "Office", "Bureau", "Service",
  "Services", "Board", "Institute", "Institution", "Foundation", "Fund", "Trust", "Association", "Federation", "Union",
  "Party", "Parliament", "Assembly", "Court", "Tribunal", "University", "College", "School", "Academy", "Society",
  "Exchange", "Airlines", "Airways", "Motors", "Energy", "Oil", "Petroleum", "Gas", "Telecom", "Communications",
  "Industries", "Systems", "Technologies", "Pharmaceuticals", "Electric", "Steel", "Mining", "Chemicals", "Insurance",
  "Publications", "Press", "Times", "Post", "News", "Journal", "Herald", "Gazette", "Telegraph", "Tribune", "Daily",
  "Network", "Broadcasting", "Television", "Radio", "Club", "United", "Rovers", "Athletic", "Wanderers", "Reserve",
  "Navy", "Army", "Police", "Guard", "Forces", "Company", "Companies", "Enterprises", "Organization", "Organisation",
  "Consortium", "Alliance", "Coalition", "Movement", "Front", "Treasury", "Secretariat", "Cabinet", "Senate", "Congress",
  "Administration", "Campaign", "Industry", "Airport", "Motor", "Railways", "Railway", "Shipping", "Brewery", "Pharma", "Commerce", "Brigade", "Brigades", "Army", "Militia", "Council", "Directorate", "Inspectorate",
]);

/** First words that make "X of Y" an organisation: "Ministry of Finance", "Bank of Korea". */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  "Ministry", "Department", "Bank", "University", "Institute", "Office", "Bureau", "Council", "Commission", "Committee",
  "Agency", "Board", "Federation", "Association", "Union", "Party", "Chamber", "Court", "House", "Organisation",
  "Organization", "Society", "Academy", "College", "Church", "Order", "League", "Congress", "Federal", "National", "Royal",
  "Confederation", "Institution", "Chamber", "Centre", "Center", "Fund", "Corporation", "Authority", "Commonwealth",
]);

/**
 * Lower-case nouns that introduce an organisation's name right after them:
 * "oil group Yukos", "brokerage Aton", "Russian newspaper Vedomosti", "state bank VEB".
 */
export const ORG_DESCRIPTORS: ReadonlySet<string> = new Set([
  "group", "firm", "company", "bank", "brokerage", "newspaper", "daily", "paper", "magazine", "agency", "broadcaster",
  "carrier", "airline", "insurer", "lender", "retailer", "maker", "manufacturer", "producer", "giant", "conglomerate",
  "operator", "utility", "miner", "exporter", "importer", "refiner", "subsidiary", "unit", "consultancy", "consultants",
  "watchdog", "regulator", "charity", "party", "fund", "investor", "outlet", "website", "network", "channel", "club",
  "startup", "exchange", "bourse", "distributor", "publisher", "supplier", "developer", "holding", "partner",
]);

/** Lower-case nouns right after a name that make it an organisation: "The Spectator magazine". */
export const ORG_DESCRIPTORS_AFTER: ReadonlySet<string> = new Set([
  "magazine", "newspaper", "daily", "weekly", "tabloid", "broadsheet", "website", "newswire", "agency", "bank", "group",
  "conglomerate", "airline", "carrier", "brokerage", "insurer", "retailer", "party", "charity", "consultancy", "chain",
]);

/** Capitalised abbreviations that are not organisations. */
export const NOT_ORGANIZATIONS: ReadonlySet<string> = new Set([
  "GMT", "UTC", "BST", "EST", "EDT", "PST", "CET", "CEO", "CFO", "COO", "CTO", "GDP", "GNP", "CPI", "PPI", "PMI", "IPO",
  "FDI", "VAT", "AM", "PM", "TV", "OK", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "MP", "MPs", "MEP", "MEPs",
  "AGM", "ETF", "ETFs", "LNG", "LPG", "SUV", "HIV", "AIDS", "Aids", "DNA", "PR", "HQ", "FX", "EPS", "P/E", "Q1", "Q2", "Q3",
  "Q4", "H1", "H2", "YoY", "ID", "NB", "PS", "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "INR", "CHF", "AUD", "CAD", "XAU",
  "BPD", "bpd", "OPEC", "FY", "WW", "ATM", "RSS", "FAQ", "URL", "PDF", "UK", "US", "EU", "UN", "USA", "DPRK", "I", "A",
  "NFL", "FIFA", "BST", "ET", "PT", "KM", "MW", "GW", "TWh", "LBS", "KG", "RPM", "NO", "YES",
  // stock market indices: not actors
  "FTSE", "Nasdaq", "NASDAQ", "Dax", "DAX", "Cac", "CAC", "Kospi", "KOSPI", "Sensex", "Stoxx", "Nikkei 225", "Hang Seng", "Dow Jones", "Dow",
]);

/**
 * First words that make a capitalised phrase an organisation: airlines and sports clubs
 * ("Air France", "Real Madrid", "Dinamo Bucharest", "FC Porto").
 */
export const ORG_PREFIXES: ReadonlySet<string> = new Set([
  "Air", "FC", "AC", "SC", "AS", "SV", "VfB", "VfL", "Real", "Atletico", "Athletic", "Deportivo", "Sporting", "Dinamo",
  "Dynamo", "Olympique", "Inter", "Racing", "Borussia", "Bayern", "Lokomotiv", "Spartak", "CSKA", "Steaua", "Partizan",
  "Slavia", "Sparta", "Red Star", "Club", "Union", "Banco", "Banca", "Banque", "Credit", "Deutsche", "Groupe",
]);

/** Endings of one-word company names: "Rabobank", "Vodafone", "Microsoft", "Eurotunnel". */
export const ORG_WORD_ENDING = /(?:bank|tel|com|soft|tech|net|air|rail|gaz|neft|prom|corp|fone|tronics|tunnel)$/;
