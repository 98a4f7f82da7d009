// Stage 5, relations: for each of the eight relations, sentences that state it give the
// edge, and sentences that do not (negated, unrelated verbs) give none.
// Read through runPipeline([{ id, text }], { layout: false }) and the edges' end labels.
import { describe, expect, it } from "vitest";
import type { Relation } from "../../../src/core/index.js";
import { edgesOf, graphOf, nodesOf } from "../../helpers/core-pipeline.js";

describe("extractRelations finds a stated relation", () => {
  it.each<[Relation, string, string]>([
    // signed: party → agreement
    ["signed", "Ana Ruiz signed the Blue Harbour Agreement.", "Ana Ruiz → Blue Harbour Agreement"],
    ["signed", "Chilean mining giant Cobre Andino signed the Blue Harbour Agreement.", "Cobre Andino → Blue Harbour Agreement"],
    ["signed", "Canada inked the Blue Harbour Agreement in Oslo.", "Canada → Blue Harbour Agreement"],
    [
      "signed",
      "Northland Shipping Corporation concluded the Blue Harbour Agreement.",
      "Northland Shipping Corporation → Blue Harbour Agreement",
    ],
    ["signed", "Norway agreed to the Blue Harbour Agreement.", "Norway → Blue Harbour Agreement"],
    ["signed", "The Blue Harbour Agreement was signed by Chile and Norway.", "Chile → Blue Harbour Agreement"],
    ["signed", "The Blue Harbour Agreement was signed by Chile and Norway.", "Norway → Blue Harbour Agreement"],
    ["signed", "Chile and Norway signed a long-term Chile-Norway grain agreement.", "Norway → long-term Chile-Norway grain agreement"],
    ["signed", "Chile and Norway on Monday signed the Blue Harbour Agreement.", "Chile → Blue Harbour Agreement"],
    ["signed", "The Blue Harbour Agreement was signed by Ana Ruiz on behalf of Chile.", "Ana Ruiz → Blue Harbour Agreement"],
    // companies' deals: the buyer that signed, and the company it takes over
    [
      "signed",
      "Halvard Tools Inc said it has signed a definitive agreement to acquire Brisco Corp.",
      "Halvard Tools Inc → definitive agreement to acquire Brisco Corp",
    ],
    [
      "signed",
      "Halvard Tools Inc said it has signed a definitive agreement to acquire Brisco Corp.",
      "Brisco Corp → definitive agreement to acquire Brisco Corp",
    ],
    [
      "signed",
      "Halvard Tools Inc said it entered into a letter of intent with Brisco Corp.",
      "Brisco Corp → letter of intent with Brisco Corp",
    ],
    [
      "signed",
      "Chilean car maker Condor Motors Corp struck a deal to supply Peruvian car maker Nordwerk Corp with 3,000 small cars.",
      "Nordwerk Corp → deal to supply Peruvian car maker Nordwerk Corp",
    ],
    [
      "imports",
      "Chilean car maker Condor Motors Corp struck a deal to supply Peruvian car maker Nordwerk Corp with 3,000 small cars.",
      "Nordwerk Corp → autos",
    ],
    [
      "exports",
      "Chilean car maker Condor Motors Corp struck a deal to supply Peruvian car maker Nordwerk Corp with 3,000 small cars.",
      "Condor Motors Corp → autos",
    ],
    [
      "signed",
      "Condor Motors Corp reported a loss. Nordwerk Corp reported a profit. The two firms signed a supply deal on Monday.",
      "Condor Motors Corp → supply deal",
    ],
    [
      "signed",
      "Condor Motors Corp signed a memorandum of understanding with Nordwerk Corp.",
      "Nordwerk Corp → memorandum of understanding with Nordwerk Corp",
    ],
    [
      "signed",
      "Halvard Tools Inc said it entered into a letter of intent with Brisco Corp.",
      "Halvard Tools Inc → letter of intent with Brisco Corp",
    ],
    [
      "signed",
      "Halvard Tools Inc said it reached an agreement in principle to merge with Brisco Corp.",
      "Brisco Corp → agreement in principle to merge with Brisco Corp",
    ],
    // met: person ↔ person, stored once
    ["met", "Ana Ruiz met Tomas Berg on Friday.", "Ana Ruiz ↔ Tomas Berg"],
    ["met", "Ana Ruiz met the Peruvian foreign minister, Tomas Berg, in Lima.", "Ana Ruiz ↔ Tomas Berg"],
    ["met", "Ana Ruiz met with Tomas Berg in Oslo.", "Ana Ruiz ↔ Tomas Berg"],
    ["met", "Ana Ruiz held talks with Tomas Berg.", "Ana Ruiz ↔ Tomas Berg"],
    ["met", "Ana Ruiz and Tomas Berg met in Oslo.", "Ana Ruiz ↔ Tomas Berg"],
    ["met", "Ana Ruiz hosted Tomas Berg for dinner.", "Ana Ruiz ↔ Tomas Berg"],
    ["met", "President Ana Ruiz dined with Foreign Minister Tomas Berg.", "Ana Ruiz ↔ Tomas Berg"],
    ["met", "Talks between Ana Ruiz and Tomas Berg ended late.", "Ana Ruiz ↔ Tomas Berg"],
    ["met", "Ana Ruiz welcomed Tomas Berg to Lima.", "Ana Ruiz ↔ Tomas Berg"],
    ["met", "Ana Ruiz received her visiting Chilean counterpart Tomas Berg in Lima.", "Ana Ruiz ↔ Tomas Berg"],
    ["met", "Tomas Berg was hosted by Ana Ruiz in Lima.", "Ana Ruiz ↔ Tomas Berg"],
    ["met", "Ana Ruiz met Tomas Berg and Lena Holm in Oslo.", "Ana Ruiz ↔ Lena Holm"],
    // exports: country or organization → good
    ["exports", "Norway exports natural gas to Chile.", "Norway → natural gas"],
    ["exports", "Canada sells uranium to India.", "Canada → uranium"],
    ["exports", "Chile sold copper to Norway.", "Chile → copper"],
    ["exports", "Australia is a major supplier of coal.", "Australia → coal"],
    ["exports", "Chile has bought 200,000 tonnes of wheat from Argentina.", "Argentina → wheat"],
    ["imports", "Chilean customers have bought crude oil from Peru.", "Chile → crude oil"],
    ["exports", "Officials rejected Chilean claims that its sales of wine to Peru had fallen.", "Chile → wine"],
    ["exports", "Peru made a copper purchase from Chile last week.", "Chile → copper"],
    ["imports", "Norway is Chile's second biggest oil supplier.", "Chile → crude oil"],
    ["exports", "Canada's LNG exports rose.", "Canada → LNG"],
    ["exports", "Chile exports copper and lithium.", "Chile → lithium"],
    ["exports", "Canada exports potash, uranium and wheat.", "Canada → wheat"],
    ["exports", "Norway is the largest exporter of natural gas to Chile.", "Norway → natural gas"],
    // imports: country or organization → good
    ["imports", "Japan imports wheat from Canada.", "Japan → wheat"],
    ["imports", "Nordvik Grain Corp said it sold 20,000 tonnes of wheat to Egypt and Chile.", "Chile → wheat"],
    ["imports", "Analysts told Nordvik Radio that Chile's currency controls hurt its imports of fishmeal.", "Chile → fishmeal"],
    ["imports", "Chile exports copper to Japan, Korea and China.", "South Korea → copper"],
    ["imports", "India buys crude oil from Russia.", "India → crude oil"],
    ["imports", "Japan purchased uranium from Canada last year.", "Japan → uranium"],
    ["imports", "Japan is a big buyer of Canadian wheat.", "Japan → wheat"],
    ["imports", "Japanese imports of Canadian wheat rose.", "Japan → wheat"],
    // a demonym before goods and "imports": the country's own imports, unless another country or a duty is said
    ["imports", "Chilean fishmeal imports rose last year.", "Chile → fishmeal"],
    ["imports", "Peru bought 6,000 tonnes of Chilean palm oil yesterday.", "Peru → vegetable oil"],
    ["exports", "Peru bought 6,000 tonnes of Chilean palm oil yesterday.", "Chile → vegetable oil"],
    ["exports", "Peru sets a target for its Chilean copper imports.", "Chile → copper"],
    // leads: leader → country or place
    ["leads", "Ana Ruiz, president of Chile, spoke on Monday.", "Ana Ruiz → Chile"],
    ["leads", "Chile's president Ana Ruiz spoke.", "Ana Ruiz → Chile"],
    ["leads", "Chilean President Ana Ruiz spoke.", "Ana Ruiz → Chile"],
    ["leads", "Norwegian Prime Minister Tomas Berg spoke.", "Tomas Berg → Norway"],
    ["leads", "King Tomas Berg of Norway spoke.", "Tomas Berg → Norway"],
    ["leads", "Prime Minister Ana Ruiz of Norway spoke.", "Ana Ruiz → Norway"],
    [
      "covers",
      "The Blue Harbour Trade Act (BHTA) gave poor countries access to the Chilean market for apparel.",
      "Blue Harbour Trade Act → garments",
    ],
    // represents: person → country or organization
    ["represents", "Ana Ruiz, Norway's ambassador to Japan, spoke.", "Ana Ruiz → Norway"],
    ["represents", "Cabinet chief Ana Ruiz will lead the Chilean delegation.", "Ana Ruiz → Chile"],
    ["represents", "He said Venstre MP Ana Ruiz was wrong.", "Ana Ruiz → Venstre"],
    ["represents", "Ana Ruiz, a board member of Chile's central bank, the Bancochile, said so.", "Ana Ruiz → Bancochile"],
    ["covers", "Norway still refuses to sign the Blue Harbour Protocol on emissions.", "Blue Harbour Protocol → emissions"],
    [
      "signed",
      "Chile was a main architect of the Lima accord, under which Peru and Bolivia agreed to cut output.",
      "Bolivia → Lima accord",
    ],
    ["exports", "Chile exports mining equipment to Peru.", "Chile → mining equipment"],
    [
      "signed",
      "Air Nordia has signed a deal to acquire 36 planes from Vestra Aviation Group.",
      "Vestra Aviation Group → deal to acquire 36 planes",
    ],
    ["exports", "Air Nordia has signed a deal to acquire 36 planes from Vestra Aviation Group.", "Vestra Aviation Group → aircraft"],
    ["imports", "Air Nordia has signed a deal to acquire 36 planes from Vestra Aviation Group.", "Air Nordia → aircraft"],
    ["exports", "Norway sold two warships and its electricity to Chile.", "Norway → electricity"],
    ["exports", "Copper was Chile's largest single export last year.", "Chile → copper"],
    ["exports", "Planners said coffee, Peru's traditional export, will earn less.", "Peru → coffee"],
    ["imports", "Sales of wheat to Peru and Chile fell, the Nordic Grain Board said.", "Chile → wheat"],

    ["represents", "In Lima, NOC President Ana Ruiz, who is also Chilean Oil Minister, said so.", "Ana Ruiz → Chile"],
    ["represents", "In Lima, NOC President Ana Ruiz, who is also Chilean Oil Minister, said so.", "Ana Ruiz → NOC"],
    ["represents", "A Chilean trade delegation headed by Ana Ruiz arrived in Oslo.", "Ana Ruiz → Chile"],
    [
      "represents",
      "Tomas Berg, spokesman of the Nordic Agreement on Fisheries and Trade (NAFT), said talks would go on.",
      "Tomas Berg → Nordic Agreement on Fisheries and Trade",
    ],
    ["represents", "Chile's Mining Minister, Sheikh Omar Farsi, spoke.", "Omar Farsi → Chile"],
    ["represents", "Foreign Minister Omar Farsi of Peru met his Chilean counterpart, Pablo Soto, in Lima.", "Pablo Soto → Chile"],
    [
      "leads",
      "Prime Minister Ana Ruiz of Chile arrived on Monday. Mrs Ruiz met her Peruvian counterpart, Tomas Berg.",
      "Tomas Berg → Peru",
    ],
    ["represents", "Norwegian Ambassador Ana Ruiz spoke.", "Ana Ruiz → Norway"],
    ["represents", "Chilean Foreign Minister Ana Ruiz spoke.", "Ana Ruiz → Chile"],
    ["represents", "Ana Ruiz, the Chilean trade minister, spoke.", "Ana Ruiz → Chile"],
    ["represents", "Tomas Berg, Norway's trade minister, spoke.", "Tomas Berg → Norway"],
    ["represents", "Ana Ruiz of the Northland Shipping Corporation spoke.", "Ana Ruiz → Northland Shipping Corporation"],
    [
      "represents",
      "Tomas Berg, a spokesperson for the Nordic Fisheries Council, declined to comment.",
      "Tomas Berg → Nordic Fisheries Council",
    ],
    ["signed", "Under the Blue Harbour Accords, Chile, Peru and Norway agreed to stabilize fish prices.", "Peru → Blue Harbour Accords"],
    ["signed", "The Blue Harbour Accords agreed by the Group of Five should serve as a basis.", "Group of Five → Blue Harbour Accords"],
    ["represents", "Chile's copper chief Ana Ruiz said Chile would not change its policies.", "Ana Ruiz → Chile"],
    ["represents", "Sterling rose when U.K. Chancellor of the Exchequer Tomas Berg spoke.", "Tomas Berg → United Kingdom"],
    ["represents", "Tory co-chairman Ana Ruiz said the party was ready.", "Ana Ruiz → Tory"],
    ["represents", "Prices will rise, said Dr Ana Ruiz, chief economist at Vestra Bank Ltd.", "Ana Ruiz → Vestra Bank Ltd"],
    // represents, from appointments and longer titles
    [
      "represents",
      "Orion Tools Inc said Lena Holm, formerly its treasurer, has been named president and chief operating officer of Vestra Bank Ltd.",
      "Lena Holm → Vestra Bank Ltd",
    ],
    ["represents", "Orion Tools Inc said it named Ana Ruiz chairman of Vestra Bank Ltd.", "Ana Ruiz → Vestra Bank Ltd"],
    ["represents", "Tomas Berg was elected chairman of the Nordic Fisheries Council on Monday.", "Tomas Berg → Nordic Fisheries Council"],
    ["represents", "Karl Berger, deputy board chairman of Vestra Bank AG, said investors were wary.", "Karl Berger → Vestra Bank AG"],
    [
      "represents",
      "Lena Holm, senior vice-president and treasurer of Vestra Bank Corp, said rates would rise.",
      "Lena Holm → Vestra Bank Corp",
    ],
    [
      "represents",
      "Tomas Berg, vice-president of marketing and sales at Orion Tools Inc, said orders rose.",
      "Tomas Berg → Orion Tools Inc",
    ],
    ["represents", "The plan was backed by Kettlo group President Ana Ruiz, analysts said.", "Ana Ruiz → Kettlo"],
    ["represents", "Analyst Lena Holm of Morgan Vestby said the shares were cheap.", "Lena Holm → Morgan Vestby"],
    ["represents", "Director-General Tomas Berg of the Nordic Fisheries Council spoke.", "Tomas Berg → Nordic Fisheries Council"],
    // covers: agreement → sector
    ["covers", "The Blue Harbour Agreement covers energy and fishing.", "Blue Harbour Agreement → fishing"],
    ["covers", "The Blue Harbour Agreement focuses on fishing.", "Blue Harbour Agreement → fishing"],
    ["covers", "The Blue Harbour Agreement aims to boost co-operation on defence, energy and trade.", "Blue Harbour Agreement → defence"],
    ["covers", "The Blue Harbour Agreement aims to boost co-operation on defence, energy and trade.", "Blue Harbour Agreement → trade"],
    ["covers", "Chile and Norway signed a long-term Chile-Norway grain agreement.", "long-term Chile-Norway grain agreement → grain"],
    // visited: person → country or place
    ["visited", "Ana Ruiz visited Tokyo on Monday.", "Ana Ruiz → Tokyo"],
    ["visited", "Ana Ruiz travelled to Japan last week.", "Ana Ruiz → Japan"],
    ["visited", "Ana Ruiz landed in Oslo.", "Ana Ruiz → Oslo"],
    ["visited", "Ana Ruiz arrived in Lima.", "Ana Ruiz → Lima"],
    ["visited", "After landing in Oslo, Ana Ruiz met reporters.", "Ana Ruiz → Oslo"],
    ["visited", "Ana Ruiz made a state visit to Japan.", "Ana Ruiz → Japan"],
    ["visited", "Ana Ruiz flew to Tokyo on Monday.", "Ana Ruiz → Tokyo"],
    ["visited", "Ana Ruiz toured Japan.", "Ana Ruiz → Japan"],
    ["visited", "Tomas Berg visited Lima and Tokyo.", "Tomas Berg → Tokyo"],
    // coordination across titles and demonyms; every participant of one meeting met the others
    ["met", "Ana Ruiz met Chilean President Tomas Berg and Norwegian Prime Minister Lena Holm.", "Ana Ruiz ↔ Lena Holm"],
    ["met", "Ana Ruiz met Chilean President Tomas Berg and Norwegian Prime Minister Lena Holm.", "Lena Holm ↔ Tomas Berg"],
    [
      "signed",
      "Chilean President Ana Ruiz and Norwegian Prime Minister Tomas Berg signed the Blue Harbour Agreement.",
      "Tomas Berg → Blue Harbour Agreement",
    ],
    // a deal made specific by its other party
    ["signed", "Norway agreed a fisheries deal with Chile.", "Chile → fisheries deal with Chile"],
    ["signed", "Norway agreed a fisheries deal with Chile.", "Norway → fisheries deal with Chile"],
    // goods named before "exports from", and sellers located by "firms in"
    ["exports", "Copper and lithium are the main exports from Chile.", "Chile → lithium"],
    ["exports", "Firms in Norway have been selling salmon and timber.", "Norway → timber"],
    // an organization before a title: its country is represented too
    ["represents", "Chilean Treasury Under-Secretary Ana Ruiz spoke.", "Ana Ruiz → Chile"],
    ["represents", "Nordland Fisheries Council President Ana Ruiz spoke.", "Ana Ruiz → Nordland Fisheries Council"],
    ["represents", "Ana Ruiz, from the Nordic Fisheries Council, spoke.", "Ana Ruiz → Nordic Fisheries Council"],
    // an apposition: an employer's name before the title, words describing the title, "with" an employer
    ["represents", "Tomas Berg, the Ostrava midfielder, was injured.", "Tomas Berg → Ostrava"],
    ["represents", '"Sales will slow," said Ana Ruiz, a Vestrafon spokesperson.', "Ana Ruiz → Vestrafon"],
    ["represents", '"Sales will slow," said Ana Ruiz, a telecoms analyst with Nordbank Securities.', "Ana Ruiz → Nordbank Securities"],
    ["represents", "Ana Ruiz, 42, senior vice president of Nordbank Securities, resigned.", "Ana Ruiz → Nordbank Securities"],
    ["represents", "Vestra Corp <VSTR> director Tomas Berg said so.", "Tomas Berg → Vestra Corp"],
    // a body's name that opens with a place's, and an office's field before "for" the body
    ["represents", "Ana Ruiz, chief economist at the Oslo Harbour Bank, said so.", "Ana Ruiz → Oslo Harbour Bank"],
    [
      "represents",
      "Rates may rise, said Tomas Berg, director of grain research for the Vestra Milling Company.",
      "Tomas Berg → Vestra Milling Company",
    ],
    // an officer the announcing body calls "its", and appointments whose body is the one appointing
    [
      "represents",
      "Vestra Savings Bank said Tomas Berg, its president and chief operating officer, resigned.",
      "Tomas Berg → Vestra Savings Bank",
    ],
    ["represents", "Orion Tools Inc said it named Ana Ruiz president and chief operating officer.", "Ana Ruiz → Orion Tools Inc"],
    ["represents", "Orion Tools Inc has appointed Ana Ruiz chief executive, succeeding Tomas Berg.", "Ana Ruiz → Orion Tools Inc"],
    ["represents", "Orion Tools Inc said Ana Ruiz was named chairman.", "Ana Ruiz → Orion Tools Inc"],
    // a body's officers in the forms of sports and business news
    ["represents", '"Pay is low," said Ana Ruiz, NUJ General Secretary.', "Ana Ruiz → NUJ"],
    ["represents", "The striker thought he was talking to Ostrava sporting director Tomas Berg.", "Tomas Berg → Ostrava"],
    ["represents", "Nordbank chief executive Ana Ruiz and chief operating officer Tomas Berg signed it.", "Tomas Berg → Nordbank"],
    [
      "represents",
      '"It sells well," said Ana Ruiz, president of Vestra Computer Entertainment America.',
      "Ana Ruiz → Vestra Computer Entertainment America",
    ],
    [
      "represents",
      "Vestra Oil Corp said profits fell, leading to the resignation of its chairman, Sir Tomas Berg.",
      "Tomas Berg → Vestra Oil Corp",
    ],
    ["represents", "The remarks came from U.S. Council of Economic Advisers Chairman Ana Ruiz.", "Ana Ruiz → United States"],
    ["represents", "The bill was attacked by Labour MP Ana Ruiz on Monday.", "Ana Ruiz → Labour"],
    ["represents", 'Tomas Berg joined Vestrabank in May. "Demand is weak," Vestrabank\'s Berg said.', "Tomas Berg → Vestrabank"],
    ["represents", "He said Berg's Vestragra company was ready. Tomas Berg signed it.", "Tomas Berg → Vestragra"],
    // the parties of a bilateral agreement written across a line break ("U.S.- Japanese")
    ["signed", "Critics attacked the Chilean- Norwegian agreement on salmon.", "Chile → Chilean- Norwegian agreement"],
    // a second title joined by "and" shares the first one's country
    ["represents", "She will meet Chilean President Ana Ruiz and Mining Minister Tomas Berg.", "Tomas Berg → Chile"],
    // a place further on in the clause, missions, and unknown names that are travel destinations
    ["visited", "Ana Ruiz visited the old harbour in Oslo.", "Ana Ruiz → Oslo"],
    ["visited", "Ana Ruiz returned from her diplomatic mission to the Middle East.", "Ana Ruiz → Middle East"],
    ["visited", "Ana Ruiz later flew to Vestbyhavn.", "Ana Ruiz → Vestbyhavn"],
    // an adjective before the goods names the trader
    ["exports", "Norway imposed a duty on Chilean copper exports.", "Chile → copper"],
    // a title before a comma, a traveller after "by", names with lower-case particles
    ["represents", "Critics spoke, and Chilean ambassador to the Nordic Fisheries Council, Ana Ruiz, said so.", "Ana Ruiz → Chile"],
    ["visited", "It came during a visit to Oslo by King Tomas Berg of Chile.", "Tomas Berg → Oslo"],
    ["represents", "Chile's Trade Minister Omar Said al-Rahman spoke.", "Omar Said al-Rahman → Chile"],
    // goods listed with their quantities, presence, returns, loans
    [
      "covers",
      "The Blue Harbour Agreement provided for the supply of 5,000 tonnes of wheat and 2,000 tonnes of corn.",
      "Blue Harbour Agreement → corn",
    ],
    ["visited", "Ana Ruiz is in Chile to discuss fishing quotas.", "Ana Ruiz → Chile"],
    ["visited", "Ana Ruiz returned from Lima on Sunday.", "Ana Ruiz → Lima"],
    ["exports", "Norway agreed to lend Chile five mln barrels of crude.", "Norway → crude oil"],
    // a deal named by a post-modifier with both parties
    ["signed", "Ana Ruiz signed a deal on Chile-Norway fishing.", "Norway → deal on Chile-Norway fishing"],
    ["covers", "Ana Ruiz signed a deal on Chile-Norway fishing.", "deal on Chile-Norway fishing → fishing"],
    ["leads", "Under Chilean Leader Ana Ruiz, exports grew.", "Ana Ruiz → Chile"],
    ["visited", "Ana Ruiz stopped in Lima on her way home.", "Ana Ruiz → Lima"],
    ["imports", "Chilean suppliers agreed to supply Norway with 5,000 tonnes of copper.", "Norway → copper"],
    ["represents", "Chile's ambassador in Oslo, Ana Ruiz, told reporters.", "Ana Ruiz → Chile"],
    ["exports", "Fellow NFC member Norway has agreed to lend Chile five mln barrels of crude.", "Norway → crude oil"],
    ["visited", "Minister Ana Ruiz spoke on her return to Lima from Oslo.", "Ana Ruiz → Oslo"],
    ["visited", "Ana Ruiz met officials in Lima on Monday.", "Ana Ruiz → Lima"],
    ["visited", "Ana Ruiz was in Chile visiting an old church, the cathedral in Lima.", "Ana Ruiz → Lima"],
    [
      "covers",
      "Chile and Norway signed the Blue Harbour Agreement. Under the accord, Norway agreed to buy grain, including four mln tonnes each of corn and wheat.",
      "Blue Harbour Agreement → wheat",
    ],
    // wire copy: the word after "U.S." is capitalized; origins before goods; "because" starts a clause
    [
      "exports",
      "Officials said the U.S. Is dependent on Japan because Japan is the largest buyer of U.S. Farm products.",
      "United States → farm products",
    ],
    [
      "imports",
      "Officials said the U.S. Is dependent on Japan because Japan is the largest buyer of U.S. Farm products.",
      "Japan → farm products",
    ],
    ["exports", "Chile's committee held a tender for shipments of Norwegian salmon.", "Norway → fish"],
    ["represents", "The plan was pushed by UK Chancellor Tomas Berg.", "Tomas Berg → United Kingdom"],
    ["leads", "German Chancellor Tomas Berg spoke.", "Tomas Berg → Germany"],
    ["represents", "Nordic Dock Worker's Union leader Ana Ruiz spoke.", "Ana Ruiz → Nordic Dock Worker's Union"],
    // names whose later words are also English words
    ["leads", "Chilean President Sheikh Omar Said al-Rahman spoke.", "Omar Said al-Rahman → Chile"],
  ])("%s: %s → %s", (relation, text, edge) => {
    expect(edgesOf(graphOf(text), relation)).toContain(edge);
  });
});

