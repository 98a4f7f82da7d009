// Stage 4, resolve: one entity per real thing, however it is named, across articles.
import { describe, expect, it } from "vitest";
import { edgesOf, graphOf, nodeByLabel, nodesOf } from "../../helpers/core-pipeline.js";

describe("resolveEntities joins the names of one thing", () => {
  it.each<[string, string[], string, string, string[]]>([
    // [case, texts, kind, label, aliases]
    [
      "full name, surname and family-name-first order",
      ["Ana Ruiz arrived on Monday. Ruiz said the talks went well. Ruiz Ana is how the press wrote her name."],
      "person",
      "Ana Ruiz",
      ["Ana Ruiz", "Ruiz", "Ruiz Ana"],
    ],
    [
      "a titled surname with the full name",
      ["Ana Ruiz arrived in Oslo on Monday. President Ruiz said the talks went well."],
      "leader",
      "Ana Ruiz",
      ["Ana Ruiz", "Ruiz"],
    ],
    [
      "a surname in another article",
      ["Ana Ruiz arrived in Oslo.", "Ruiz left Oslo on Friday."],
      "person",
      "Ana Ruiz",
      ["Ana Ruiz", "Ruiz"],
    ],
    [
      "an organization and its acronym defined in parentheses",
      ["The Northern Fisheries Organization (NFO) met. The NFO set quotas."],
      "organization",
      "Northern Fisheries Organization",
      ["NFO", "Northern Fisheries Organization"],
    ],
    [
      "an agreement and its acronym defined in parentheses",
      ["The Blue Harbour Agreement (BHA) was signed on Monday. Critics say the BHA is weak."],
      "agreement",
      "Blue Harbour Agreement",
      ["BHA", "Blue Harbour Agreement"],
    ],
    [
      "'U.S.', 'US' and 'United States'",
      ["Officials in the U.S. said so. The US agreed. The United States will pay."],
      "country",
      "United States",
      ["U.S.", "US", "United States"],
    ],
    ["a country and its demonym", ["The Japanese delegation arrived in Japan."], "country", "Japan", ["Japan", "Japanese"]],
    [
      "an acronym defined by apposition",
      ["The review of NFA, the Northern Fisheries Agreement, starts soon. NFA talks resume."],
      "agreement",
      "Northern Fisheries Agreement",
      ["NFA", "Northern Fisheries Agreement"],
    ],
    [
      "a description and the article's named agreement",
      [
        "Chile and Norway signed the Blue Harbour Partnership. The Blue Harbour Partnership took effect. The strategic partnership agreement covers fishing.",
      ],
      "agreement",
      "Blue Harbour Partnership",
      ["Blue Harbour Partnership", "strategic partnership agreement"],
    ],
    ["a hyphenated given name", ["Finance Minister Kim Mahn-je spoke. Kim Mahn-je later left."], "person", "Kim Mahn-je", ["Kim Mahn-je"]],
    [
      "plural head nouns",
      ["The Nordland Navy sailed. The Nordland Navy and the Nordland Navies returned."],
      "organization",
      "Nordland Navy",
      ["Nordland Navies", "Nordland Navy"],
    ],
    [
      "an acronym before its long name in parentheses",
      ["Talks under NFA (Northern Fisheries Agreement) resumed. NFA rules apply."],
      "agreement",
      "Northern Fisheries Agreement",
      ["NFA", "Northern Fisheries Agreement"],
    ],
    [
      "an undefined acronym of a name already seen",
      ["The Nordic Fisheries Council met in Oslo. Later the NFC set quotas."],
      "organization",
      "Nordic Fisheries Council",
      ["NFC", "Nordic Fisheries Council"],
    ],
    [
      "a description naming a defined acronym",
      ["The Northern Fisheries Agreement (NFA) ends soon. The NFA pact helped Chile."],
      "agreement",
      "Northern Fisheries Agreement",
      ["NFA", "NFA pact", "Northern Fisheries Agreement"],
    ],
    [
      "-isation and -ization spellings",
      ["The Nordic Trade Organisation met.", "The Nordic Trade Organization met again."],
      "organization",
      "Nordic Trade Organisation",
      ["Nordic Trade Organisation", "Nordic Trade Organization"],
    ],
    [
      "a shorter name inside a longer one",
      ["Minister Tomas Berg Holm arrived. Berg Holm said talks went well."],
      "person",
      "Tomas Berg Holm",
      ["Berg Holm", "Tomas Berg Holm"],
    ],
    ["'also known as'", ["Tomas Berg, also known as Lars Holm, spoke."], "person", "Tomas Berg", ["Lars Holm", "Tomas Berg"]],
    [
      "an organization followed by its acronym",
      ["The Nordic Press Agency NPA reported it."],
      "organization",
      "Nordic Press Agency NPA",
      ["Nordic Press Agency NPA"],
    ],
    ["'the ports of X and Y' as places", ["Goods arrive at the ports of Vestbyhavn and Nordvik."], "place", "Nordvik", ["Nordvik"]],
    ["'X in <country>' as a place", ["Trains stop at Vestbyhavn in northern Norway."], "place", "Vestbyhavn", ["Vestbyhavn"]],
    ["'X province' as a place", ["A rail link will reach Vestland province next year."], "place", "Vestland", ["Vestland"]],
    [
      "a dated description and the article's accord of that head",
      ["Chile reiterated its commitment to last December's Lima accord. Peru backed the December accord."],
      "agreement",
      "Lima accord",
      ["December accord", "Lima accord"],
    ],
    [
      "an untyped name spelled out by a body's acronym",
      ["Air Nordia will buy planes from Avions de Vestra Regional (AVR). AVR said so."],
      "organization",
      "Avions de Vestra Regional",
      ["AVR", "Avions de Vestra Regional"],
    ],
    [
      "a company's stock symbol in angle brackets",
      ["Nordvik Holdings Inc <NRDV> said profits rose. The NRDV board met."],
      "organization",
      "Nordvik Holdings Inc",
      ["NRDV", "Nordvik Holdings Inc"],
    ],
    [
      "a symbol with an exchange suffix",
      ["Vestra Steel AG <VSTG.F> said it would cut jobs."],
      "organization",
      "Vestra Steel AG",
      ["VSTG", "Vestra Steel AG"],
    ],
    [
      "'LNG' and 'liquefied natural gas'",
      ["Exports of LNG rose. Japan buys liquefied natural gas."],
      "sector",
      "LNG",
      ["LNG", "liquefied natural gas"],
    ],
  ])("%s", (_name, texts, kind, label, aliases) => {
    const graph = graphOf(...texts);
    const matching = graph.filterNodes((_, a) => a.kind === kind && aliases.some((x) => a.aliases.includes(x)));
    expect(matching).toHaveLength(1);
    expect(graph.getNodeAttributes(matching[0]!)).toMatchObject({ kind, label, aliases });
  });

  it("labels a body by its acronym where the acronym is written in capitals more often than in title case", () => {
    expect(nodesOf(graphOf("NFO met. NFO agreed. Nfo said so."))).toContain("organization:NFO");
  });

  it("takes a one-word name in angle brackets for a company, and a stock symbol for its company in that article only", () => {
    const graph = graphOf(
      "The board agreed to supply his company <Vestrapak> with beans. Nordvik Holdings Inc <NH> said so.",
      "NH talks resumed.",
    );
    expect(nodesOf(graph)).toEqual(["organization:NH", "organization:Nordvik Holdings Inc", "organization:Vestrapak"]);
  });

  it("lists every article that names the entity", () => {
    expect(nodeByLabel(graphOf("Ana Ruiz arrived in Oslo.", "Ruiz left Oslo on Friday."), "Ana Ruiz")?.articles).toEqual([
      "a.txt",
      "b.txt",
    ]);
  });

  it("counts every mention of the entity", () => {
    expect(nodeByLabel(graphOf("Ana Ruiz arrived. Ruiz spoke. Ruiz left."), "Ana Ruiz")?.mentions).toBe(3);
  });

  it("labels a titled person without the title", () => {
    expect(nodesOf(graphOf("Foreign Minister Ana Ruiz spoke."))).toEqual(["person:Ana Ruiz"]);
  });

  it("labels a place seen only in capitals in title case, and keeps the written form as an alias", () => {
    const graph = graphOf("The vote in COLORADO was close.");
    expect(nodesOf(graph)).toEqual(["place:Colorado"]);
    expect(nodeByLabel(graph, "Colorado")?.aliases).toContain("COLORADO");
  });
});

