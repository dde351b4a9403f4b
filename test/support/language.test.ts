import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { foreignProse, foreignWords } from "./language.ts";

const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;

describe("the language check", () => {
  it("finds English prose on a Vietnamese page and Vietnamese prose on an English one", () => {
    expect(foreignWords("Share of the records settled on time", "vi")).toEqual(["of", "the", "on"]);
    expect(foreignWords("Tỷ lệ hồ sơ được giải quyết đúng hạn của huyện", "en")).toEqual(["Tỷ", "lệ", "được", "của"]);
  });

  it("leaves names, codes and acronyms alone", () => {
    expect(foreignWords("Huyện Bắc Sơn, Thủ Dầu Một, Quận Bắc Từ Liêm", "en")).toEqual([]);
    expect(foreignWords("yen-the-2023-020 · CC BY 4.0 · Long An · Can Lộc", "vi")).toEqual([]);
  });

  it("honours the nearest lang attribute, and reads titles and labels", () => {
    const html =
      '<p>Nguồn: <span lang="en">Bac Yen summarizes the movement</span></p><a title="Only the percent">1</a>';
    expect(foreignProse(body(html), "vi").map((found) => found.word)).toEqual(["Only", "the"]);
    expect(foreignProse(body('<p lang="vi">Số liệu của huyện</p>'), "en")).toEqual([]);
  });
});
