/** The curator's workbench in Chromium: every file type, every bad file, legacy encodings, reload, export, compare. */
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { toTcvn3 } from "../../src/lib/report-text/legacy.ts";
import { dataWithBundle, validateDir } from "../fixtures/bundle.ts";
import { makeDocx, makeEncryptedPdf, makeScanPdf, makeTextPdf } from "../fixtures/report-files.ts";
import { chromiumForFile, recordOffOrigin, watchPage } from "./chromium.ts";

const baseUrl = inject("baseUrl");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const offOrigin: string[] = [];
const dirs: string[] = [];
const session = chromiumForFile((started) => recordOffOrigin(started, baseUrl, offOrigin));
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const SENTENCE = "Năm 2024, UBND xã tiếp nhận 40 đơn, đã giải quyết 36/40 đơn, đạt 90%.";
/** The values of one field over every row card (inputs hold them, so text matching cannot see them). */
const fieldValues = (page: Page, field: string) =>
  page
    .locator(`#wb-rows li [name=${field}]`)
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
const opened = (page: Page) => page.evaluate(() => performance.getEntriesByName("sldc:workbench-opened").length);

async function openFile(page: Page, name: string, bytes: Uint8Array | Buffer, mimeType = "application/octet-stream") {
  const before = await opened(page);
  await page.setInputFiles("#wb-file", { name, mimeType, buffer: Buffer.from(bytes) });
  await page.waitForFunction((n) => performance.getEntriesByName("sldc:workbench-opened").length > n, before, {
    timeout: 60_000,
  });
}

async function openBad(page: Page, name: string, bytes: Uint8Array): Promise<string> {
  await page.evaluate(() => (document.querySelector("#wb-error")!.textContent = ""));
  await page.setInputFiles("#wb-file", { name, mimeType: "application/octet-stream", buffer: Buffer.from(bytes) });
  await page.waitForFunction(() => document.querySelector("#wb-error")!.textContent !== "", null, { timeout: 60_000 });
  return page.locator("#wb-error").innerText();
}

async function freshPage(path = "workbench/"): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(baseUrl + path);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  return page;
}

describe("workbench: opening reports", () => {
  it("reads a .txt, a .docx, a .pdf with a text layer and pasted text, proposing rows with their passages highlighted", async () => {
    const page = await freshPage();
    const watched = watchPage(page);
    const expectProposals = async (name: string) => {
      expect(await page.locator("#wb-status").innerText()).toContain(`Đã mở ${name}`);
      expect(await fieldValues(page, "numerator")).toContain("36");
      expect((await page.locator("#wb-text mark").allInnerTexts()).join(" ")).toMatch(/36\/40 đơn/);
      expect(await page.locator("#wb-text").innerText()).toContain("giải quyết 36/40 đơn");
    };
    await openFile(page, "xa-a.txt", new TextEncoder().encode(SENTENCE), "text/plain");
    await expectProposals("xa-a.txt");
    await openFile(page, "xa-b.docx", makeDocx(["BÁO CÁO", SENTENCE]));
    await expectProposals("xa-b.docx");
    await openFile(
      page,
      "xa-c.pdf",
      makeTextPdf(["Năm 2024, UBND xã tiếp nhận 40 đơn,", "đã giải quyết 36/40 đơn, đạt 90%."]),
    );
    await expectProposals("xa-c.pdf");
    const before = await opened(page);
    await page.fill("#wb-paste", SENTENCE);
    await page.click("#wb-use-paste");
    await page.waitForFunction((n) => performance.getEntriesByName("sldc:workbench-opened").length > n, before);
    await expectProposals("van-ban-dan.txt");
    expect(watched.errors).toEqual([]);
    // The PDF reader and its worker came from the site itself.
    expect(watched.requests.some((url) => url.endsWith("/pdfjs/pdf.worker.min.mjs"))).toBe(true);
    await page.close();
  });

  it("gives each bad file its own message and keeps the report already open", async () => {
    const page = await freshPage();
    await openFile(page, "xa-a.txt", new TextEncoder().encode(SENTENCE), "text/plain");
    const rows = await page.locator("#wb-rows > li").count();
    expect(await openBad(page, "scan.pdf", makeScanPdf())).toMatch(/scan\.pdf không có lớp chữ.*OCR/);
    expect(await openBad(page, "locked.pdf", makeEncryptedPdf())).toMatch(/locked\.pdf được khóa bằng mật khẩu/);
    expect(await openBad(page, "empty.txt", new Uint8Array())).toMatch(/empty\.txt không có chữ nào: tệp rỗng/);
    expect(await openBad(page, "broken.pdf", Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 1, 2, 3]))).toMatch(
      /Không đọc được broken\.pdf: tệp bị hỏng/,
    );
    expect(await openBad(page, "broken.docx", Uint8Array.from([1, 2, 3, 4]))).toMatch(/Không đọc được broken\.docx/);
    expect(await openBad(page, "table.xlsx", Uint8Array.from([0x50, 0x4b, 3, 4, 0]))).toMatch(
      /Không đọc được loại tệp của table\.xlsx/,
    );
    expect(await openBad(page, "old.doc", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0]))).toMatch(
      /old\.doc là tệp Word cũ/,
    );
    // A 50 MB file is refused before it is read; dropped rather than chosen.
    await page.evaluate(() => {
      document.querySelector("#wb-error")!.textContent = "";
      const big = new File([new Uint8Array(50 * 1024 * 1024 + 1)], "big.pdf", { type: "application/pdf" });
      const transfer = new DataTransfer();
      transfer.items.add(big);
      document
        .querySelector("#wb-drop")!
        .dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true }));
    });
    await page.waitForFunction(() => document.querySelector("#wb-error")!.textContent !== "");
    expect(await page.locator("#wb-error").innerText()).toMatch(/big\.pdf nặng 50(,0)? MB, quá giới hạn 50 MB/);
    expect(await page.locator("#wb-rows > li").count()).toBe(rows);
    expect(await page.locator("#wb-text").innerText()).toContain(SENTENCE);
    await page.close();
  });

  it("converts TCVN3 and VNI text to Unicode and says so, in English on the English page", async () => {
    const page = await freshPage("en/workbench/");
    const tcvn3 = toTcvn3(`Báo cáo kết quả thực hiện dân chủ ở cơ sở. ${SENTENCE}`);
    await openFile(page, "tcvn3.txt", Uint8Array.from([...tcvn3].map((c) => c.charCodeAt(0))), "text/plain");
    expect(await page.locator("#wb-status").innerText()).toMatch(
      /A 8-bit text file.*TCVN3 \(ABC\) legacy encoding: 1 paragraphs were converted/s,
    );
    expect(await page.locator("#wb-text").innerText()).toContain("đã giải quyết 36/40 đơn");
    const vni =
      "Baùo caùo keát quaû thöïc hieän daân chuû. Naêm 2024, UBND xaõ tieáp nhaän 40 ñôn, ñaõ giaûi quyeát 36/40 ñôn, ñaït 90%.";
    await openFile(page, "vni.docx", makeDocx([vni]));
    expect(await page.locator("#wb-status").innerText()).toMatch(/VNI legacy encoding: 1 paragraphs were converted/);
    expect(await page.locator("#wb-text").innerText()).toContain(`Báo cáo kết quả thực hiện dân chủ. ${SENTENCE}`);
    expect(await fieldValues(page, "numerator")).toContain("36");
    await page.close();
  });
});

