// store: get / update / subscribe, and that a producer returning the same state notifies no one.
import { describe, expect, it, vi } from "vitest";
import { createStore } from "../../../src/viewer/state/store.js";

describe("createStore", () => {
  it("returns the initial state from get()", () => {
    const initial = { n: 0 };
    expect(createStore(initial).get()).toBe(initial);
  });

  it("replaces the state with the producer's result", () => {
    const store = createStore({ n: 0 });
    store.update((s) => ({ n: s.n + 1 }));
    store.update((s) => ({ n: s.n + 1 }));
    expect(store.get()).toEqual({ n: 2 });
  });

  it("calls listeners with the next and the previous state", () => {
    const store = createStore({ n: 0 });
    const listener = vi.fn();
    store.subscribe(listener);
    store.update(() => ({ n: 1 }));
    expect(listener).toHaveBeenCalledExactlyOnceWith({ n: 1 }, { n: 0 });
  });

  it("does not notify when the producer returns the same object", () => {
    const store = createStore({ n: 0 });
    const listener = vi.fn();
    store.subscribe(listener);
    store.update((s) => s);
    expect(listener).not.toHaveBeenCalled();
  });

  it("stops notifying after unsubscribe", () => {
    const store = createStore({ n: 0 });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();
    store.update(() => ({ n: 1 }));
    expect(listener).not.toHaveBeenCalled();
  });

  it("lets a listener unsubscribe itself while being called, without skipping the others", () => {
    const store = createStore({ n: 0 });
    const second = vi.fn();
    const unsubscribe = store.subscribe(() => unsubscribe());
    store.subscribe(second);
    store.update(() => ({ n: 1 }));
    store.update(() => ({ n: 2 }));
    expect(second).toHaveBeenCalledTimes(2);
  });
});
