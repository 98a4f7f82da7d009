// core-xml: a strict XML 1.0 reading of a document (saxes, a conformant parser) that
// returns its well-formedness errors and the GraphML <key> and <data> elements it holds.
import { SaxesParser } from "saxes";

export interface GraphmlKey {
  readonly id: string;
  readonly for: string;
  readonly name: string;
  readonly type: string;
}

export interface XmlReading {
  readonly errors: string[];
  readonly keys: GraphmlKey[];
  /** The `key` of every <data>, with the element it sits in (graph, node, edge). */
  readonly data: { key: string; in: string }[];
}

export function readXml(text: string): XmlReading {
  const errors: string[] = [];
  const keys: GraphmlKey[] = [];
  const data: { key: string; in: string }[] = [];
  const stack: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (err) => errors.push(err.message));
  parser.on("opentag", (tag) => {
    const attr = (name: string) => tag.attributes[name]?.value ?? "";
    if (tag.local === "key") keys.push({ id: attr("id"), for: attr("for"), name: attr("attr.name"), type: attr("attr.type") });
    if (tag.local === "data") data.push({ key: attr("key"), in: stack[stack.length - 1] ?? "" });
    if (!tag.isSelfClosing) stack.push(tag.local);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.write(text).close();
  return { errors, keys, data };
}