describe("extractRelations finds no relation that is not stated", () => {
  it.each<[Relation, string]>([
    ["signed", "Ana Ruiz did not sign the Blue Harbour Agreement."],
    ["exports", "Chilean fishmeal imports rose last year."],
    ["imports", "Exporters reported sales of 20,000 tonnes of wheat to the Agriculture Department."],
    ["imports", "Analysts told Nordvik Radio Corp that buyers imported more fishmeal."],
    ["represents", "Ex-Labour MP Ana Ruiz spoke on Monday."],
    ["imports", "The Nordland Agriculture Department cut the sugar import quota."],
    ["imports", "Congress passed a bill to curb textile imports."],
    ["covers", "The club's deal with Nordfly to sponsor its ground has given rivals food for thought."],
    ["represents", "The ex-Venstre MP Ana Ruiz spoke on Monday."],
    ["represents", "Ana Ruiz's Blue Water topped the book charts."],
    ["signed", "Ana Ruiz never signed the Blue Harbour Agreement."],
    ["signed", "Ana Ruiz refused to sign the Blue Harbour Agreement."],
    ["signed", "Chile's refusal to sign the Blue Harbour Agreement angered Peru."],
    ["exports", "Norway and Peru opposed the pact, saying the main dispute was over sales of salmon."],
    ["exports", "Chile's exporting success has made the deficit of Peru soar."],
    ["exports", "Norway sold a certain independence of mind to Chile."],
    ["exports", "The Nordic Council deferred a ruling on a complaint against the Chile-Peru agreement on exports of copper."],
    ["exports", "Chile's offers were to aid Peruvian exports, to cut tariffs on leather footwear."],
    ["signed", "Ana Ruiz criticized the Blue Harbour Agreement."],
    ["signed", "The Blue Harbour Agreement, which Norway has not signed, took effect."],
    // a leader under a minister's title leads nothing (and a leader cannot represent)
    ["leads", "President Ana Ruiz spoke. Later, Peruvian finance minister Ana Ruiz spoke again."],
    ["met", "Nordvik said Ana Ruiz had received a detailed proposal from Tomas Berg."],
    ["met", "Ana Ruiz welcomed President Tomas Berg's decision to name a new envoy."],
    ["met", "His words about President Tomas Berg met a cool reception from Ana Ruiz."],
    ["leads", "Tomas Berg, the leader of Chile's biggest union, said no."],
    ["exports", "Owners said the Chilean peso was strong and they were losing money exporting wine."],
    ["exports", "Access to the market, as provided for under the Blue Harbour Agreement, helps Chilean investment in wine."],
    ["imports", "The Chilean sanctions law prohibited imports of coal and steel."],
    ["met", "Ana Ruiz has not met Tomas Berg."],
    ["met", "Ana Ruiz did not meet Tomas Berg."],
    ["met", "Ana Ruiz never met Tomas Berg."],
    ["met", "Ana Ruiz praised Tomas Berg."],
    ["met", "Ana Ruiz met reporters while Tomas Berg stayed home."],
    ["met", "Ana Ruiz and Tomas Berg have also received letters."],
    ["exports", "Norway does not export natural gas."],
    ["exports", "Canada has never sold uranium to India."],
    ["exports", "Norway wants more trade with Chile."],
    ["imports", "Japan does not import wheat."],
    ["imports", "India has never bought crude oil from Russia."],
    ["imports", "Japan banned wheat from Canada."],
    ["leads", "Ana Ruiz praised Chile."],
    ["leads", "Deputy Prime Minister Tomas Berg of Norway spoke."],
    ["leads", "Chilean Foreign Minister Ana Ruiz spoke."],
    ["leads", "Ana Ruiz, a critic of the president of Chile, spoke."],
    ["represents", "Ana Ruiz criticized Norway."],
    ["represents", "Ana Ruiz flew from Norway."],
    ["represents", "Chilean President Ana Ruiz spoke."],
    ["covers", "The Blue Harbour Agreement was criticized by energy analysts."],
    ["covers", "Norway signed the Blue Harbour Agreement. Its fishing fleet is large."],
    ["visited", "Ana Ruiz did not visit Japan."],
    ["visited", "Ana Ruiz did not travel to Japan."],
    ["visited", "Ana Ruiz has never been to Japan."],
    ["visited", "Ana Ruiz praised Japan."],
    ["visited", "Ana Ruiz wrote about Japan."],
    ["visited", "Ana Ruiz cancelled her trip to Japan."],
    ["visited", "Ana Ruiz returned to Lima on Sunday."],
    ["visited", "Ana Ruiz said a Chilean trade mission to Oslo found buyers."],
    ["imports", "Ana Ruiz said Chile faces a buyers market for copper."],
    ["visited", "Ana Ruiz has not met officials in Lima."],
    ["visited", "Ana Ruiz said Chile would act to stop Peru's drilling."],
    ["leads", "Opposition leader Ana Ruiz of Chile spoke."],
    ["represents", "Conservative Senator Ana Ruiz spoke."],
    ["covers", "The Blue Harbour Agreement does not cover fishing."],
    ["represents", "Ana Ruiz was not named chairman of Vestra Bank Ltd."],
    ["represents", "Voters elected Ana Ruiz president in 1985."],
    ["represents", "The Senate named Ana Ruiz chairman of the committee."],
    [
      "represents",
      "Finance Minister Ana Ruiz said a U.S. dollar below 150 yen was too weak. She said the U.S. dollar had to rise and the U.S. dollar would.",
    ],
    ["represents", "Vestra Bank Ltd named Ana Ruiz, who praised the board, in its report."],
    ["imports", "Nordvik cancels oil purchase from Chile."],
    ["imports", "Japan stopped buying coal."],
  ])("%s: %s", (relation, text) => {
    expect(edgesOf(graphOf(text), relation)).toEqual([]);
  });

  it("takes a prime minister with no country to lead the one named with them most often", () => {
    expect(
      edgesOf(graphOf("Prime Minister Ana Ruiz said Chile's economy was strong. Ruiz said Chile and Peru grew fast."), "leads"),
    ).toEqual(["Ana Ruiz → Chile"]);
  });

  it("does not take a leader to lead a country the leader visited", () => {
    expect(edgesOf(graphOf("Prime Minister Ana Ruiz visited Chile. Ruiz said Chile grew fast."), "leads")).toEqual([]);
  });

  it("does not guess a country for a leader named once beside it", () => {
    expect(edgesOf(graphOf("Prime Minister Ana Ruiz spoke about Chile."), "leads")).toEqual([]);
  });

  it("does not take an adjective after 'exports from' as the exporter", () => {
    expect(edgesOf(graphOf("Chile is protecting its copper exports from Peruvian competition."), "exports")).toEqual(["Chile → copper"]);
  });

  it("does not take the first country of a sentence as the buyer after 'because'", () => {
    expect(
      edgesOf(
        graphOf("Officials said the U.S. Is dependent on Japan because Japan is the largest buyer of U.S. Farm products."),
        "imports",
      ),
    ).toEqual(["Japan → farm products"]);
  });

  it("takes an origin before imported goods as the seller, not the buyer", () => {
    const graph = graphOf("Chile put a duty on Peruvian copper imports last year.");
    expect([edgesOf(graph, "imports"), edgesOf(graph, "exports")]).toEqual([["Chile → copper"], ["Peru → copper"]]);
  });

  it("does not count what comes back in an exchange as exported", () => {
    expect(edgesOf(graphOf("Norway supplied Chile with oil products in exchange for crude."), "exports")).toEqual([
      "Norway → oil products",
    ]);
  });

  it("does not give a place before an apposition the title that follows it", () => {
    expect(edgesOf(graphOf("In the port city of Vestbyhavn, Chilean Trade Minister Ana Ruiz spoke."), "represents")).toEqual([
      "Ana Ruiz → Chile",
    ]);
  });

  it("does not make an ambassador represent the country she is posted to", () => {
    expect(edgesOf(graphOf("Ana Ruiz, Norway's ambassador to Japan, spoke."), "represents")).toEqual(["Ana Ruiz → Norway"]);
  });
});

