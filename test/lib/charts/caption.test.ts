import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { captionContent, captionText } from "../../../src/lib/charts/caption.ts";

const { document } = parseHTML("<!doctype html><html><body></body></html>");

describe("chart captions in parts", () => {
  it("stay a plain string when no part is in another language", () => {
    expect(captionContent(["Nguồn: ", "UBND huyện Bắc Sơn", "."], document as unknown as Document)).toBe(
      "Nguồn: UBND huyện Bắc Sơn.",
    );
  });

  it("mark a name in another language, with its text escaped by the DOM", () => {
    const parts = ["Source: ", { text: "UBND huyện <Bắc Sơn>", lang: "vi" }, "."];
    const node = captionContent(parts, document as unknown as Document) as Element;
    expect(node.outerHTML).toBe('<span>Source: <span lang="vi">UBND huyện &lt;Bắc Sơn&gt;</span>.</span>');
    expect(captionText(parts)).toBe("Source: UBND huyện <Bắc Sơn>.");
  });
});
