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

const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;
const isIndex = (k: string) => ARRAY_INDEX.test(k) && Number(k) < 4294967295;

/**
 * Object keys in the order `JSON.stringify(sortKeys(value))` writes them: sorted, except that
 * array-index keys ("0", "12") come first in numeric order, as JavaScript enumerates them.
 */
function orderedKeys(value: object): string[] {
  const keys = Object.keys(value).sort();
  if (!keys.some(isIndex)) return keys;
  const indices = keys.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  return [...indices, ...keys.filter((k) => !isIndex(k))];
}

/** The text of `value` (undefined where JSON.stringify omits it), without copying the tree first. */
function write(value: unknown): string | undefined {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return Number.isFinite(value) ? String(value) : "null";
    case "boolean":
      return value ? "true" : "false";
    case "object": {
      if (value === null) return "null";
      if (Array.isArray(value)) {
        let out = "[";
        for (let i = 0; i < value.length; i++) out += (i ? "," : "") + (write(value[i]) ?? "null");
        return out + "]";
      }
      let out = "{";
      let first = true;
      for (const k of orderedKeys(value)) {
        const v = write((value as Record<string, unknown>)[k]);
        if (v === undefined) continue;
        out += (first ? "" : ",") + JSON.stringify(k) + ":" + v;
        first = false;
      }
      return out + "}";
    }
    case "bigint":
      return JSON.stringify(value); // throws, as JSON.stringify does
    default:
      return undefined;
  }
}

/**
 * JSON.stringify with sorted keys: {"title": "x", "id": "a"} → '{"id":"a","title":"x"}'. The same
 * text as `JSON.stringify(sortKeys(value))` for JSON data, written in one pass (no sorted copy).
 */
export function sortedJson(value: unknown): string {
  return write(value) as string;
}