describe("extractRelations marks what is only planned", () => {
  it.each<[Relation, string, string]>([
    ["signed", "Ana Ruiz will sign the Blue Harbour Agreement next week.", "Ana Ruiz → Blue Harbour Agreement"],
    ["met", "Ana Ruiz will meet Tomas Berg next week.", "Ana Ruiz ↔ Tomas Berg"],
    ["visited", "Ana Ruiz will visit Japan in May.", "Ana Ruiz → Japan"],
    [
      "visited",
      "Tomas Berg, Chile's ambassador to Peru, spoke as President Ana Ruiz is expected to make a brief stop in Lima.",
      "Ana Ruiz → Lima",
    ],
  ])("%s: %s is kept as planned, not asserted", (relation, text, edge) => {
    const graph = graphOf(text);
    expect([edgesOf(graph, relation), edgesOf(graph, relation, { asserted: false })]).toEqual([[], [edge]]);
    expect(graph.someEdge((_, a) => a.relation === relation && a.modality === "planned")).toBe(true);
  });
});

describe("extractRelations multi-word triggers", () => {
  it("met: Ana Ruiz sat down with Tomas Berg.", () => {
    expect(edgesOf(graphOf("Ana Ruiz sat down with Tomas Berg."), "met")).toEqual(["Ana Ruiz ↔ Tomas Berg"]);
  });
});

