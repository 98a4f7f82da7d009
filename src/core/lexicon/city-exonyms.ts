// City names that the city gazetteer (GeoNames' main names) does not have as news copy writes them.

/**
 * Former names, common in older wire stories ("Peking", "Bombay"): former name → the current name
 * the gazetteer has, which labels the place (the text's spelling stays an alias).
 */
export const CITY_FORMER_NAMES: Readonly<Record<string, string>> = {
  Bangalore: "Bengaluru",
  Bombay: "Mumbai",
  Calcutta: "Kolkata",
  Canton: "Guangzhou",
  Chungking: "Chongqing",
  Dacca: "Dhaka",
  Kharkov: "Kharkiv",
  Kiev: "Kyiv",
  Leningrad: "Saint Petersburg",
  Madras: "Chennai",
  Nanking: "Nanjing",
  Peking: "Beijing",
  Poona: "Pune",
  Rangoon: "Yangon",
  Saigon: "Ho Chi Minh City",
  Tientsin: "Tianjin",
};

/**
 * English names of cities the gazetteer spells in the local language: English name → the
 * gazetteer's name. The English name labels the place, whichever of the two the text uses.
 */
export const CITY_EXONYMS: Readonly<Record<string, string>> = {
  Antwerp: "Antwerpen",
  Basle: "Basel",
  Bruges: "Brugge",
  Cologne: "Köln",
  Ghent: "Gent",
  Gothenburg: "Göteborg",
  Hanover: "Hannover",
  Lucerne: "Luzern",
  Lyons: "Lyon",
  Marseilles: "Marseille",
  Nuremberg: "Nürnberg",
  Salonika: "Thessaloníki",
  Seville: "Sevilla",
  "St Petersburg": "Saint Petersburg",
};
