// Stage 3, mentions: countries (names, "U.S.", demonyms), places, sectors, titled people,
// organizations, agreements and events, each found with its kind and its name.
import { describe, expect, it } from "vitest";
import { mentionsOf, type MentionView } from "../../helpers/core-pipeline.js";

const has = (expected: Partial<MentionView>) => expect.arrayContaining([expect.objectContaining(expected)]);

describe("findMentions finds", () => {
  it.each<[string, string, Partial<MentionView>]>([
    // countries
    ["a country by name", "Officials in Norway said so.", { kind: "country", name: "Norway", canonical: "Norway" }],
    ["a two-word country", "Officials in South Korea said so.", { kind: "country", canonical: "South Korea" }],
    ["'U.S.' as the United States", "Officials in the U.S. said so.", { kind: "country", name: "U.S.", canonical: "United States" }],
    ["'US' in capitals as the United States", "The US said so.", { kind: "country", canonical: "United States" }],
    ["a demonym as its country", "The Japanese delegation arrived.", { kind: "country", name: "Japanese", canonical: "Japan" }],
    ["another demonym as its country", "The Norwegian envoy arrived.", { kind: "country", canonical: "Norway" }],
    // places
    ["a capital city as a place", "They met in Tokyo.", { kind: "place", name: "Tokyo" }],
    ["a region as a place", "They sailed to the Arctic.", { kind: "place", canonical: "Arctic" }],
    [
      "a lower-case election after a demonym",
      "The Chilean presidential election is in May.",
      { kind: "event", name: "Chilean presidential election" },
    ],
    ["a meeting named by its place", "The Oslo meeting ended late.", { kind: "event", name: "Oslo meeting" }],
    ["a summit named by two countries", "The Chile-Peru summit ended late.", { kind: "event", name: "Chile-Peru summit" }],
    ["goods after 'U.S.' with a wire-copy capital", "Japan buys U.S. Farm products.", { kind: "sector", canonical: "farm products" }],
    ["a company named for its goods", "Workers at Harbour Garments walked out.", { kind: "organization", name: "Harbour Garments" }],
    ["a direction + region as a place", "They sailed the North Pacific.", { kind: "place", canonical: "North Pacific" }],
    // sectors
    ["'liquified natural gas' (misspelt) as LNG", "Exports of liquified natural gas rose.", { kind: "sector", canonical: "LNG" }],
    ["'liquefied natural gas' as LNG", "Exports of liquefied natural gas rose.", { kind: "sector", canonical: "LNG" }],
    ["the acronym LNG", "Exports of LNG rose.", { kind: "sector", canonical: "LNG" }],
    ["a traded good", "Canada sells uranium.", { kind: "sector", canonical: "uranium" }],
    ["a policy domain", "They spoke about defence.", { kind: "sector", canonical: "defence" }],
    ["a synonym under its canonical label", "They spoke about defense.", { kind: "sector", canonical: "defence" }],
    // people
    [
      "'Foreign Minister Ana Ruiz' as a person with a role",
      "Foreign Minister Ana Ruiz spoke.",
      { kind: "person", name: "Ana Ruiz", leader: false },
    ],
    [
      "'Ambassador Tomas Berg' as a person with a role",
      "Ambassador Tomas Berg spoke.",
      { kind: "person", name: "Tomas Berg", leader: false },
    ],
    ["'President Ana Ruiz' as a leader", "President Ana Ruiz spoke.", { kind: "leader", name: "Ana Ruiz", leader: true }],
    ["'Prime Minister Tomas Berg' as a leader", "Prime Minister Tomas Berg spoke.", { kind: "leader", name: "Tomas Berg", leader: true }],
    ["'Premier Ana Ruiz' as a leader", "Premier Ana Ruiz spoke.", { kind: "leader", name: "Ana Ruiz" }],
    [
      "a name after a plural title, without it",
      "He served under Presidents Ana Ruiz and Tomas Berg.",
      { kind: "leader", name: "Ana Ruiz" },
    ],
    ["a name with a middle initial, whole", "Ana Ruiz met John F. Lind in Oslo.", { kind: "person", name: "John F. Lind" }],
    ["a titled name with a middle initial, whole", "Chairman James M. Holm spoke.", { kind: "person", name: "James M. Holm" }],
    [
      "'State Department' opening a sentence, whole",
      "State Department spokesman Tomas Berg spoke.",
      { kind: "organization", name: "State Department" },
    ],
    [
      "'Federal Reserve Board' opening a sentence before a title, whole",
      "Federal Reserve Board Chairman Tomas Berg spoke.",
      { kind: "organization", name: "Federal Reserve Board" },
    ],
    ["'King Tomas Berg of Norway' as a leader", "King Tomas Berg of Norway spoke.", { kind: "leader", name: "Tomas Berg" }],
    [
      "'Former President Ana Ruiz' as a person, not a leader",
      "Former President Ana Ruiz spoke.",
      { kind: "person", name: "Ana Ruiz", leader: false },
    ],
    [
      "'Deputy Prime Minister Ana Ruiz' as a person, not a leader",
      "Deputy Prime Minister Ana Ruiz spoke.",
      { kind: "person", name: "Ana Ruiz", leader: false },
    ],
    ["an untitled two-word name as a person", "Ana Ruiz spoke.", { kind: "person", name: "Ana Ruiz" }],
    // a body's head is no head of state
    [
      "'central bank president X' as a person",
      "Rates will stay, central bank president Ana Ruiz said.",
      { kind: "person", name: "Ana Ruiz", leader: false },
    ],
    [
      "'X, president of <a firm>' as a person",
      "Tomas Berg, president of Nordvik Amusements, spoke.",
      { kind: "person", name: "Tomas Berg", leader: false },
    ],
    [
      "'Bank of <country> Governor X' as a person after the bank",
      "Bank of Norway Governor Ana Ruiz spoke.",
      { kind: "person", name: "Ana Ruiz", leader: false },
    ],
    [
      "'Bank of <country> Governor X': the bank",
      "Bank of Norway Governor Ana Ruiz spoke.",
      { kind: "organization", name: "Bank of Norway" },
    ],
    ["'Prince X' as a person, not a leader", "Prince Tomas Berg spoke.", { kind: "person", name: "Tomas Berg", leader: false }],
    [
      "'Lord Chancellor X' as a person, not a leader",
      "Lord Chancellor Tomas Berg spoke.",
      { kind: "person", name: "Tomas Berg", leader: false },
    ],
    [
      "'(acronym) president X' as a body's head",
      "She was given pills by Nordvik Laboratories (NLab) president Tomas Berg.",
      { kind: "person", name: "Tomas Berg", leader: false },
    ],
    [
      "'Lord Chancellor Lord X' as a person",
      "A plea by Lord Chancellor Lord Berg failed.",
      { kind: "person", name: "Berg", leader: false },
    ],
    [
      "'The Prime Minister, X,' opening a sentence as a leader",
      "The Prime Minister, Tomas Berg, said so.",
      { kind: "leader", name: "Tomas Berg" },
    ],
    [
      "'…, Queen, X' in a list of bands as no title",
      "Songs by Nordic Choir, Queen, Ana Ruiz and others won.",
      { kind: "person", name: "Ana Ruiz" },
    ],
    ["'the Berg Presidency' as Berg's", "It was the hardest year of the Berg Presidency, he said.", { kind: "name", name: "Berg" }],
    [
      "'Kings And Queen, X': a film's title word is no title",
      "He won for Kings And Queen, Tomas Berg for another film.",
      { kind: "person", name: "Tomas Berg" },
    ],
    [
      "'<body> …, its governor, X,' as a person",
      "The Nordic Bank does not favour new rules, its governor, Ana Ruiz, said.",
      { kind: "person", name: "Ana Ruiz", leader: false },
    ],
    [
      "'<country> …, its president, X,' as a leader",
      "Chile does not favour new rules, its president, Ana Ruiz, said.",
      { kind: "leader", name: "Ana Ruiz" },
    ],
    [
      "'<body> …, X, its governor,' as a person",
      "The Nordic Bank does not favour new rules, Ana Ruiz, its governor, said.",
      { kind: "person", name: "Ana Ruiz", leader: false },
    ],
    [
      "'<country> …, X, its president,' as a leader",
      "Chile does not favour new rules, Ana Ruiz, its president, said.",
      { kind: "leader", name: "Ana Ruiz" },
    ],
    [
      "'X, formerly president of American <firm>' as a person",
      "Ana Ruiz, formerly president of American Nordchem, was named.",
      { kind: "person", name: "Ana Ruiz", leader: false },
    ],
    [
      "'Nordbank President X' as the bank's person",
      "He met Nordbank President Ana Ruiz in Oslo.",
      { kind: "person", name: "Ana Ruiz", leader: false },
    ],
    ["a name with a German particle, whole", "Dieter zur Berg, a banker, spoke.", { kind: "person", name: "Dieter zur Berg" }],
    ["'X, president of <country>' still a leader", "Tomas Berg, president of Norway, spoke.", { kind: "leader", name: "Tomas Berg" }],
    // organizations
    [
      "'Northland Shipping Corporation' as an organization",
      "Northland Shipping Corporation said so.",
      { kind: "organization", name: "Northland Shipping Corporation" },
    ],
    ["a council without its article", "The Nordic Fisheries Council said so.", { kind: "organization", name: "Nordic Fisheries Council" }],
    ["a 'Ministry of …' name", "The Ministry of Fisheries said so.", { kind: "organization", name: "Ministry of Fisheries" }],
    ["a navy named with a demonym", "The Royal Norwegian Navy sailed.", { kind: "organization", name: "Royal Norwegian Navy" }],
    // agreements
    ["a capitalized '… Agreement'", "They signed the Blue Harbour Agreement.", { kind: "agreement", name: "Blue Harbour Agreement" }],
    ["a 'Treaty of …' name", "They signed the Treaty of Bergen.", { kind: "agreement", name: "Treaty of Bergen" }],
    [
      "a lower-case 'long-term Canada-Norway grain agreement'",
      "They signed a long-term Canada-Norway grain agreement.",
      { kind: "agreement", name: "long-term Canada-Norway grain agreement" },
    ],
    [
      "a lower-case 'strategic partnership agreement'",
      "They signed a strategic partnership agreement.",
      { kind: "agreement", name: "strategic partnership agreement" },
    ],
    // events
    ["'Operation Bluewater' as an event", "Operation Bluewater began.", { kind: "event", name: "Operation Bluewater" }],
    ["'Exercise Cold Harbour' as an event", "Exercise Cold Harbour began.", { kind: "event", name: "Exercise Cold Harbour" }],
    ["a summit as an event", "The Bergen Summit opened.", { kind: "event", name: "Bergen Summit" }],
  ])("%s", (_name, text, expected) => {
    expect(mentionsOf(text)).toEqual(has(expected));
  });
});

