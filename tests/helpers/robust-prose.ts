// robust-prose: invented news prose for the robustness suite, written for this project: a few
// stories, generators of many distinct articles and of very large ones, and hostile text.
// Every generated line differs from the others (the clean stage drops repeated lines).

const FIRST = ["Ana", "Tomas", "Lena", "Pavel", "Mira", "Oskar", "Ines", "Jonas", "Rita", "Emil", "Sofia", "Karim"] as const;
const LAST = ["Ruiz", "Berg", "Novak", "Lind", "Sato", "Moreau", "Costa", "Varga", "Holm", "Kerr", "Duarte", "Okafor"] as const;
const COUNTRIES = ["Chile", "Norway", "Japan", "Kenya", "Peru", "Canada", "Egypt", "Brazil", "Poland", "Ghana"] as const;
const CITIES = ["Oslo", "Lima", "Nairobi", "Tokyo", "Warsaw", "Accra", "Cairo", "Ottawa"] as const;
const GOODS = ["copper", "salmon", "wheat", "coffee", "timber", "steel"] as const;

const pick = <T>(list: readonly T[], i: number): T => list[((i % list.length) + list.length) % list.length]!;

/** Two short stories that give a small graph with every common relation. */
export const STORY_A =
  "date 2026-03-06\nPresident Ana Ruiz of Chile met Foreign Minister Tomas Berg in Oslo on Monday.\nThe two leaders spoke about fishing quotas and port fees.\n";
export const STORY_B =
  "Chile and Norway signed the Blue Harbour Agreement, which covers fishing and energy.\nNorway exports salmon to Chile, officials said on Tuesday.\n";

/** Article number `i`: a different pair of people, country and city each time. */
export function story(i: number): string {
  const a = `${pick(FIRST, i)} ${pick(LAST, i * 7 + 3)}`;
  const b = `${pick(FIRST, i * 5 + 1)} ${pick(LAST, i * 3 + 2)}`;
  return `Trade Minister ${a} of ${pick(COUNTRIES, i)} met ${b} in ${pick(CITIES, i)} on day ${i} of the talks.\n`;
}

/** Paragraph `i` of a long article: a meeting, an export and filler, with its number so no line repeats. */
export function paragraph(i: number): string {
  const c = pick(COUNTRIES, i);
  const d = pick(COUNTRIES, i * 3 + 1);
  const people = `${pick(FIRST, i)} ${pick(LAST, i * 7)}`;
  return (
    `Foreign Minister ${people} of ${c} met delegates in ${pick(CITIES, i)} for round ${i} of the talks. ` +
    `${c} exports ${pick(GOODS, i)} to ${d}, the ministry said in note ${i}. ` +
    `The harbour office kept its doors open late, and clerk number ${i} filed the day's papers.\n\n`
  );
}

/** Filler paragraph `i`: no names at all, so it costs the extractor little. */
export function filler(i: number): string {
  return `the port stayed quiet on day ${i} while the clerks counted crates of fruit and rope, and nobody said much about the weather ${i}.\n`;
}

/** An article of about `bytes` UTF-8 bytes: a story every `storyEvery` paragraphs, filler in between. */
export function longArticle(bytes: number, storyEvery = 40): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = i % storyEvery === 0 ? paragraph(i) : filler(i);
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join("").slice(0, bytes);
}

/** One line of about `chars` characters: sentences without a line break between them. */
export function longLine(chars: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const p = i % 20 === 0 ? paragraph(i).replace(/\n/g, " ") : filler(i).replace(/\n/g, " ");
    parts.push(p);
    size += p.length;
  }
  return parts.join("").slice(0, chars).trimEnd() + "\n";
}

/** Markup, XML-breaking sequences, quotes and emoji around names the extractor finds. */
export const HOSTILE_STORY = [
  "President Ana Ruiz of Chile met Foreign Minister Tomas Berg in Oslo <script>window.__pwned = 1</script> on Monday.",
  'Chile and Norway signed the "Blue & Harbour" Agreement ]]> <![CDATA[ x ]]> which covers fishing & energy.',
  "Norway exports salmon to Chile 🐟🇨🇱 — 'it's a start', said O'Brien & Sons <img src=x onerror=alert(1)>.",
  "Emoji 👩‍👩‍👧‍👦 and quotes “ ” ‘ ’ \" ' ` and entities &amp; &lt; &#x3C; &#0; stay text.",
  "",
].join("\n");

/** Control characters (C0, DEL, C1) inside a story that still has a relation to find. */
export const CONTROL_STORY =
  "President Ana Ruiz\u0001 of Chile met\u0007 Foreign Minister Tomas Berg\u001b[31m in Oslo on Monday.\u000c\n" +
  "Chile\u000b and Norway signed the Blue Harbour Agreement.\u007f\u0085\u009b\n";
