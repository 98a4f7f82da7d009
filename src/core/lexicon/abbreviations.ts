// Words that end with a period without ending a sentence ("Mr.", "Jan.", "Corp.").

export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col", "maj", "capt", "cmdr", "adm",
  "sgt", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "sec", "no", "nos", "vol", "pp", "fig", "approx", "est",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "inc", "corp", "co", "ltd", "plc", "bros", "dept", "univ", "assn", "vs", "etc", "al", "cf", "ca",
]);