describe("workbench: reviewing", () => {
  it("keeps accepted, rejected, edited and hand-added rows across a reload", async () => {
    const page = await freshPage();
    await openFile(
      page,
      "xa-d.txt",
      new TextEncoder().encode(`${SENTENCE}\nTổ hòa giải đã hòa giải thành 12 vụ việc.`),
    );
    const cards = page.locator("#wb-rows > li");
    const count = await cards.count();
    expect(count).toBeGreaterThanOrEqual(2);
    await cards.nth(0).locator("[data-action=accept]").click();
    await cards.nth(1).locator("[data-action=reject]").click();
    await cards.nth(0).locator("input[name=note]").fill("Checked against the paper copy.");
    await cards.nth(0).locator("input[name=note_vi]").fill("Đã đối chiếu với bản giấy.");
    await cards.nth(0).locator("input[name=note_vi]").press("Tab");
    expect(await cards.nth(0).locator(".wb-ok").count()).toBe(1);
    // Select "tiếp nhận 40 đơn" in the text and add it by hand.
    await page.evaluate(() => {
      const view = document.querySelector("#wb-text")!;
      const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf("tiếp nhận 40 đơn");
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + "tiếp nhận 40 đơn".length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
    });
    await page.selectOption("#wb-add-indicator", "petitions_received");
    await page.click("#wb-add");
    const manual = page.locator("#wb-rows > li", { hasText: "thêm tay" });
    expect(await manual.count()).toBe(1);
    expect(await manual.locator("textarea[name=quote]").inputValue()).toBe("tiếp nhận 40 đơn");
    expect(await manual.locator(".issues").innerText()).toMatch(/value: a count needs a value/);
    await manual.locator("input[name=value]").fill("41");
    await manual.locator("input[name=value]").press("Tab");
    expect(await manual.locator(".issues").innerText()).toMatch(/value: 41 does not appear in the quote/);
    await manual.locator("input[name=value]").fill("40");
    await manual.locator("input[name=value]").press("Tab");
    expect(await manual.locator(".wb-ok").innerText()).toBe("Đạt kiểm tra.");
    const summary = await page.locator("#wb-summary").innerText();

    // A populated workbench is as accessible as the empty page the a11y test checks.
    await page.evaluate(axeSource);
    const serious = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } })
        .axe;
      return (await axe.run()).violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => v.id);
    });
    expect(serious).toEqual([]);

    await page.reload();
    await page.waitForSelector("#wb-rows > li");
    expect(await page.locator("#wb-status").innerText()).toContain("Đã khôi phục phần việc đang làm với xa-d.txt");
    expect(await page.locator("#wb-summary").innerText()).toBe(summary);
    expect(await page.locator("#wb-rows > li").count()).toBe(count + 1);
    expect(await page.locator("#wb-rows > li.accepted input[name=note]").first().inputValue()).toBe(
      "Checked against the paper copy.",
    );
    expect(await page.locator("#wb-rows > li.rejected").count()).toBe(1);
    expect(await page.locator("#wb-rows > li", { hasText: "thêm tay" }).locator("input[name=value]").inputValue()).toBe(
      "40",
    );
    await page.close();
  });
});

