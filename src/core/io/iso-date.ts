// Article dates as the contract writes them (ISO 8601): what readers find in front matter, meta
// tags and JSON lines ("March 6, 2026", "2026/03/06", "Fri, 06 Mar 2026 09:56:00 GMT"), made ISO.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
/** A stated time zone: the instant is then known and is written in UTC. */
const ZONE = /(?:\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}$)/;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function realDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A time of day and zone that exist: hours 0-23, minutes 0-59, seconds 0-60 (a leap second), an offset within ±14:00. */
function realTime(hours?: string, minutes?: string, seconds?: string, zone?: string): boolean {
  if (hours !== undefined && (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 60)) return false;
  const offset = zone && zone !== "Z" ? /(\d{2}):?(\d{2})$/.exec(zone) : null;
  return !offset || (Number(offset[1]) * 60 + Number(offset[2]) <= 14 * 60 && Number(offset[2]) <= 59);
}

/**
 * The ISO 8601 form of a date, or undefined when it cannot be read (the date is then left out,
 * never guessed). ISO input is kept as written: "2026-03-06" → "2026-03-06",
 * "2026-03-06 09:30" → "2026-03-06T09:30"; a zone makes it UTC: "Fri, 06 Mar 2026 23:56:00 -0500"
 * → "2026-03-07T04:56:00Z"; no zone keeps the written day: "March 6, 2026" → "2026-03-06".
 */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso)
    return realDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) && realTime(iso[4], iso[5], iso[6], iso[7])
      ? text.replace(" ", "T")
      : undefined;
  const slashed = SLASHED.exec(text);
  if (slashed) {
    const [year, month, day] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
    return realDate(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
  }
  // NOTE: only words and digits reach Date.parse: it accepts odd strings ("1", "x 2") as dates.
  if (!/\d{4}/.test(text) || !/[A-Za-z]{3}/.test(text)) return undefined;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  const d = new Date(ms);
  if (ZONE.test(text)) return d.toISOString().replace(/\.000Z$/, "Z");
  // Without a zone the string was read as local time: its local fields are the ones written.
  const day = `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const time =
    d.getHours() || d.getMinutes() || d.getSeconds() ? `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` : "";
  return realDate(d.getFullYear(), d.getMonth() + 1, d.getDate()) ? day + time : undefined;
}
