import { describe, expect, it } from "vitest";
import { prepare } from "../../../src/lib/extract/prepare.ts";

describe("prepare", () => {
  it("folds old-style tone placement so that one spelling of a cue matches both", () => {
    expect(prepare("Tổ hoà giải, thuỷ lợi, hoà hợp").text).toBe("Tổ hòa giải, thủy lợi, hòa hợp");
    expect(prepare("quý, toàn").text).toBe("quý, toàn");
  });

  it("folds the spellings with i of words also spelled with y", () => {
    expect(prepare("Qui ước, tỉ lệ, xử lí, đăng kí; tỉnh, kinh").text).toBe(
      "Quy ước, tỷ lệ, xử lý, đăng ký; tỉnh, kinh",
    );
  });

  it("composes decomposed text and maps offsets back to the original", () => {
    const original = "Hòa giải thành 12 vụ".normalize("NFD");
    const prepared = prepare(original);
    expect(prepared.text).toBe("Hòa giải thành 12 vụ");
    const at = prepared.text.indexOf("12");
    expect(original.slice(prepared.toOriginal(at), prepared.toOriginal(at + 2))).toBe("12");
    expect(prepared.toOriginal(prepared.text.length)).toBe(original.length);
  });
});