describe("workbench: export", () => {
  it("blocks a bundle that would not validate, then downloads one that npm run validate accepts", async () => {
    const page = await freshPage();
    await openFile(page, "kbang-2020.txt", readFileSync("data/sources/kbang-2020.txt"), "text/plain");
    await page.click("#wb-accept-all");
    await page.click("#wb-export-zip");
    await page.waitForSelector("#wb-export-report .issues li");
    const blocked = await page.locator("#wb-export-report").innerText();
    expect(blocked).toMatch(/sources\.csv:\d+:1 \(source_id\): duplicate id "kbang-2020" \(first on line \d+\)/);
    expect(blocked).toMatch(/sources\.csv:\d+:7 \(unit_id\): is required/);
    expect(blocked).not.toMatch(/units\.csv/);

    // The same text for a unit of its own (the curated rows of Kbang would disagree with it otherwise).
    await page.fill("#wb-details input[name=source_id]", "kbang-2020-lan-hai");
    await page.fill("#wb-details input[name=issuer]", "UBND huyện Kbang");
    await page.fill("#wb-details input[name=unit_id]", "gia-lai-kbang-ban-sao");
    await page.locator("#wb-details input[name=unit_id]").press("Tab");
    expect(await page.locator("#wb-new-unit").isVisible()).toBe(true);
    await page.fill("#wb-new-unit input[name='unit.name']", "Huyện Kbang (bản sao)");
    await page.selectOption("#wb-new-unit select[name='unit.level']", "district");
    await page.fill("#wb-new-unit input[name='unit.parent_id']", "gia-lai");
    await page.fill("#wb-new-unit input[name='unit.province']", "Gia Lai");
    await page.locator("#wb-new-unit input[name='unit.province']").press("Tab");
    const download = page.waitForEvent("download");
    await page.click("#wb-export-zip");
    const file = await download;
    expect(file.suggestedFilename()).toBe("kbang-2020-lan-hai-bundle.zip");
    expect(await page.locator("#wb-export-report").innerText()).toMatch(/Gói đạt kiểm tra: \d+ dòng/);
    const files = unzipSync(new Uint8Array(readFileSync((await file.path())!)));
    expect(strFromU8(files["sources/kbang-2020-lan-hai.txt"]!)).toBe(
      readFileSync("data/sources/kbang-2020.txt", "utf8"),
    );
    expect(strFromU8(files["observations.csv"]!).split("\n")[1]).toMatch(/^kbang-2020-lan-hai-001,/);
    expect(strFromU8(files["units.csv"]!)).toContain(
      "gia-lai-kbang-ban-sao,Huyện Kbang (bản sao),district,gia-lai,Gia Lai",
    );
    const dir = dataWithBundle(Object.entries(files).map(([path, bytes]) => ({ path, content: strFromU8(bytes) })));
    dirs.push(dir);
    const result = validateDir(dir);
    expect(result.status, result.output).toBe(0);
    await page.close();
  });

  it("hands the accepted rows to the compare page as the visitor's own data", async () => {
    const page = await freshPage();
    await openFile(page, "kbang-2020.txt", readFileSync("data/sources/kbang-2020.txt"), "text/plain");
    await page.fill("#wb-details input[name=source_id]", "kbang-rieng");
    await page.fill("#wb-details input[name=unit_id]", "huyen-cua-toi");
    await page.locator("#wb-details input[name=unit_id]").press("Tab");
    expect(await page.locator("#wb-new-unit").isVisible()).toBe(true);
    await page.click("#wb-accept-all");
    const accepted = await page.locator("#wb-rows > li.accepted").count();
    await page.click("#wb-compare");
    await page.waitForURL(/\/compare\/$/);
    await page.waitForFunction(
      () => /Đã thêm \d+ dòng/.test(document.querySelector("#own-report")!.textContent!),
      null,
      {
        timeout: 90_000,
      },
    );
    const added = Number((await page.locator("#own-report").innerText()).match(/Đã thêm (\d+) dòng/)![1]);
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThanOrEqual(accepted);
    await page.waitForFunction(
      // Shown under the handed-over file's name, as any visitor's file is.
      () => document.querySelector("#compare-view")!.textContent!.includes("kbang-rieng · 2020"),
      null,
      {
        timeout: 90_000,
      },
    );
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.close();
  });
});

describe("workbench: network", () => {
  it("made no request to any other host", () => {
    expect(offOrigin).toEqual([]);
  });
});
