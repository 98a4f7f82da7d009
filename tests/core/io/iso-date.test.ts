// toIsoDate: the dates readers find, made ISO 8601 as the contract wants, or dropped when unreadable.
import { describe, expect, it } from "vitest";
import { toIsoDate } from "../../../src/core/index.js";

describe("toIsoDate", () => {
  it.each<[string, unknown, string | undefined]>([
    ["a plain ISO day", "2026-03-06", "2026-03-06"],
    ["an ISO day with spaces around", "  2026-03-06 ", "2026-03-06"],
    ["an ISO time with a zone, kept as written", "2026-03-06T09:30:00+01:00", "2026-03-06T09:30:00+01:00"],
    ["an ISO time in UTC", "2026-03-06T09:30:00.250Z", "2026-03-06T09:30:00.250Z"],
    ["a space instead of the T", "2026-03-06 09:30", "2026-03-06T09:30"],
    ["a slashed day", "2026/3/6", "2026-03-06"],
    ["a dotted day", "2026.03.06", "2026-03-06"],
    ["a written day, month first", "March 6, 2026", "2026-03-06"],
    ["a written day, day first", "6 March 2026", "2026-03-06"],
    ["an e-mail style date with a zone, in UTC", "Fri, 06 Mar 2026 23:56:00 -0500", "2026-03-07T04:56:00Z"],
    ["an e-mail style date in GMT", "Fri, 06 Mar 2026 09:56:00 GMT", "2026-03-06T09:56:00Z"],
    ["a day that does not exist", "2026-02-30", undefined],
    ["a month and a day that do not exist", "2026-13-45", undefined],
    ["a time that does not exist", "2026-03-06T25:99:99Z", undefined],
    ["minutes past 59", "2026-03-06 09:60", undefined],
    ["a leap second", "2016-12-31T23:59:60Z", "2016-12-31T23:59:60Z"],
    ["an offset past 14 hours", "2026-03-06T09:30:00+15:00", undefined],
    ["the largest offset", "2026-03-06T09:30:00+14:00", "2026-03-06T09:30:00+14:00"],
    ["a month that does not exist", "2026-13-01", undefined],
    ["a word", "yesterday", undefined],
    ["a bare number", "2026", undefined],
    ["an empty string", "", undefined],
    ["a number, not a string", 20260306, undefined],
    ["nothing", undefined, undefined],
  ])("reads %s", (_name, input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });
});
