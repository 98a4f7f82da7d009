// Sectors and traded goods: canonical label → the surface forms that mean it
// (synonyms, plurals, common misspellings). Matched lower-case, longest first.

export const SECTOR_FORMS: Readonly<Record<string, readonly string[]>> = {
  // policy domains and industries
  defence: ["defence", "defense", "military"],
  energy: ["energy"],
  trade: ["trade"],
  technology: ["technology", "technologies", "tech", "high technology", "high-technology"],
  security: ["security"],
  investment: ["investment", "investments"],
  agriculture: ["agriculture", "farming", "farm sector"],
  "farm products": ["farm products", "farm product", "farm produce", "agricultural products", "farm goods", "agricultural goods", "agricultural produce"],
  food: ["food", "foodstuffs", "food products"],
  fishing: ["fishing", "fisheries"],
  "critical minerals": ["critical minerals", "critical mineral", "rare earths", "rare earth elements"],
  minerals: ["minerals"],
  mining: ["mining"],
  manufacturing: ["manufacturing"],
  textiles: ["textiles", "textile", "textile products"],
  garments: ["garments", "garment", "clothes", "clothing", "apparel"],
  fabrics: ["fabrics", "fabric", "cloth"],
  plastics: ["plastics"],
  spices: ["spices"],
  footwear: ["footwear", "leather footwear", "shoes"],
  autos: ["autos", "auto", "automobiles", "automobile", "cars", "car", "auto sector", "auto industry", "automotive", "auto manufacturing", "motor vehicles", "vehicles", "auto parts"],
  tourism: ["tourism"],
  telecoms: ["telecoms", "telecommunications", "telecom", "mobile telephony", "mobile telecoms"],
  emissions: ["emissions", "greenhouse gases", "greenhouse gas emissions", "carbon emissions", "carbon dioxide emissions"],
  "climate change": ["climate change", "global warming"],
  arms: ["arms", "weapons", "weaponry", "arms sales"],
  aircraft: ["aircraft", "airliners", "planes", "airplanes", "aeroplanes", "jets", "jetliners"],
  shipbuilding: ["shipbuilding"],
  steel: ["steel"],
  aluminium: ["aluminium", "aluminum"],
  semiconductors: ["semiconductors", "semiconductor", "chips", "microchips"],
  electronics: ["electronics", "consumer electronics"],
  pharmaceuticals: ["pharmaceuticals", "pharmaceutical products", "medicines"],
  chemicals: ["chemicals", "petrochemicals"],
  fertilizer: ["fertilizer", "fertilizers", "fertiliser", "fertilisers"],
  timber: ["timber", "lumber", "softwood lumber", "forest products"],
  "pulp and paper": ["pulp", "newsprint"],
  // energy goods
  "crude oil": ["crude oil", "crude", "oil", "petroleum", "crude petroleum"],
  "oil products": ["oil products", "refined products", "refined oil products", "refined petroleum products", "petroleum products", "gasoline", "diesel", "fuel oil", "heating oil", "jet fuel", "naphtha"],
  "natural gas": ["natural gas", "gas"],
  LNG: ["lng", "liquefied natural gas", "liquified natural gas", "liquefied gas"],
  LPG: ["lpg", "liquefied petroleum gas", "liquified petroleum gas"],
  coal: ["coal", "thermal coal", "coking coal"],
  uranium: ["uranium"],
  hydrogen: ["hydrogen"],
  electricity: ["electricity"],
  // metals
  gold: ["gold"],
  silver: ["silver"],
  copper: ["copper"],
  "iron ore": ["iron ore"],
  nickel: ["nickel"],
  zinc: ["zinc"],
  lithium: ["lithium"],
  cobalt: ["cobalt"],
  potash: ["potash"],
  // farm and food goods
  grain: ["grain", "grains", "cereals", "feedgrains", "feed grains", "coarse grains"],
  wheat: ["wheat", "durum", "durum wheat"],
  "wheat bran": ["wheat bran", "bran"],
  corn: ["corn", "maize"],
  rice: ["rice"],
  barley: ["barley"],
  sorghum: ["sorghum"],
  oats: ["oats"],
  rye: ["rye"],
  soybeans: ["soybeans", "soybean", "soy beans", "soya beans", "soya", "soybean meal", "soymeal"],
  oilseeds: ["oilseeds", "oilseed", "rapeseed", "canola", "sunflowerseed", "copra", "palm kernel"],
  "vegetable oil": ["vegetable oil", "vegetable oils", "veg oil", "palm oil", "soybean oil", "soyoil", "sunflower oil", "rapeseed oil"],
  sugar: ["sugar", "raw sugar", "white sugar"],
  coffee: ["coffee"],
  cocoa: ["cocoa", "cocoa beans"],
  tea: ["tea"],
  cotton: ["cotton"],
  rubber: ["rubber"],
  tobacco: ["tobacco"],
  beef: ["beef"],
  pork: ["pork", "hogs", "pigmeat"],
  poultry: ["poultry", "chicken", "chickens"],
  lamb: ["lamb", "mutton"],
  meat: ["meat", "meats"],
  fish: ["fish", "seafood", "salmon", "tuna", "cod", "shrimp", "prawns"],
  hake: ["hake"],
  dairy: ["dairy", "dairy products", "milk", "butter", "cheese"],
  citrus: ["citrus", "citrus fruit", "citrus fruits", "oranges", "orange juice"],
  fruit: ["fruit", "fruits", "bananas", "apples"],
  vegetables: ["vegetables"],
  wine: ["wine", "wines"],
  livestock: ["livestock", "cattle", "cattle feed"],
  "cereals substitutes": ["cereals substitutes", "cereal substitutes"],
  "cereals by-products": ["cereals by-products", "cereal by-products", "cereals byproducts"],
};

/** The lexicon's own labels: a sector labelled otherwise is a goods phrase found in the text. */
export const SECTOR_LABELS: ReadonlySet<string> = new Set(Object.keys(SECTOR_FORMS));

/** Surface (lower-case, single spaces) → canonical sector label. */
export const SECTORS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [label, forms] of Object.entries(SECTOR_FORMS)) for (const f of forms) map.set(f, label);
  return map;
})();

export const MAX_SECTOR_WORDS = Math.max(...[...SECTORS.keys()].map((k) => k.split(/[\s-]+/).length));

/** Broad domains: extracted, but never the object of exports/imports on their own. */
export const BROAD_SECTORS: ReadonlySet<string> = new Set(["trade", "security", "investment", "technology", "defence", "manufacturing", "mining", "agriculture", "telecoms", "emissions", "climate change"]);

/** Policy domains rather than goods: a graph node only when something relates to them. */
export const DOMAIN_SECTORS: ReadonlySet<string> = new Set([...BROAD_SECTORS, "energy", "food", "fishing", "minerals"]);