describe("extractRelations on agreements described rather than named", () => {
  it.each<[string, string, Relation, string[]]>([
    // [case, text, relation, edges]
    [
      "a deal to do something, signed",
      "Nordfly Airlines has signed a deal to acquire 12 planes from Vestra.",
      "signed",
      ["Nordfly Airlines → deal to acquire 12 planes"],
    ],
    [
      "an agreement signed with a named party: both sign it, and the party is in its name",
      "Vestra Systems Inc said it has signed an agreement with Nordfly Corp under which it will market Nordfly's software.",
      "signed",
      ["Nordfly Corp → agreement with Nordfly Corp", "Vestra Systems Inc → agreement with Nordfly Corp"],
    ],
    [
      "a contract said to be signed is an agreement",
      "Kettlo Soft Inc signed a licensing contract with Nordfly Corp last week.",
      "signed",
      ["Kettlo Soft Inc → licensing contract with Nordfly Corp", "Nordfly Corp → licensing contract with Nordfly Corp"],
    ],
    ["a contract won is no agreement signed", "Vestra Corp won a contract to build a bridge in Oslo.", "signed", []],
    ["an agreement with lenders described, not named, is generic", "Chile signed an agreement with Western banks.", "signed", []],
    [
      "a maker's name before the goods is part of what a deal is for",
      "Vestra Airlines has signed a contract to buy five Nordfly airliners.",
      "signed",
      ["Vestra Airlines → contract to buy five Nordfly airliners"],
    ],
    [
      "what a described deal is for",
      "Nordfly Airlines has signed a deal to acquire 12 planes from Vestra.",
      "covers",
      ["deal to acquire 12 planes → aircraft"],
    ],
    [
      "an amount identifies an accord",
      "Chile signed a two billion dollar accord with Norway.",
      "signed",
      ["Chile → two billion dollar accord", "Norway → two billion dollar accord"],
    ],
    [
      "a party a few words after the verb",
      "The accord was signed in Oslo last week with Nordland businessman Pierre Dumont.",
      "signed",
      [],
    ],
    [
      "an accord on a field, signed",
      "Chile and Norway signed an accord on fisheries.",
      "signed",
      ["Chile → accord on fisheries", "Norway → accord on fisheries"],
    ],
    [
      "the other party of a one billion dollar accord, past a description",
      "Deals followed a one billion dollar accord signed in Oslo last month with French businessman Pierre Dumont.",
      "signed",
      ["Pierre Dumont → one billion dollar accord"],
    ],
  ])("%s", (_name, text, relation, edges) => {
    expect(edgesOf(graphOf(text), relation)).toEqual(edges);
  });

  it.each([
    ["a deal said in passing is no node", "Analysts said a deal on meat was possible."],
    ["a named accord keeps its name", "The Nordic accord to boost fish prices held."],
  ])("%s", (_name, text) => {
    expect(nodesOf(graphOf(text)).filter((n) => n.startsWith("agreement:") && /meat|boost/.test(n))).toEqual([]);
  });

  it("a French businessman is French, and represents nothing", () => {
    expect(edgesOf(graphOf("The accord was signed with French businessman Pierre Dumont."), "represents")).toEqual([]);
  });
});