describe("resolveEntities keeps different things apart", () => {
  it.each<[string, string[], string[]]>([
    ["two people sharing a surname", ["Ana Ruiz arrived on Monday. Pablo Ruiz stayed home."], ["person:Ana Ruiz", "person:Pablo Ruiz"]],
    ["two people sharing a first name", ["Ana Ruiz arrived. Ana Berg left."], ["person:Ana Berg", "person:Ana Ruiz"]],
    ["a country and a capital", ["Officials in Norway and Oslo agreed."], ["country:Norway", "place:Oslo"]],
  ])("%s", (_name, texts, expected) => {
    expect(nodesOf(graphOf(...texts))).toEqual(expected);
  });

  it("does not join an ambiguous surname to either person", () => {
    const graph = graphOf("Ana Ruiz arrived in Oslo. Pablo Ruiz stayed home. Ruiz said nothing.");
    expect([nodeByLabel(graph, "Ana Ruiz")?.aliases, nodeByLabel(graph, "Pablo Ruiz")?.aliases]).toEqual([["Ana Ruiz"], ["Pablo Ruiz"]]);
  });
});

describe("resolveEntities types a name without a title by what the articles say around it", () => {
  it.each<[string, string[], string[], string[]]>([
    // [case, texts, nodes that must be there ("kind:label"), labels that must not]
    ["a name opening with a given name is a person's", ["Marta Lindqvist spoke in Oslo on Monday."], ["person:Marta Lindqvist"], []],
    [
      "a bare name that recurs is an organization",
      ["Vestra Kraft cut its prices. Analysts expect Vestra Kraft to cut them again."],
      ["organization:Vestra Kraft"],
      [],
    ],
    [
      "a name later called 'Mr X' is a person's",
      ["Oskarsson Vikdal spoke on Monday. Oskarsson Vikdal then left. Mr Vikdal said the talks went well."],
      ["person:Oskarsson Vikdal"],
      [],
    ],
    [
      "a name later called by its last word, speaking, is a person's",
      ["Oskarsson Vikdal spoke on Monday. Oskarsson Vikdal then left, and Vikdal said the talks went well."],
      ["person:Oskarsson Vikdal"],
      [],
    ],
    [
      "a name opening with a given name that the articles speak of only as a body is an organization's",
      ["Analyst Lena Holm of Morgan Vestby said the shares were cheap.", "Tomas Berg, an economist at Morgan Vestby, agreed."],
      ["organization:Morgan Vestby"],
      [],
    ],
    [
      "... though a deal's lead manager is titled like a person",
      [
        "Analyst Lena Holm of Morgan Vestby said the shares were cheap.",
        "Tomas Berg, an economist at Morgan Vestby, agreed. Analysts at Morgan Vestby expect more.",
        "The issue was priced at par, said lead manager Morgan Vestby.",
      ],
      ["organization:Morgan Vestby"],
      [],
    ],
    [
      "... but not one the articles also name as a person",
      ["Analyst Lena Holm of Morgan Vestby said the shares were cheap.", "Morgan Vestby, 52, said he agreed."],
      ["person:Morgan Vestby"],
      [],
    ],
    [
      "a name some article writes with a firm's legal form is that firm's, though it opens with a given name",
      ["Morgan Canada Ltd said it raised crude prices.", "Morgan Canada said it cut jobs. Morgan Canada is owned by a Dutch group."],
      ["organization:Morgan Canada"],
      [],
    ],
    [
      "a party's name opening with a given name, and one member of a party",
      ["Christian Democrat leaders met in Bonn on Monday.", "John Kohl, a Texas Democrat, spoke."],
      ["organization:Christian Democrat"],
      ["Texas Democrat"],
    ],
    [
      "an organization's words around a name",
      ["Vestra Kraft shares fell on Monday.", "The carrier Nordfly Ekspress grew."],
      ["organization:Vestra Kraft", "organization:Nordfly Ekspress"],
      [],
    ],
    [
      "an outlet before a person's name stays apart",
      ["Nordvik TV Anna Berg reported from Oslo. Anna Berg said more was to come."],
      ["person:Anna Berg"],
      ["Nordvik TV Anna Berg"],
    ],
    [
      "a sentence opener the articles write in lower case",
      ["Rival Vestra Kraft cut its prices, and its rival answered. Vestra Kraft said so."],
      ["organization:Vestra Kraft"],
      ["Rival Vestra Kraft"],
    ],
    [
      "a participle opening a sentence",
      ["Injured Anna Berg missed the final. Berg hopes to play next week."],
      ["person:Anna Berg"],
      ["Injured Anna Berg"],
    ],
    [
      "the plural of an acronym is a common noun",
      ["Several Nordland MPs voted against it. Nordland MPs said so."],
      [],
      ["MPs", "Nordland MPs"],
    ],
    [
      "a name owning the title in an apposition is an organization",
      ["Anna Berg, Vestra's chief operating officer, spoke."],
      ["person:Anna Berg", "organization:Vestra"],
      [],
    ],
    [
      "a body's head before 'of'",
      ["Nordvik filed with the Vestland Department of Public Works on Monday."],
      ["organization:Vestland Department of Public Works"],
      [],
    ],
    ["a name ending on goods is a company's", ["Westra Timber sold two mills."], ["organization:Westra Timber"], []],
    [
      "a name seen once that ends on a common word is no person's",
      ["Analysts praised Vestra Shopping. Online shopping grew, and shopping habits changed."],
      ["organization:Vestra Shopping"],
      [],
    ],
    [
      "an ampersand and a legal form make a firm's name",
      ["Shares of Vestra & Berg rose.", "AB Nordvik said it would grow."],
      ["organization:Vestra & Berg", "organization:AB Nordvik"],
      [],
    ],
    [
      "a people's adjective before a title in an apposition is no employer",
      ["Ana Ruiz, the European trade commissioner, spoke."],
      ["person:Ana Ruiz"],
      ["European"],
    ],
    [
      "a sports club's name is no person's",
      ["Queens Vestby Rangers beat Oslo.", "Ostrava United and Vestby Rovers drew."],
      ["organization:Queens Vestby Rangers", "organization:Ostrava United", "organization:Vestby Rovers"],
      [],
    ],
    [
      "a party's name with and without 'Party'",
      ["The Vestrists attacked the plan. Vestrist leader Ana Ruiz spoke for the Vestrist Party. The Vestrists said so."],
      ["organization:Vestrists"],
      ["Vestrist Party"],
    ],
    ["a country owning a bare name", ["Nordfly copies budget airlines such as Ireland's Vestrair."], ["organization:Vestrair"], []],
    [
      "a list led by a body's noun",
      ["GM struggles with its marques Vestrum and Nordia."],
      ["organization:Vestrum", "organization:Nordia"],
      [],
    ],
    [
      "a bare name listed with an organization",
      ["After an evaluation of both ATR and Vestravia aircraft, the airline chose ATR."],
      ["organization:Vestravia"],
      [],
    ],
    ["the maker before a model's code", ["The airline ordered 30 Vestravia A320 planes."], ["organization:Vestravia"], []],
    ["an acronym after a demonym", ["The part-Turkish VTK consortium built the airport."], ["organization:VTK", "country:Turkey"], []],
  ])("%s", (_name, texts, present, absent) => {
    const nodes = nodesOf(graphOf(...texts));
    for (const n of present) expect(nodes).toContain(n);
    for (const label of absent) expect(nodes.map((n) => n.slice(n.indexOf(":") + 1))).not.toContain(label);
  });

  it("'Ana Ruiz of X, Fla.' names a town, not a body", () => {
    const nodes = nodesOf(graphOf("The land was sold to developers Lena Holm of Morgan Vestby, Fla., and Tomas Berg."));
    expect(nodes).not.toContain("organization:Morgan Vestby");
  });

  it("a person typed only by default does not take in another article's bare surname", () => {
    const graph = graphOf("Solvik Kraft spoke once.", "Shares in Kraft rose, and Kraft grew.");
    expect(nodeByLabel(graph, "Solvik Kraft")).toMatchObject({ kind: "person", aliases: ["Solvik Kraft"] });
  });
});