describe("findMentions does not find", () => {
  const kinds = (text: string) =>
    mentionsOf(text)
      .filter((m) => m.kind !== "name")
      .map((m) => `${m.kind}:${m.name}`);

  it.each<[string, string, string[]]>([
    ["a country in the lower-case pronoun 'us'", "They told us the news.", []],
    ["a country in the food 'turkey'", "The minister ate turkey for dinner.", []],
    // what is bought is a good: the dishes are one, the country is not
    ["a country in the dishes 'china'", "He bought fine china in a shop.", ["sector:fine china"]],
    ["a weekday", "Talks resumed on Monday.", []],
    ["a sector in a workers' union", "He met industrialists and trade union leaders.", []],
    ["a title as part of the name", "President Ana Ruiz spoke.", ["leader:Ana Ruiz"]],
    ["the article 'The' as part of an organization", "The Nordic Fisheries Council met.", ["organization:Nordic Fisheries Council"]],
    ["a person in a capital city name", "They met in Tokyo.", ["place:Tokyo"]],
    ["an organization in a verb form opening the sentence", "Murdered director Ana Ruiz was remembered.", ["person:Ana Ruiz"]],
    ["an agreement in 'No agreement'", "No agreement was reached on Monday.", []],
    ["a leader in an adverb opening a sentence", "Firstly, the prime minister insisted on it.", []],
    ["a sector in an office's title", "Defense Secretary Ana Ruiz said so.", ["person:Ana Ruiz"]],
    ["a place in a firm named after a region", "Atlantic Telesis said profits rose.", []],
    [
      "a leader in a source before the main clause",
      "According to the Nordic Times, the prime minister wants to end talks.",
      ["organization:Nordic Times"],
    ],
    ["a leader in a metaphor's lower-case 'king'", "Coach hails comeback king Tomas Berg.", ["person:Tomas Berg"]],
  ])("%s", (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe("findMentions and lower-case heads", () => {
  it("finds no agreement in a car called a compact", () => {
    expect(mentionsOf("Sales of the Nordvik Star compact rose.").filter((m) => m.kind === "agreement")).toEqual([]);
  });
});

describe("findMentions prefers the longest vocabulary match", () => {
  it("'British Columbia' as one place", () => {
    expect(mentionsOf("He spoke in British Columbia.")).toEqual([expect.objectContaining({ kind: "place", name: "British Columbia" })]);
  });
});
