// store: a tiny observable state container, createStore(initial) → { get, update, subscribe }.
// Producers return the next state; returning the same object means "nothing changed" and notifies no one.

export type Producer<S> = (state: S) => S;
export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  update(producer: Producer<S>): void;
  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  subscribe(listener: Listener<S>): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    get: () => state,
    update(producer) {
      const previous = state;
      const next = producer(previous);
      if (Object.is(next, previous)) return;
      state = next;
      // NOTE: iterate over a copy so a listener may unsubscribe itself while being called.
      for (const listener of [...listeners]) listener(next, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
