/** A bundle from the workbench passes `npm run validate` once added to data/, and its own check agrees when it would not. */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/lib/csv.ts";
import { normaliseText } from "../../../src/lib/report-text/open.ts";
import { bundleZip, makeBundle, sha256Hex } from "../../../src/lib/workbench/bundle.ts";
import { newWorkbench, propose, setStatus, updateRow, type Kinds } from "../../../src/lib/workbench/session.ts";
import { copyDataWithout } from "../../../src/server/data-copy.ts";
import { dataWithBundle, validateDir } from "../../fixtures/bundle.ts";

const published = {
  sources: readFileSync("data/sources.csv", "utf8"),
  units: readFileSync("data/units.csv", "utf8"),
  indicators: readFileSync("data/indicators.csv", "utf8"),
  observations: readFileSync("data/observations.csv", "utf8"),
};
const kinds: Kinds = new Map(
  parseCsv(published.indicators, "indicators.csv").records.map((r) => [
    r.values.indicator_id!,
    { kind: r.values.kind as "count" },
  ]),
);
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function acceptAll(text: string, sourceId: string, unitId: string, issuer = "UBND xã Ví Dụ") {
  let state = newWorkbench(`${sourceId}.txt`, { ...normaliseText(text), format: "txt" });
  state = { ...state, source: { ...state.source, source_id: sourceId, unit_id: unitId, issuer } };
  state = propose(state, kinds);
  return setStatus(
    state,
    state.rows.map((row) => row.key),
    "accepted",
  );
}

describe("workbench bundle", () => {
  it("for a new report of a new unit: text, hashed source row, unit row and numbered rows that npm run validate accepts", async () => {
    const text =
      "BÁO CÁO\n\nKết quả thực hiện dân chủ ở cơ sở năm 2024\n\nNăm 2024, UBND xã tiếp nhận 40 đơn, đã giải quyết 16/40 đơn, đạt 94,11%. Tổ hòa giải đã hòa giải thành 12 vụ việc.\n";
    let state = acceptAll(text, "xa-vi-du-2024", "xa-vi-du");
    state = {
      ...state,
      newUnit: { ...state.newUnit, name: "Xã Ví Dụ", level: "commune", parent_id: "lang-son", province: "Lạng Sơn" },
    };
    const bundle = await makeBundle(state, published, "read me");
    expect(bundle.issues).toEqual([]);
    expect(bundle.observations.map((row) => row.obs_id)).toEqual(
      bundle.observations.map((_, i) => `xa-vi-du-2024-${String(i + 1).padStart(3, "0")}`),
    );
    expect(bundle.observations.length).toBeGreaterThanOrEqual(2);
    const files = unzipSync(bundleZip(bundle));
    expect(Object.keys(files).sort()).toEqual([
      "README.txt",
      "observations.csv",
      "sources.csv",
      "sources/xa-vi-du-2024.txt",
      "units.csv",
    ]);
    expect(strFromU8(files["sources.csv"]!)).toContain(await sha256Hex(text));
    const dir = dataWithBundle(bundle.files);
    dirs.push(dir);
    const result = validateDir(dir);
    expect(result.output).toMatch(/is valid \(6 sources, \d+ units/);
    expect(result.status, result.output).toBe(0);
  });

  it("for a held report added as if for the first time, every proposal accepted as it is", async () => {
    const before = copyDataWithout("data", "kbang-2020");
    dirs.push(before);
    const tables = Object.fromEntries(
      ["sources", "units", "indicators", "observations"].map((name) => [
        name,
        readFileSync(join(before, `${name}.csv`), "utf8"),
      ]),
    ) as unknown as typeof published;
    const state = acceptAll(
      readFileSync("data/sources/kbang-2020.txt", "utf8"),
      "kbang-2020",
      "gia-lai-kbang",
      "UBND huyện Kbang",
    );
    expect(state.source.period).toBe("2020");
    const bundle = await makeBundle(state, tables, "");
    expect(bundle.issues).toEqual([]);
    expect(bundle.files.map((file) => file.path)).not.toContain("units.csv");
    const dir = dataWithBundle(bundle.files, before);
    dirs.push(dir);
    expect(validateDir(dir).status).toBe(0);
    // The same rows beside the curated ones: the validator asks for the disagreements to be flagged, and so does the bundle.
    const beside = await makeBundle(
      { ...state, source: { ...state.source, source_id: "kbang-2020-again" } },
      published,
      "",
    );
    expect(beside.issues.some((issue) => /another source gives this figure differently/.test(issue.message))).toBe(
      true,
    );
  });

  it("names the same problem npm run validate would, and a source id already taken", async () => {
    let state = acceptAll(readFileSync("data/sources/kbang-2020.txt", "utf8"), "kbang-2020", "gia-lai-kbang");
    const ratio = state.rows.find((row) => row.row.reported_percent !== "" && row.row.denominator !== "")!;
    state = updateRow(state, ratio.key, { numerator: String(Number(ratio.row.numerator) + 1) });
    const bundle = await makeBundle(state, published, "");
    const sourceLines = published.sources.trimEnd().split("\n").length;
    expect(bundle.issues[0]).toMatchObject({
      file: "sources.csv",
      line: sourceLines + 1,
      field: "source_id",
      message: expect.stringMatching(/^duplicate id "kbang-2020" \(first on line \d+\)$/),
    });
    const valueIssue = bundle.issues.find((issue) => issue.field === "value")!;
    expect(valueIssue.message).toMatch(/must be numerator\/denominator×100/);
    const renamed = await makeBundle(
      { ...state, source: { ...state.source, source_id: "kbang-2020-bad" } },
      published,
      "",
    );
    const dir = dataWithBundle(renamed.files);
    dirs.push(dir);
    const result = validateDir(dir);
    expect(result.status).toBe(1);
    expect(result.output).toContain(valueIssue.message);
  });
});