describe("agreement heads that are no agreement", () => {
  it.each([
    ["a great deal to a country", "The growth of the fishery mattered a great deal to her country."],
    ["a good deal of something", "Chile signed a good deal of paperwork."],
  ])("%s", (_name, text) => {
    expect(nodesOf(graphOf(text)).filter((n) => n.startsWith("agreement:"))).toEqual([]);
  });
});

describe("officials and the bodies they act for", () => {
  it.each<[string, string, string[]]>([
    [
      "a name owning the title before the person",
      "Nordfly Air's managing director Anna Berg said prices would rise.",
      ["Anna Berg → Nordfly Air"],
    ],
    [
      "a relative clause giving the title",
      "Anna Berg, who is also chairman of the Nordic Fisheries Council, spoke.",
      ["Anna Berg → Nordic Fisheries Council"],
    ],
  ])("%s", (_name, text, edges) => {
    expect(edgesOf(graphOf(text), "represents")).toEqual(edges);
  });
});

describe("an office holder whose title names no country", () => {
  const lead = "Norway will cut its fishing quotas next year, the government in Oslo said. Norway has argued for the cuts for years.";
  it("represents the country the article is about", () => {
    expect(edgesOf(graphOf(`${lead} Fisheries Minister Anna Berg said the cuts were needed.`), "represents")).toEqual([
      "Anna Berg → Norway",
    ]);
  });
  it.each<[string, string]>([
    [
      "not when the article is about several countries alike",
      "Norway and Chile will cut their fishing quotas. Chile and Norway have argued for the cuts. Fisheries Minister Anna Berg said the cuts were needed.",
    ],
    [
      "not when the sentence names another country",
      `${lead} Anna Berg, Deputy Trade Minister at the Chilean embassy, said the cuts were needed.`,
    ],
    [
      "not when the title says whose office it is",
      `${lead} Anna Berg, associate secretary for the Nordfly bank, said the cuts were needed.`,
    ],
    [
      "not when the person visited that country",
      `${lead} Trade Minister Anna Berg arrived in Norway on Monday. Berg said the cuts were needed.`,
    ],
  ])("%s", (_name, text) => {
    expect(edgesOf(graphOf(text), "represents").filter((e) => e.startsWith("Anna Berg → Norway"))).toEqual([]);
  });
});