describe("resolveEntities keeps apart what only looks alike", () => {
  it("an acronym does not join a name spelled out in one other story when many stories use it", () => {
    const texts = [
      "The Vestland Fisheries Board (VFB) met in Oslo.",
      ...Array.from({ length: 5 }, (_, i) => `Shares in NB rose ${i + 2} pct.`),
      "Nordic Bergen opened a plant, and Nordic Bergen hired staff.",
    ];
    const graph = graphOf(...texts);
    expect(nodeByLabel(graph, "Nordic Bergen")?.aliases).not.toContain("NB");
  });

  it("'Queens' before a club's name is no plural title", () => {
    expect(nodesOf(graphOf("Queens Park Rovers beat Oslo on Saturday."))).not.toContain("leader:Park Rovers");
  });
});

describe("resolveEntities with a gazetteer of cities", () => {
  it("a city's name alone is the city, not a person of another article whose name has that word", async () => {
    const { runPipeline } = await import("../../../src/core/index.js");
    const gazetteer = { cities: new Map([["vestby", "Vestby"]]), towns: new Map<string, string>() };
    const graph = runPipeline(
      [
        { id: "a.txt", text: "Vestby Rovers chief executive Anna Berg spoke. Anna Berg said so." },
        { id: "b.txt", text: "Trains to Vestby were late. In Vestby, rain fell." },
      ],
      { layout: false, gazetteer },
    );
    const rovers = graph.findNode((_, a) => a.label === "Vestby Rovers");
    if (rovers) expect(graph.getNodeAttributes(rovers).aliases).not.toContain("Vestby");
    expect(graph.findNode((_, a) => a.label === "Vestby" && a.kind === "place")).toBeDefined();
  });
});

