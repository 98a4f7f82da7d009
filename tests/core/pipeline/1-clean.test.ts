// Stage 1, clean: page leftovers are dropped, the story is kept, a date header is read.
import { describe, expect, it } from "vitest";
import { cleaned, graphOf } from "../../helpers/core-pipeline.js";

const BEFORE = "The ferry to Bergen left the harbour on time.";
const AFTER = "Fares will stay the same until the autumn.";
const around = (line: string) => `${BEFORE}\n\n${line}\n\n${AFTER}\n`;

describe("cleanArticle drops a page leftover line", () => {
  it.each<[string, string]>([
    ["a weekday date line", "Saturday, March 7, 2026"],
    ["a day-month-year date line", "06 Mar, 2026"],
    ["an ISO date line", "2026-03-06"],
    ["ADVT", "ADVT"],
    ["an Advertisement label", "Advertisement"],
    ["a photo credit", "Photo credit: Lena Holm"],
    ["a photo courtesy line", "Photo courtesy of the Harbour Authority"],
    ["a picture credit in parentheses", "Picture (Lena Holm/Harbour Wire)"],
    ["a 'With files from' line", "With files from the Northern Wire"],
    ["a bracketed 'with files from' line", "(with files from Lena Holm)"],
    ["a bullet line", "• Quotas will fall by ten per cent next year"],
    ["a byline with a timestamp", "Staff Writer The Harbour Post, 06 Mar, 2026 09:56 AM"],
    ["a 'Read more' line", "Read more: Ferry fares rise again"],
  ])("drops %s", (_name, line) => {
    const { kept, dropped } = cleaned(around(line));
    expect(dropped).toContain(line);
    expect(kept).toEqual([BEFORE, AFTER]);
  });
});

describe("cleanArticle drops a byline", () => {
  it("drops 'By Lena Holm'", () => {
    expect(cleaned(around("By Lena Holm")).dropped).toContain("By Lena Holm");
  });
});

describe("cleanArticle keeps story lines that look like leftovers", () => {
  it.each<[string, string]>([
    ["a sentence opening with 'By'", "By noon the ferry had reached the open sea."],
    ["a sentence opening with 'Share'", "Share prices of the ferry company rose on Monday."],
    ["a sentence mentioning a photo", "Photographers waited on the pier for the ship."],
    ["a sentence with a date inside it", "The route opened on March 7, 2026 after a long delay."],
    ["a sentence opening with 'More'", "More ferries will sail to Bergen next summer."],
  ])("keeps %s", (_name, line) => {
    expect(cleaned(around(line)).kept).toEqual([BEFORE, line, AFTER]);
  });
});

describe("cleanArticle on blocks of leftovers", () => {
  it("drops a 'MORE … ARTICLES' teaser block and everything after it", () => {
    const text = `${BEFORE}\n\nMORE WORLD ARTICLES\nA fox was seen in a library.\nTrains run late in the snow.\n`;
    const { kept, dropped } = cleaned(text);
    expect(kept).toEqual([BEFORE]);
    expect(dropped).toEqual(["MORE WORLD ARTICLES", "A fox was seen in a library.", "Trains run late in the snow."]);
  });

  it("drops a 'Related stories' teaser block", () => {
    const { kept } = cleaned(`${BEFORE}\n\nRelated stories\nA fox was seen in a library.\n`);
    expect(kept).toEqual([BEFORE]);
  });

  it("drops the second copy of a repeated line and keeps the first", () => {
    const { kept, dropped } = cleaned(`${BEFORE}\n\n${AFTER}\n\n${BEFORE}\n`);
    expect(kept).toEqual([BEFORE, AFTER]);
    expect(dropped).toEqual([BEFORE]);
  });

  it("keeps a short repeated line (a one-word heading is not boilerplate)", () => {
    expect(cleaned("Oslo\n\nOslo\n").kept).toEqual(["Oslo", "Oslo"]);
  });

  it("joins lines wrapped inside one paragraph into one block", () => {
    expect(cleaned("The ferry to Bergen left\nthe harbour on time.\n\nFares stay the same.").kept).toEqual([
      "The ferry to Bergen left\nthe harbour on time.",
      "Fares stay the same.",
    ]);
  });

  it("keeps the story paragraphs in order when leftovers are mixed in", () => {
    const text = ["Saturday, March 7, 2026", BEFORE, "ADVT", "Photo credit: Lena Holm", AFTER, "With files from the Northern Wire"].join(
      "\n\n",
    );
    expect(cleaned(text).kept).toEqual([BEFORE, AFTER]);
  });
});

describe("cleanArticle reads a date header", () => {
  it.each<[string, string, string | undefined]>([
    ["a leading 'date YYYY-MM-DD' line", `date 2026-03-06\n${BEFORE}`, "2026-03-06"],
    ["a leading header in capitals", `DATE 2026-03-06\n${BEFORE}`, "2026-03-06"],
    ["a header after blank lines", `\n\ndate 2026-03-06\n${BEFORE}`, "2026-03-06"],
    ["no header", BEFORE, undefined],
    ["a 'date' line that is not first", `${BEFORE}\ndate 2026-03-06\n`, undefined],
    ["a date header that is not ISO", `date March 6, 2026\n${BEFORE}`, undefined],
  ])("with %s", (_name, text, date) => {
    expect(cleaned(text).article.date).toBe(date);
  });

  it("does not keep the header as story", () => {
    expect(cleaned(`date 2026-03-06\n${BEFORE}`).kept).toEqual([BEFORE]);
  });

  it("puts the date into the graph's article list", () => {
    expect(graphOf(`date 2026-03-06\n${BEFORE}`).getAttribute("articles")).toEqual([{ id: "a.txt", date: "2026-03-06" }]);
  });
});
