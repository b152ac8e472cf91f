/**
 * Places below or beside the country level: the nations of the UK, regions, and cities
 * the derived list (names.ts) lacks. Kind `place`; a capital that stands for its
 * government is in countries.ts (METONYMS) instead.
 *   catches: "England", "the West Bank", "the Gulf", "Wall Street", "Bonn", "Arbil", "Rio de Janeiro"
 *   must not: "Reading" or "Bath" opening a sentence (the recogniser skips sentence-initial common words)
 */
export const PLACE_NAMES: readonly string[] = [
  // nations, regions and seas
  "England", "Scotland", "Wales", "Northern Ireland", "Ulster", "Europe", "Asia", "Africa", "North America", "South America",
  "Latin America", "Central America", "Middle East", "Near East", "Far East", "Gulf", "Persian Gulf", "Arabian Gulf",
  "West Bank", "Gaza", "Gaza Strip", "Golan Heights", "Balkans", "Caucasus", "Siberia", "Midwest", "Middle West", "Scandinavia",
  "Caribbean", "Mediterranean", "Pacific", "Atlantic", "Baltic", "Baltics", "Sahara", "Kashmir", "Tibet", "Xinjiang",
  "Chechnya", "Kosovo", "Crimea", "Donbas", "Kurdistan", "Nagorno-Karabakh", "Catalonia", "Bavaria", "Quebec", "Ontario",
  "Texas", "California", "Florida", "New England", "Wall Street", "Silicon Valley", "City of London", "Hong Kong", "Macau",
  "Eastern Europe", "Western Europe", "Central Europe", "Southeast Asia", "South East Asia", "East Asia", "Central Asia",
  "South Asia", "Sub-Saharan Africa", "North Africa", "West Africa", "East Africa", "Horn of Africa", "Asia-Pacific",
  "Arctic", "Antarctic", "Yangtze", "Danube", "Rhine", "Nile", "Sakhalin", "Yamal", "Hokkaido", "Okinawa",
  // cities
  "London", "Paris", "Berlin", "Bonn", "Frankfurt", "Munich", "Hamburg", "Cologne", "Stuttgart", "Dusseldorf", "Leipzig",
  "Dresden", "Vienna", "Zurich", "Geneva", "Bern", "Basel", "Brussels", "Antwerp", "Amsterdam", "Rotterdam", "The Hague",
  "Luxembourg City", "Madrid", "Barcelona", "Seville", "Valencia", "Bilbao", "Lisbon", "Porto", "Rome", "Milan", "Naples",
  "Turin", "Florence", "Venice", "Genoa", "Athens", "Istanbul", "Ankara", "Izmir", "Nicosia", "Valletta", "Dublin", "Belfast",
  "Edinburgh", "Glasgow", "Cardiff", "Manchester", "Liverpool", "Birmingham", "Leeds", "Sheffield", "Bristol", "Newcastle",
  "Nottingham", "Leicester", "Southampton", "Oxford", "Cambridge", "Copenhagen", "Stockholm", "Oslo", "Helsinki",
  "Reykjavik", "Tallinn", "Riga", "Vilnius", "Warsaw", "Krakow", "Gdansk", "Prague", "Bratislava", "Budapest", "Bucharest",
  "Sofia", "Belgrade", "Zagreb", "Ljubljana", "Sarajevo", "Skopje", "Tirana", "Podgorica", "Pristina", "Chisinau", "Minsk",
  "Kiev", "Kyiv", "Kharkiv", "Odessa", "Lviv", "Donetsk", "Moscow", "St Petersburg", "St. Petersburg", "Vladivostok",
  "Novosibirsk", "Yekaterinburg", "Grozny", "Kazan", "Murmansk", "Kaliningrad", "Tbilisi", "Yerevan", "Baku", "Astana",
  "Almaty", "Tashkent", "Bishkek", "Dushanbe", "Ashgabat", "Kabul", "Kandahar", "Islamabad", "Karachi", "Lahore",
  "New Delhi", "Delhi", "Mumbai", "Bombay", "Kolkata", "Calcutta", "Chennai", "Madras", "Bangalore", "Bengaluru",
  "Hyderabad", "Colombo", "Kathmandu", "Dhaka", "Rangoon", "Yangon", "Naypyidaw", "Bangkok", "Hanoi", "Ho Chi Minh City",
  "Saigon", "Phnom Penh", "Vientiane", "Kuala Lumpur", "Singapore", "Jakarta", "Manila", "Beijing", "Shanghai", "Guangzhou",
  "Shenzhen", "Tianjin", "Chongqing", "Wuhan", "Chengdu", "Harbin", "Nanjing", "Hangzhou", "Xiamen", "Dalian", "Taipei",
  "Kaohsiung", "Seoul", "Busan", "Pusan", "Incheon", "Pyongyang", "Tokyo", "Osaka", "Kyoto", "Yokohama", "Nagoya", "Kobe",
  "Sapporo", "Hiroshima", "Ulan Bator", "Ulaanbaatar", "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra",
  "Auckland", "Wellington", "Christchurch", "Tehran", "Isfahan", "Baghdad", "Basra", "Mosul", "Arbil", "Erbil", "Kirkuk",
  "Damascus", "Aleppo", "Beirut", "Amman", "Jerusalem", "Tel Aviv", "Haifa", "Ramallah", "Nablus", "Hebron", "Jericho",
  "Riyadh", "Jeddah", "Mecca", "Medina", "Dubai", "Abu Dhabi", "Doha", "Manama", "Muscat", "Kuwait City", "Sanaa", "Aden",
  "Cairo", "Alexandria", "Tripoli", "Benghazi", "Tunis", "Algiers", "Rabat", "Casablanca", "Khartoum", "Addis Ababa",
  "Nairobi", "Mombasa", "Kampala", "Kigali", "Dar es Salaam", "Lusaka", "Harare", "Johannesburg", "Pretoria", "Cape Town",
  "Durban", "Lagos", "Abuja", "Accra", "Dakar", "Abidjan", "Kinshasa", "Brazzaville", "Luanda", "Maputo", "Mogadishu",
  "Washington", "New York", "Los Angeles", "Chicago", "Houston", "Philadelphia", "Phoenix", "San Antonio", "San Diego",
  "Dallas", "San Francisco", "Seattle", "Boston", "Detroit", "Atlanta", "Miami", "Denver", "Minneapolis", "St Louis",
  "St. Louis", "Pittsburgh", "Cleveland", "Cincinnati", "Baltimore", "Milwaukee", "Kansas City", "New Orleans", "Las Vegas",
  "Orlando", "Tampa", "Portland", "Sacramento", "Salt Lake City", "Nashville", "Indianapolis", "Columbus", "Charlotte",
  "Toronto", "Montreal", "Vancouver", "Ottawa", "Calgary", "Mexico City", "Guadalajara", "Monterrey", "Havana", "Panama City",
  "Bogota", "Caracas", "Lima", "Quito", "La Paz", "Santiago", "Buenos Aires", "Montevideo", "Asuncion", "Sao Paulo",
  "Rio de Janeiro", "Brasilia", "Davos",
  // US states as wire style abbreviates them
  "D.C.", "N.Y.", "N.J.", "Calif.", "Mich.", "Ill.", "Fla.", "Tex.", "Mass.", "Pa.", "Va.", "Wash.", "Ga.", "Ind.", "Md.",
  "Conn.", "Colo.", "Ariz.", "Minn.", "Wis.", "Ore.", "Ky.", "Tenn.", "La.", "Okla.", "Mo.", "N.C.", "S.C.", "Gleneagles", "Strasbourg", "Lyon", "Marseille", "Nice", "Bordeaux", "Toulouse",
];

/** Last words that make a capitalised phrase a place: "Tiananmen Square", "Ellis Park", "Tunbridge Wells". */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  "Square", "Park", "Bridge", "Street", "Road", "Avenue", "Boulevard", "Stadium", "Centre", "Center", "Course", "Heights",
  "Valley", "River", "Lake", "Mountains", "Mountain", "Hills", "Island", "Islands", "Bay", "Sea", "Ocean", "Coast", "Province",
  "County", "Wells", "Springs", "Beach", "Harbour", "Harbor", "Peninsula", "Desert", "Canal", "Strait", "Straits", "Gulf",
  "Oval", "Arena", "Trafford", "Ground", "Circuit", "Palace", "Castle", "Cathedral", "Abbey", "Prison", "Camp", "Base",
]);

/** First words that make a capitalised phrase a place: "Fort Wayne", "Port Said", "Mount Kenya", "Lake Victoria". */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(["Fort", "Port", "Mount", "Mt", "Lake", "Cape", "Gulf", "Isle", "Sierra", "Costa", "Puerto", "Rio"]);