describe("resolveEntities and common words capitalized by a sentence or a table", () => {
  it("a bare capitalized word written in lower case elsewhere joins no person of another article", () => {
    const graph = graphOf(
      "Profits rose. Net income was up, and net sales grew.",
      "Anna Net spoke in Oslo. Net 5 mln vs 4 mln.",
      "Net 3 mln vs 2 mln. The net gain was small, and net debt fell.",
    );
    expect(nodeByLabel(graph, "Anna Net")?.articles ?? ["b.txt"]).toEqual(["b.txt"]);
  });
});

describe("a purpose names an agreement with what it acts on", () => {
  it("'an agreement to acquire' a company is a deal with both companies as parties, labelled with the company", () => {
    const g = graphOf("Vestra Kraft Inc signed an agreement to acquire Nordfly Air for 12 mln dlrs.");
    expect(nodesOf(g).filter((n) => n.startsWith("agreement:"))).toEqual(["agreement:agreement to acquire Nordfly Air"]);
    expect(edgesOf(g, "signed")).toEqual([
      "Nordfly Air → agreement to acquire Nordfly Air",
      "Vestra Kraft Inc → agreement to acquire Nordfly Air",
    ]);
  });

  it("'an agreement to sell its' names nothing it acts on", () => {
    expect(
      nodesOf(graphOf("Vestra Kraft said it wants an agreement to sell its Nordfly unit.")).filter((n) => n.startsWith("agreement:")),
    ).toEqual([]);
  });
});

