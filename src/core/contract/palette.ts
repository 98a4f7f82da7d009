// Colours by node kind and by relation: data shared by the layout stage (which stores
// each node's colour in graph.json) and the viewer's legend and reducers.
import type { NodeKind, Relation } from "./ontology.js";

export const KIND_COLORS: Readonly<Record<NodeKind, string>> = {
  leader: "#d62728",
  person: "#ff7f0e",
  country: "#1f77b4",
  place: "#17becf",
  organization: "#9467bd",
  agreement: "#2ca02c",
  sector: "#bcbd22",
  event: "#e377c2",
};

export const RELATION_COLORS: Readonly<Record<Relation, string>> = {
  signed: "#2ca02c",
  met: "#d62728",
  exports: "#8c564b",
  imports: "#c49c94",
  leads: "#1f77b4",
  represents: "#9467bd",
  covers: "#98df8a",
  visited: "#17becf",
};