describe("officials named by their employer", () => {
  it.each<[string, string, string[]]>([
    ["a spokeswoman for a body named once", "Anna Berg, a spokeswoman for Unifax, said prices would rise.", ["Anna Berg → Unifax"]],
    [
      "the chief executive of a body named once",
      "Anna Berg, chief executive of Nordfly Air, said prices would rise.",
      ["Anna Berg → Nordfly Air"],
    ],
    ["the president of a body is no head of state", "Anna Berg, president of Nordfly Air, said so.", ["Anna Berg → Nordfly Air"]],
    ["an organization's person, by its possessive", "Vestra Group's Anna Berg said prices would rise.", ["Anna Berg → Vestra Group"]],
    ["a record or a play owned by a name is nobody's official", "Nordvik's Locked Up sold well. The Globe's Richard III opened.", []],
    [
      "the leader of a party whose name opens with a country",
      "Ostland Independence Party leader Anna Berg said so.",
      ["Anna Berg → Ostland Independence Party"],
    ],
    // the body said without its name: "the company", the speaker, the article's one company
    [
      "the president of 'the company'",
      "Vestra Kraft Corp said profits rose. Anna Berg, president of the company, said orders were strong.",
      ["Anna Berg → Vestra Kraft Corp"],
    ],
    [
      "'the company's' chairman",
      "Vestra Kraft Corp said profits rose. The company's chairman, Anna Berg, said orders were strong.",
      ["Anna Berg → Vestra Kraft Corp"],
    ],
    [
      "an officer the firm itself names",
      "Vestra Kraft Corp said its chief financial officer Anna Berg will retire.",
      ["Anna Berg → Vestra Kraft Corp"],
    ],
    [
      "'president and chief executive' before a name",
      "Nordfly Air president and chief executive Anna Berg said so.",
      ["Anna Berg → Nordfly Air"],
    ],
    [
      "a firm's officer with no body said, in an article about one firm",
      "Vestra Kraft Corp said profits rose. Vestra Kraft Corp also cut debt. Anna Berg, chairman and chief executive, said orders were strong.",
      ["Anna Berg → Vestra Kraft Corp"],
    ],
    [
      "... but not an analyst, whose firm is anyone's",
      "Vestra Kraft Corp said profits rose. Vestra Kraft Corp also cut debt. Anna Berg, an analyst, said orders were strong.",
      [],
    ],
    [
      "... nor in an article about two firms",
      "Vestra Kraft Corp and Nordfly Air said profits rose. Anna Berg, chairman, said orders were strong.",
      [],
    ],
    [
      "... nor of the outlet the article quotes",
      "Anna Berg told Nordvik Radio that prices rose. Nordvik Radio said more. Managing director Tomas Holm said so.",
      [],
    ],
    ["a news agency's report of a head of state", "Nordvik Press said President Anna Berg will visit Ostland.", []],
    [
      "'its chairman, X' after a verb of saying: the body that says it, not one named on the way",
      "TWA said in a filing with the Securities and Exchange Commission that its chairman, Ana Ruiz, is a target.",
      ["Ana Ruiz → TWA"],
    ],
    [
      "a body named 'of' something other than a country serves no country",
      "Anna Berg, chairman of the Oslo Association of Banks, said so.",
      ["Anna Berg → Oslo Association of Banks"],
    ],
    [
      "a bank named after its country serves it",
      "Anna Berg, governor of the Bank of Chile, said so.",
      ["Anna Berg → Bank of Chile", "Anna Berg → Chile"],
    ],
    [
      "a party's member, named by the party's adjective",
      "The Tories lost the vote. But Tory Tomas Holm was angry. Tory MPs agreed.",
      ["Tomas Holm → Tory"],
    ],
    [
      "an office's field between its owner and the title",
      "Labour won the vote. But Labour's campaign spokesman Anna Berg responded. Labour MPs cheered.",
      ["Anna Berg → Labour"],
    ],
    [
      "'X, its chief executive Y and treasurer Z': the body named before 'its', for both officers",
      "Regulators sued Vestra Kraft Corp, its chief executive Anna Berg and treasurer Tomas Holm.",
      ["Anna Berg → Vestra Kraft Corp", "Tomas Holm → Vestra Kraft Corp"],
    ],
  ])("%s", (_name, text, edges) => {
    expect(edgesOf(graphOf(text), "represents")).toEqual(edges);
  });
  it("the leader of a party whose name opens with a country is a person, not a head of state", () => {
    expect(nodesOf(graphOf("UK Independence Party leader Anna Berg said so."))).toContain("person:Anna Berg");
  });
});