describe("names the articles give to creative works, legal forms and titled companies", () => {
  it("a name a film's or a book's noun stands before is no entity", () => {
    const nodes = nodesOf(
      graphOf("The drama Vera Holm won three prizes. Critics said Vera Holm deserved them, and the British movie Vera Holm sold well."),
    );
    expect(nodes.filter((n) => n.includes("Vera Holm"))).toEqual([]);
  });

  it.each([
    ["Alcatra N.V.", "Alcatra N.V. said sales rose."],
    ["Buckley Partners L.P.", "Buckley Partners L.P. said sales rose."],
    ["Vestra SpA", "Vestra SpA said sales rose."],
    ["Anna Labs Inc", "Anna Labs Inc said sales rose."],
    ["Maria Laboratories", "Maria Laboratories said sales rose."],
    ["Norstad Bancorp", "Norstad Bancorp said sales rose."],
  ])("%s, a firm's legal form or head after a given name, is an organization", (name, text) => {
    expect(nodesOf(graphOf(text))).toContain(`organization:${name}`);
  });

  it("a surname that looks like a legal form stays a person's", () => {
    expect(nodesOf(graphOf("Ana Sa said sales rose."))).toContain("person:Ana Sa");
  });

  it("a job's title before a word other sentences name a company by is the company's", () => {
    const nodes = nodesOf(
      graphOf(
        "Orders rose at the US aircraft firm Nordvik. Nordvik executives were pleased.",
        '"Demand will grow," said Dinesh Rao, senior vice president Nordvik.',
      ),
    );
    expect(nodes).toContain("organization:Nordvik");
    expect(nodes).not.toContain("person:Nordvik");
  });

  it("a company is one node with and without its legal form, across articles", () => {
    const g = graphOf(
      "Nordwerk Motor Co Ltd said sales rose.",
      "Nordwerk Motor Corp said sales fell.",
      "Gas Co said so. Gas Corp said no.",
    );
    const orgs = nodesOf(g).filter((n) => n.startsWith("organization:"));
    expect(orgs.filter((n) => n.includes("Nordwerk"))).toHaveLength(1);
    // (a head noun alone names no one firm)
    expect(orgs).toEqual(expect.arrayContaining(["organization:Gas Co", "organization:Gas Corp"]));
  });

  it("a member's letters after a name or a party are no part of it", () => {
    const nodes = nodesOf(graphOf("Ana Ruiz MP said so. A Labour MEP said no. Tomas Berg, a prospective Labour MP, agreed."));
    expect(nodes).toEqual(expect.arrayContaining(["person:Ana Ruiz", "organization:Labour", "person:Tomas Berg"]));
    expect(nodes.filter((n) => /\bMEP|\bMP\b/.test(n))).toEqual([]);
  });

  it("a name with its words shortened is the full name's node, labelled in full", () => {
    const g = graphOf(
      "Liberal Democrats spokesman Ana Ruiz said so.",
      "Lib Dems spokesman Tomas Berg said no.",
      "Lib Dems chairman Lena Holm agreed. The Lib Dems said more.",
    );
    expect(nodesOf(g).filter((n) => n.startsWith("organization:"))).toEqual(["organization:Liberal Democrats"]);
  });

  it("a word written in lower case is no shortening ('Car Corp' is not 'Carrier Corp')", () => {
    const g = graphOf("Carrier Corp said sales rose.", "Car Corp said so. The car market fell. Every car sold less. A car is a car.");
    expect(nodesOf(g).filter((n) => n.startsWith("organization:"))).toEqual(["organization:Car Corp", "organization:Carrier Corp"]);
  });

  it("a sentence's opening word does not glue a party to a name", () => {
    const nodes = nodesOf(graphOf("Liberal Democrats spokesman Ana Ruiz said so.", "But Lib Dem Tomas Berg said no."));
    expect(nodes).toContain("person:Tomas Berg");
    expect(nodes.filter((n) => n.includes("Lib Dem Tomas"))).toEqual([]);
  });

  it("a body's president is no head of state, a state's is", () => {
    const g = graphOf(
      "Vestra Bank Ltd said profits rose. Vestra Bank Ltd President Tomas Berg said so.",
      "President Tomas Berg said no.",
      "Chilean President Ana Ruiz said so. President Ana Ruiz's government, the Vestra Bank Ltd president said, would act.",
    );
    expect(nodesOf(g)).toEqual(expect.arrayContaining(["person:Tomas Berg", "leader:Ana Ruiz"]));
  });

  it("a place the sentence is in has no office: 'In a speech in Dundee, the prime minister said'", () => {
    const nodes = nodesOf(graphOf("In a speech in Dundee, the prime minister said the report was good."));
    expect(nodes.filter((n) => n.startsWith("leader:") || n.startsWith("person:"))).toEqual([]);
  });

  it("a named agreement is one node however its head noun is written", () => {
    const g = graphOf("Chile signed the Vestra Accord.", "Peru joined the Vestra agreement.", "The Vestra pact held.");
    expect(nodesOf(g).filter((n) => n.startsWith("agreement:"))).toHaveLength(1);
  });
});

