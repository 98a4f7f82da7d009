// actions for filters, focus, path query and tabs: their effect on the state, sorted lists (equal
// filters compare equal), clamping, and "same object when nothing changes".
import { describe, expect, it } from "vitest";
import {
  changeFocusHops,
  escape,
  focusOn,
  MAX_FOCUS_HOPS,
  resetFilters,
  selectNode,
  setKindShown,
  setMinArticles,
  setPathEnd,
  setPathRelation,
  setQuery,
  setRelationShown,
  showOnlyKind,
  showPanel,
  swapPathEnds,
} from "../../../src/viewer/state/actions.js";
import type { Producer } from "../../../src/viewer/state/store.js";
import { getInitialViewerState, type ViewerState } from "../../../src/viewer/state/viewer-state.js";

const apply = (...actions: Producer<ViewerState>[]) => actions.reduce((s, a) => a(s), getInitialViewerState());

describe("filter actions", () => {
  it("keeps hidden kinds in ontology order, whatever the order of clicks", () => {
    expect(apply(setKindShown("sector", false), setKindShown("leader", false)).filters.hiddenKinds).toEqual(["leader", "sector"]);
    expect(apply(setKindShown("sector", false), setKindShown("sector", true)).filters.hiddenKinds).toEqual([]);
  });

  it("shows one kind alone", () => {
    expect(apply(showOnlyKind("country")).filters.hiddenKinds).not.toContain("country");
    expect(apply(showOnlyKind("country")).filters.hiddenKinds).toHaveLength(7);
  });

  it.each([
    [0, 1],
    [3.7, 3],
    [Number.NaN, 1],
  ])("clamps the minimum of articles %f → %i", (n, expected) => {
    expect(apply(setMinArticles(n)).filters.minArticles).toBe(expected);
  });

  it("resets filters and focus, and is a no-op when pristine", () => {
    const s = apply(setRelationShown("met", false), focusOn("a", 2), resetFilters);
    expect(s.filters).toEqual(getInitialViewerState().filters);
    expect(s.focus).toBeNull();
    const pristine = getInitialViewerState();
    expect(resetFilters(pristine)).toBe(pristine);
  });

  it.each<[string, Producer<ViewerState>]>([
    ["showing a shown kind", setKindShown("leader", true)],
    ["showing a shown relation", setRelationShown("met", true)],
    ["the same minimum", setMinArticles(1)],
    ["the same query", setQuery("")],
    ["the open tab", showPanel("details")],
  ])("returns the same object for %s", (_name, action) => {
    const s = getInitialViewerState();
    expect(action(s)).toBe(s);
  });
});

describe("focus actions", () => {
  it("clamps hops to 1…MAX_FOCUS_HOPS", () => {
    expect(apply(focusOn("a", 1), changeFocusHops(-1)).focus).toEqual({ node: "a", hops: 1 });
    expect(apply(focusOn("a", 99)).focus).toEqual({ node: "a", hops: MAX_FOCUS_HOPS });
    expect(apply(focusOn("a", 1), changeFocusHops(1)).focus).toEqual({ node: "a", hops: 2 });
  });

  it("Esc clears the selection first, then focus, then the path tab", () => {
    let s = apply(setPathEnd("source", "a"), focusOn("a", 2), selectNode("b"), showPanel("path"));
    s = escape(s);
    expect([s.selectedNode, s.focus?.hops, s.panel]).toEqual([null, 2, "path"]);
    s = escape(s);
    expect([s.focus, s.panel]).toEqual([null, "path"]);
    s = escape(s);
    expect(s.panel).toBe("details");
    expect(escape(s)).toBe(s);
  });
});

describe("path actions", () => {
  it("sets the ends, opens the path tab and swaps", () => {
    const s = apply(setPathEnd("source", "a"), setPathEnd("target", "b"));
    expect([s.path.source, s.path.target, s.panel]).toEqual(["a", "b", "path"]);
    expect([swapPathEnds(s).path.source, swapPathEnds(s).path.target]).toEqual(["b", "a"]);
  });

  it("forbidding a relation from 'any' allows all the others; allowing it back means any again", () => {
    const s = apply(setPathRelation("met", false));
    expect(s.path.relations).toHaveLength(7);
    expect(s.path.relations).not.toContain("met");
    expect(setPathRelation("met", true)(s).path.relations).toEqual([]);
  });

  it("selecting a node from the path tab goes back to the details", () => {
    expect(apply(setPathEnd("source", "a"), selectNode("b")).panel).toBe("details");
  });
});