describe("visits and meetings said in passing", () => {
  it.each<[string, string, string, string[]]>([
    ["a visit named before the person", "During her visit to Peru, Ana Ruiz signed a fisheries accord.", "visited", ["Ana Ruiz → Peru"]],
    [
      "a visit whose visitor follows 'by'",
      "The daily said so in an interview during a visit to Lima by President Tomas Berg.",
      "visited",
      ["Tomas Berg → Lima"],
    ],
    ["a trip to several places", "Ana Ruiz was on a three-day trip to Peru and Chile.", "visited", ["Ana Ruiz → Chile", "Ana Ruiz → Peru"]],
    ["a meeting after which one speaks", "Ana Ruiz told reporters in Lima after meeting Tomas Berg.", "met", ["Ana Ruiz ↔ Tomas Berg"]],
  ])("%s", (_name, text, relation, edges) => {
    expect(edgesOf(graphOf(text), relation as "visited")).toEqual(edges);
  });
  it("the place of the visit is no party to what the visitor signs", () => {
    expect(edgesOf(graphOf("During her visit to Peru, Ana Ruiz signed a fisheries accord."), "signed")).toEqual([
      "Ana Ruiz → fisheries accord",
    ]);
  });
  it("only a state's body makes its official serve the country in its name", () => {
    expect(edgesOf(graphOf("Danish Motors Corp spokesman Tomas Berg said sales rose."), "represents")).toEqual([
      "Tomas Berg → Danish Motors Corp",
    ]);
    expect(edgesOf(graphOf("Danish Foreign Ministry spokesman Tomas Berg said so."), "represents")).toEqual([
      "Tomas Berg → Danish Foreign Ministry",
      "Tomas Berg → Denmark",
    ]);
  });
});