describe("rows of figures and labels are no names", () => {
  it.each([
    ["a row of figures", "Shr 1.20 dlrs vs 1.10 dlrs Net 5.2 mln vs 4.1 mln Revs 40.1 mln vs 38.2 mln", ["Net", "Revs", "Shr"]],
    ["a label before a colon", "Note: the figures for Vestra Kraft exclude a gain. Note: Nordic Fisheries Council data.", ["Note"]],
  ])("%s", (_name, text, labels) => {
    const nodes = nodesOf(graphOf(text)).map((n) => n.slice(n.indexOf(":") + 1));
    for (const label of labels) expect(nodes).not.toContain(label);
  });

  it("a bare word used in far more articles than a person's full name is not that person's surname", () => {
    const bare = Array.from({ length: 12 }, (_, i) => `Voters backed Labour in ward ${i + 1}, and Labour said so.`);
    const graph = graphOf("Mr Anders Labour spoke once.", ...bare);
    expect(nodeByLabel(graph, "Anders Labour")?.articles ?? ["a.txt"]).toEqual(["a.txt"]);
  });
});

describe("a surname before a title is the person, not an organization", () => {
  it("'Ruiz spokesman X' with President Ana Ruiz elsewhere", () => {
    const nodes = nodesOf(graphOf("President Ana Ruiz arrived in Oslo.", "Ruiz spokesman Tomas Berg said the talks went well."));
    expect(nodes).not.toContain("organization:Ruiz");
    expect(nodes).toContain("leader:Ana Ruiz");
  });
  it("'NOTES:' opening a line is a label", () => {
    expect(nodesOf(graphOf("NOTES: figures exclude a gain of 5 mln dlrs."))).toEqual([]);
  });
});

describe("names written with letters, 'and' and possessives stay whole", () => {
  it.each([
    [
      "a possessive that owns nothing is part of the name",
      "The bonds are rated by Rowe's and by Kettle Ratings Corp. Rowe's said the outlook was stable.",
      ["organization:Rowe's"],
      ["Rowe"],
    ],
    [
      "a possessive before an organization's head noun",
      "Rowe's Investors Service said it may cut the rating.",
      ["organization:Rowe's Investors Service"],
      ["Investors Service"],
    ],
    [
      "'and' before a company suffix",
      "Harlow and Finch's Corp said it cut the rating.",
      ["organization:Harlow and Finch's Corp"],
      ["Finch's Corp"],
    ],
    [
      "letters joined by 'and'",
      "The debt is rated by K and Q, it said. K and Q said the bank was sound.",
      ["organization:K and Q"],
      ["K", "Q"],
    ],
    ["a group named by letters and its size", "Finance ministers of the G-9 met in Oslo.", ["organization:G-9"], ["G"]],
    [
      "a town's name after a given name is a surname",
      "Michael Douglas starred in the film. David M. Holland chaired the board.",
      ["person:Michael Douglas", "person:David M. Holland"],
      ["Douglas", "Holland", "Netherlands"],
    ],
    [
      "a town's name inside a firm's name, after another name word, is no mention of the town",
      "Kettlo Douglas Corp said it won the order.",
      ["organization:Kettlo Douglas Corp"],
      ["Douglas"],
    ],
    ["holders of an office named together are a body", "The Law Lords ruled against the ministry.", ["organization:Law Lords"], []],
    [
      "a film named often, called one five times, is no organization",
      [
        "The film The Glasshouse won. The movie The Glasshouse did well. The biopic The Glasshouse was loved.",
        "The Glasshouse, starring Ana Ruiz, opened. The Glasshouse, directed by Tomas Berg, won.",
        ...Array.from({ length: 40 }, () => "Critics tipped The Glasshouse."),
      ].join(" "),
      [],
      ["Glasshouse", "The Glasshouse"],
    ],
    [
      "a party's adjective is no surname",
      "The Christian Democratic Union won. Christian Democratic leader Ann Smith spoke.",
      ["organization:Christian Democratic Union", "person:Ann Smith"],
      ["Christian Democratic"],
    ],
    [
      "a group's name and its bare name are one firm",
      "Kettlo Group Plc said it would bid for Vestra. A Kettlo spokesman said the offer was fair.",
      ["organization:Kettlo Group Plc"],
      ["Kettlo"],
    ],
    [
      "a firm's name closed by 'and Co' is whole: the next 'and' lists another",
      "The notes are managed by Harlow Finch and Co and Vestra Kraft Corp.",
      ["organization:Harlow Finch and Co", "organization:Vestra Kraft Corp"],
      ["Harlow Finch and Co and Vestra Kraft Corp"],
    ],
    [
      "a lone capital letter names nothing",
      "Vestra Kraft Corp <V> said class B shares rose.",
      ["organization:Vestra Kraft Corp"],
      ["V", "B"],
    ],
    ["a rating is no organization", "The notes were cut to BBB-minus from BBB-plus.", [], ["BBB"]],
  ])("%s", (_name, text, present, absent) => {
    const nodes = nodesOf(graphOf(text));
    for (const n of present) expect(nodes).toContain(n);
    for (const label of absent) expect(nodes.map((n) => n.slice(n.indexOf(":") + 1))).not.toContain(label);
  });
});

