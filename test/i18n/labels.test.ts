import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALES, messages } from "../../src/i18n/index.ts";
import { parseCsv } from "../../src/lib/csv.ts";

const column = (file: string, name: string) => {
  const table = parseCsv(readFileSync(`data/${file}`, "utf8"), file);
  return [...new Set(table.records.map((record) => record.values[name] ?? "").filter(Boolean))].sort();
};

// A code the data uses but the interface cannot name shows raw ("four_star_only") on both sites.
describe.each(LOCALES)("the %s interface names every code the data uses", (locale) => {
  const t = messages(locale);
  it.each([
    ["scopes", column("observations.csv", "scope"), t.scopes as Record<string, string>],
    [
      "flags",
      column("observations.csv", "flags").flatMap((flags) => flags.split(";")),
      t.flags as Record<string, string>,
    ],
    ["levels", column("units.csv", "level"), t.levels as Record<string, string>],
    ["topics", column("indicators.csv", "topic"), t.topics as Record<string, string>],
  ])("%s", (_, codes, labels) => {
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((code) => !labels[code])).toEqual([]);
  });
});
