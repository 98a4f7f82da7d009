// JSON whose object keys are sorted at every depth, so the text depends on the data alone and not
// on the order its fields were set in: the same graph gives the same bytes in every format.

/** A copy of `value` with every object's keys in sorted order (arrays keep their order). */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

/** JSON.stringify with sorted keys: {"title": "x", "id": "a"} → '{"id":"a","title":"x"}'. */
export function sortedJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}