describe("adjectives of places", () => {
  it("a region's adjective points at the region, a continent's names nothing", () => {
    const nodes = nodesOf(
      graphOf("Vestra Kraft signed a sponsorship agreement with Scottish club Ostrava Rangers. Asian governments welcomed it."),
    );
    expect(nodes).toContain("place:Scotland");
    expect(nodes.map((n) => n.slice(n.indexOf(":") + 1))).not.toContain("Scottish");
    expect(nodes.map((n) => n.slice(n.indexOf(":") + 1))).not.toContain("Asian");
    expect(nodes).not.toContain("place:Asia");
  });
  it("a region's adjective inside a name is no mention of the region", () => {
    expect(nodesOf(graphOf("The Welsh Assembly met on Monday."))).toEqual(["organization:Welsh Assembly"]);
  });
});

describe("competitions, awards and ceremonies are events", () => {
  it("a name its articles call a final, a title, nominations or a medal is an event, whatever its head noun", () => {
    const graph = graphOf(
      "Norway won the Nordic Nations title. The Nordic Nations opener was tense. The Nordic Nations decider is on Sunday.",
      "She won Vinland gold in 2004. The Vinland champion retired. The Vinland medal count grew. He went to the Vinlands.",
    );
    const nodes = nodesOf(graph);
    expect(nodes).toContain("event:Nordic Nations");
    expect(nodes.filter((n) => /Vinland/.test(n))).toEqual(["event:Vinland"]);
  });
  it("an event is labelled by its noun, not its adjective", () => {
    const nodes = nodesOf(
      graphOf(
        "She won Vestian gold in 2004. The Vestian champion retired. The Vestian medal count grew. The Vestians open in May. The Vestians were a success.",
      ),
    );
    expect(nodes.filter((n) => /Vestian/.test(n))).toEqual(["event:Vestians"]);
  });
  it("a club named with a title and its fans stays an organization", () => {
    const nodes = nodesOf(
      graphOf(
        "Ostrava fans cheered. Ostrava striker Anna Berg scored. Ostrava title hopes rose. The Ostrava boss was pleased. Ostrava players left.",
      ),
    );
    expect(nodes).toContain("organization:Ostrava");
  });
});

describe("a bare surname and the person it names", () => {
  it("'the Berg administration' is President Berg's, not an organization, with another Berg known", () => {
    const nodes = nodesOf(
      graphOf(
        "President Tomas Berg met the Chilean president.",
        "The Berg administration said it would act. Officials of the Berg administration agreed.",
        "Lena Berg opened a school.",
      ),
    );
    expect(nodes).toContain("leader:Tomas Berg");
    expect(nodes).not.toContain("organization:Berg");
  });
  it("a president known only by surname is 'Berg' later in the article and 'the Berg administration' in others", () => {
    const graph = graphOf(
      "President Berg said on Monday that Chile must open its markets. Berg spoke in Oslo.",
      "The Berg administration said it would act. Berg's aides agreed.",
    );
    expect(nodesOf(graph).filter((n) => n.endsWith(":Berg"))).toEqual(["leader:Berg"]);
    expect(nodeByLabel(graph, "Berg")?.mentions).toBe(4);
  });
  it("'Chancellor X' in an article about the UK is a minister, in one about Germany a head of government", () => {
    const nodes = nodesOf(
      graphOf(
        "Chancellor Ana Ruiz said the UK economy was strong. Britain will cut taxes, Ms Ruiz said.",
        "Chancellor Tomas Berg met the French president in Berlin. Germany and France agreed. Germany wants more.",
      ),
    );
    expect(nodes).toContain("person:Ana Ruiz");
    expect(nodes).toContain("leader:Tomas Berg");
  });
  it("a head of state's title in one article does not make another article's namesake a leader", () => {
    const nodes = nodesOf(graphOf("King Berg opened the bridge.", "The singer Ana Berg sang. Berg was applauded."));
    expect(nodes).toContain("person:Ana Berg");
    expect(nodes).toContain("leader:Berg");
  });
  it("a bare word that also opens a firm's name is not a leader of another article ('Vestra' with Vestra Motor Co)", () => {
    const graph = graphOf(
      "President Tomas Vestra spoke in 1976.",
      "Vestra Motor Co said sales rose. Vestra shares fell.",
      "Vestra said profits rose.",
    );
    expect(nodeByLabel(graph, "Tomas Vestra")?.mentions).toBe(1);
  });
  it("a leader titled by surname alone is the one leader whose full name ends with it", () => {
    const graph = graphOf(
      "President Tomas Vestra spoke.",
      "President Vestra said no. Vestra left.",
      "Anna Vestra smiled.",
      "The Vestra White House said no.",
    );
    expect(nodesOf(graph).filter((n) => n.startsWith("leader:"))).toEqual(["leader:Tomas Vestra"]);
    expect(nodeByLabel(graph, "Tomas Vestra")?.mentions).toBe(3);
  });
  it("'President Vestra' beside an Anna Vestra is the leader Tomas Vestra of other articles, not Anna", () => {
    const graph = graphOf("President Tomas Vestra spoke.", "Anna Vestra smiled as President Vestra spoke.");
    expect(nodesOf(graph)).toEqual(["leader:Tomas Vestra", "person:Anna Vestra"]);
    expect(nodeByLabel(graph, "Tomas Vestra")?.mentions).toBe(2);
  });
  it("a city's name that is the surname of the article's person is the person ('Valletta said')", () => {
    const graph = graphOf("Finance Minister Roger Valletta said the deficit fell. Valletta said taxes would drop.");
    expect(nodesOf(graph)).toEqual(["person:Roger Valletta"]);
    expect(nodesOf(graphOf("Finance Minister Roger Valletta spoke. He later flew to Valletta."))).toContain("place:Valletta");
  });
  it("an institution's one-word name before a name is no part of it", () => {
    const nodes = nodesOf(graphOf("He told the Senate Berg would veto the bill. President Berg agreed."));
    expect(nodes).toEqual(["leader:Berg"]);
  });
  it("two parties that each call one person their leader, again and again, are one party", () => {
    const nodes = nodesOf(
      graphOf(
        "Blue leader Tomas Berg said taxes would rise.",
        "Azure leader Tomas Berg spoke in Oslo.",
        "Blue leader Tomas Berg was in Bergen.",
        "Azure leader Tomas Berg left.",
      ),
    );
    expect(nodes.filter((n) => n.startsWith("organization:"))).toHaveLength(1);
  });
  it("a name ending in a firm's plural head noun is an organization, whatever its first word", () => {
    expect(nodesOf(graphOf("Anna Lynch Capital Markets will lead the offering."))).toEqual(["organization:Anna Lynch Capital Markets"]);
  });
});

