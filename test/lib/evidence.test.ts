import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatIssue } from "../../src/lib/csv.ts";
import { checkObservationGrade, checkSourceGrade, isWebAddress } from "../../src/lib/evidence.ts";
import { validateDataset } from "../../src/lib/validate.ts";
import { readDatasetFiles } from "../../src/server/dataset.ts";

const BASE = join(import.meta.dirname, "../fixtures/data-min");
const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const CITED_SOURCE =
  "bao-mau-huyen-mau-2023,,Huyện Mẫu tổng kết công tác dân vận năm 2023,,Ban Dân vận Huyện ủy Mẫu,2024-01-05,tinh-mau-huyen-mau,2023,news_report_mass_mobilisation,,cited,https://bao-mau.example.vn/tong-ket-2023,Báo Mẫu,2026-12-03,,";
const CITED_ROW =
  "bao-mau-huyen-mau-2023-001,petitions_resolved,tinh-mau-huyen-mau,2023,total,45,50,90,90,bao-mau-huyen-mau-2023,cited,,second paragraph: petitions resolved out of those received,,,";

/** Validation of the minimal dataset with a cited page and its rows appended. */
function withCited(sourceLine = CITED_SOURCE, rows: string[] = [CITED_ROW]): string[] {
  const dir = mkdtempSync(join(tmpdir(), "sldc-evidence-"));
  scratch.push(dir);
  cpSync(BASE, dir, { recursive: true });
  const append = (file: string, lines: string[]) =>
    writeFileSync(join(dir, file), readFileSync(join(dir, file), "utf8") + lines.join("\n") + "\n");
  append("sources.csv", [sourceLine]);
  append("observations.csv", rows);
  return validateDataset(readDatasetFiles(dir)).map(formatIssue);
}

describe("cited figures in the dataset", () => {
  it("accepts a cited page with its address, publisher, date read, and a row with a locator", () => {
    expect(withCited()).toEqual([]);
  });

  it("refuses a cited row that copies a sentence, or that has no locator", () => {
    const quoted = CITED_ROW.replace(",cited,,second", ",cited,đã giải quyết 45/50 đơn,second");
    expect(withCited(CITED_SOURCE, [quoted]).join("\n")).toMatch(/observations\.csv:6:12 \(quote\): must be blank/);
    const bare = CITED_ROW.replace("second paragraph: petitions resolved out of those received", "");
    expect(withCited(CITED_SOURCE, [bare]).join("\n")).toMatch(
      /observations\.csv:6:13 \(locator\): a cited figure needs/,
    );
  });

  it("refuses a row whose grade is not its source's", () => {
    const wrong = CITED_ROW.replace(",cited,", ",held,");
    expect(withCited(CITED_SOURCE, [wrong]).join("\n")).toMatch(/6:11 \(grade\): must be "cited"/);
  });

  it("refuses a cited page without a well-formed address or publisher, or with a text file", () => {
    const noUrl = CITED_SOURCE.replace("https://bao-mau.example.vn/tong-ket-2023", "bao-mau tong ket");
    expect(withCited(noUrl).join("\n")).toMatch(/sources\.csv:3:12 \(url\): "bao-mau tong ket" is not a web address/);
    const noPublisher = CITED_SOURCE.replace(",Báo Mẫu,", ",,");
    expect(withCited(noPublisher).join("\n")).toMatch(/sources\.csv:3:13 \(publisher\): a cited page needs/);
    const withFile = CITED_SOURCE.replace("bao-mau-huyen-mau-2023,,", "bao-mau-huyen-mau-2023,sources/mau-2024.txt,");
    expect(withCited(withFile).join("\n")).toMatch(/sources\.csv:3:2 \(file\): must be blank for a cited page/);
  });

  it("refuses the same figure twice from one source", () => {
    const twice = CITED_ROW.replace("-001,", "-002,");
    expect(withCited(CITED_SOURCE, [CITED_ROW, twice]).join("\n")).toMatch(
      /observations\.csv:7:1 \(obs_id\): duplicates the figure on line 6/,
    );
  });

  it("asks both rows to be flagged when two sources give the same figure differently", () => {
    const second = CITED_SOURCE.replaceAll("bao-mau-huyen-mau-2023", "cong-mau-huyen-mau-2023").replace(
      "https://bao-mau.example.vn/tong-ket-2023",
      "https://mau.gov.example.vn/tin/2023",
    );
    const other = CITED_ROW.replaceAll("bao-mau-huyen-mau-2023", "cong-mau-huyen-mau-2023").replace(
      "45,50,90,90",
      "44,50,88,88",
    );
    const dir = mkdtempSync(join(tmpdir(), "sldc-evidence-"));
    scratch.push(dir);
    cpSync(BASE, dir, { recursive: true });
    const append = (file: string, lines: string[]) =>
      writeFileSync(join(dir, file), readFileSync(join(dir, file), "utf8") + lines.join("\n") + "\n");
    append("sources.csv", [CITED_SOURCE, second]);
    append("observations.csv", [CITED_ROW, other]);
    const issues = validateDataset(readDatasetFiles(dir)).map(formatIssue).join("\n");
    expect(issues).toMatch(
      /observations\.csv:6:14 \(flags\): another source gives this figure differently \(cong-mau-huyen-mau-2023-001 \(88\)\)/,
    );
    expect(issues).toMatch(/observations\.csv:7:14 \(flags\): another source gives this figure differently/);

    const flag = (row: string) =>
      row.replace(
        /,,,$/,
        ",inconsistent_with_other_statement,Two pages give different counts.,Hai trang nêu số khác nhau.",
      );
    writeFileSync(
      join(dir, "observations.csv"),
      readFileSync(join(BASE, "observations.csv"), "utf8") + [flag(CITED_ROW), flag(other)].join("\n") + "\n",
    );
    expect(validateDataset(readDatasetFiles(dir)).map(formatIssue)).toEqual([]);
  });
});

describe("evidence rules", () => {
  it("knows a web address", () => {
    expect(isWebAddress("https://baolaocai.vn/bai-viet-1.html")).toBe(true);
    expect(isWebAddress("http://example.vn/a?b=c")).toBe(true);
    for (const bad of [
      "",
      "baolaocai.vn/x",
      "ftp://example.vn/x",
      "https://localhost/x",
      "https://a b.vn/",
      "javascript:alert(1)",
    ]) {
      expect(isWebAddress(bad), bad).toBe(false);
    }
  });

  it("asks a held report for its file and hash", () => {
    expect(checkSourceGrade({ grade: "held", file: "", sha256: "" }).map(([field]) => field)).toEqual([
      "file",
      "sha256",
    ]);
  });

  it("leaves rows without a known source to the reference check", () => {
    expect(checkObservationGrade({ grade: "", quote: "" }, undefined)).toEqual([]);
  });
});