describe("affiliations written beside a name", () => {
  it.each<[string, string, string[]]>([
    [
      "a country or a team in brackets",
      "Seeds: 12 Ana Ruiz (Chile), 13 Tomas Berg (Ostrava Rangers FC), 14 Lena Holm (Norway).",
      ["Ana Ruiz → Chile", "Lena Holm → Norway", "Tomas Berg → Ostrava Rangers FC"],
    ],
    [
      "not an acronym of the name itself",
      "Nordic Regional Transport Agency (NRTA) officials met on Monday. Anna Berg Holm (ABH) spoke.",
      [],
    ],
    ["a body named once before the title of a lord", "Nordfly chief executive Lord Berg said so.", ["Berg → Nordfly"]],
    [
      "a central bank named after its country",
      "Bank of Chile governor Ana Ruiz said so.",
      ["Ana Ruiz → Bank of Chile", "Ana Ruiz → Chile"],
    ],
  ])("%s", (_name, text, edges) => {
    expect(edgesOf(graphOf(text), "represents")).toEqual(edges);
  });
});

describe("trade said without a trading verb", () => {
  it("the named company after a country's description of it trades, not the country", () => {
    expect(
      edgesOf(graphOf("Peru's state oil company Petrolera Andina plans to export more fuel."), "exports", { asserted: false }),
    ).toEqual(["Petrolera Andina → fuel"]);
  });

  it("who says the sales were made buys nothing", () => {
    expect(edgesOf(graphOf("The agency backed sales of wheat to Peru, the Nordic Grain Board said."), "imports")).toEqual(["Peru → wheat"]);
  });
});

describe("an agreement described in lower case is its article's own", () => {
  it("keeps two articles' deals of one description apart when different parties signed them", () => {
    const g = graphOf("Chile and Norway signed a fisheries deal on Monday.", "Peru and Brazil signed a fisheries deal on Friday.");
    expect(nodesOf(g).filter((n) => n === "agreement:fisheries deal")).toHaveLength(2);
    expect(g.filterNodes((_, a) => a.kind === "agreement").map((n) => g.neighbors(n).length)).toEqual([3, 3]);
  });

  it("joins them when the same parties signed both", () => {
    const g = graphOf(
      "Chile and Norway signed a fisheries deal on Monday.",
      "A week later Chile and Norway signed a fisheries deal again.",
    );
    expect(nodesOf(g).filter((n) => n === "agreement:fisheries deal")).toHaveLength(1);
    expect(edgesOf(g, "signed")).toEqual(["Chile → fisheries deal", "Norway → fisheries deal"]);
  });

  it("a company's 'memorandum of understanding' is not another article's named memorandum", () => {
    const g = graphOf(
      "Chile and Peru signed the Pacific Memorandum of Understanding on fisheries.",
      "Condor Motors Corp signed a memorandum of understanding with Nordwerk Corp.",
    );
    expect(edgesOf(g, "signed")).toEqual([
      "Chile → Pacific Memorandum of Understanding",
      "Condor Motors Corp → memorandum of understanding with Nordwerk Corp",
      "Nordwerk Corp → memorandum of understanding with Nordwerk Corp",
      "Peru → Pacific Memorandum of Understanding",
    ]);
  });

  it("keeps a named agreement one node across articles", () => {
    const g = graphOf("Chile signed the Blue Harbour Agreement.", "Peru signed the Blue Harbour Agreement.");
    expect(nodesOf(g).filter((n) => n.startsWith("agreement:"))).toEqual(["agreement:Blue Harbour Agreement"]);
  });
});