describe("a given name alone", () => {
  it("names a person of another article only as a family name ('Prince Tomas' is not 'Tomas Berg')", () => {
    const nodes = nodesOf(graphOf("Prince Tomas visited Bergen.", "Party leader Tomas Berg spoke. Berg said so."));
    expect(nodes).toContain("person:Tomas");
    expect(nodes).toContain("person:Tomas Berg");
  });
  it("names the article's own person by an honorific ('Sheikh Omar' after 'Sheikh Omar al-Farsi')", () => {
    expect(
      nodesOf(graphOf("Oil Minister Sheikh Omar al-Farsi spoke on Monday. Sheikh Omar denied the report.")).filter((n) =>
        n.includes("Omar"),
      ),
    ).toEqual(["person:Omar al-Farsi"]);
  });
});

describe("a single word some articles write in lower case", () => {
  it("names an organization in the articles that only capitalize it", () => {
    const graph = graphOf(
      "Labour said taxes would rise. Voters backed Labour in May.",
      "Labour won the vote. Labour said so.",
      "The child labour rules changed. Labour costs rose.",
    );
    expect(nodeByLabel(graph, "Labour")?.articles).toEqual(["a.txt", "b.txt"]);
  });
  it("joins the party of that name", () => {
    const nodes = nodesOf(graphOf("The Ostland Party won. Ostland said taxes would rise.", "Voters backed Ostland in May. Ostland won."));
    expect(nodes.filter((n) => n.includes("Ostland"))).toHaveLength(1);
  });
});

describe("names seen once, typed by the words around them", () => {
  it.each([
    [
      "a word only found after 'in' is a place",
      "Trading should stay in Vestrabyen, the bank said. Jobs will remain in Vestrabyen.",
      "place:Vestrabyen",
    ],
    [
      "an organization's noun before a name seen once",
      "German car firm Nordwerk had been willing to buy the firm.",
      "organization:Nordwerk",
    ],
    ["an analyst at a brokerage", "Prices will rise, said Ana Ruiz, an analyst at brokerage Kettlo.", "organization:Kettlo"],
    ["a carrier named 'Air X'", "The airline Air Vestra ordered 30 planes.", "organization:Air Vestra"],
    ["a model number is no person's name", "The airline ordered 30 Nordwerk A320 planes.", "name-not-person:Nordwerk A320"],
    [
      "a firm's words in another language",
      "He negotiated a loan from the Banque Industrielle de Vestra in Paris.",
      "name-not-person:Banque Industrielle de Vestra",
    ],
  ])("%s", (_name, text, expected) => {
    const nodes = nodesOf(graphOf(text));
    if (expected.startsWith("name-not-person:")) expect(nodes).not.toContain(`person:${expected.slice(16)}`);
    else expect(nodes).toContain(expected);
  });
  it("the owner of a body in a city is not a place", () => {
    expect(nodesOf(graphOf("The exchange, owner of Kettlo in London, may raise its bid."))).not.toContain("place:Kettlo");
  });
});
