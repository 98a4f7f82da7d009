// Types for graphology-gexf's writer module alone: the core imports the writer without the parser,
// whose browser build needs a DOM at load time and whose Node build pulls in an XML parser.
declare module "graphology-gexf/browser/writer.js" {
  import type { write } from "graphology-gexf/browser";
  const writeGexf: typeof write;
  export default writeGexf;
}
