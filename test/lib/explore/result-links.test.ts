import { describe, expect, it } from "vitest";
import { quotePath, quoteTargets, quoteTargetsSql } from "../../../src/lib/explore/result-links.ts";

describe("links from results to their sentences", () => {
  it("asks for the sources of the ids and quotes shown, quoting them", () => {
    expect(quoteTargetsSql([{ obs_id: "a-1" }, { obs_id: "a-1" }, { obs_id: "b'2" }], ["obs_id"])).toBe(
      "SELECT obs_id, source_id, quote FROM observations WHERE obs_id IN ('a-1', 'b''2') ORDER BY obs_id",
    );
    expect(quoteTargetsSql([{ quote: "x" }], ["quote", "n"])).toContain("WHERE quote IN ('x')");
    expect(quoteTargetsSql([{ n: 1 }], ["n"])).toBeNull();
    expect(quoteTargetsSql([{ obs_id: null }], ["obs_id"])).toBeNull();
  });

  it("links an id, a quote of the same row, and a quote alone to the quote's anchor", () => {
    const targets = quoteTargets([
      { obs_id: "a-1", source_id: "src-a", quote: "câu một" },
      { obs_id: "a-2", source_id: "src-a", quote: "câu một" },
      { obs_id: "b-1", source_id: "src-b", quote: "câu hai" },
    ]);
    expect(quotePath(targets, { obs_id: "b-1" }, "obs_id")).toBe("sources/src-b/#q-b-1");
    expect(quotePath(targets, { obs_id: "a-2", quote: "câu một" }, "quote")).toBe("sources/src-a/#q-a-2");
    expect(quotePath(targets, { quote: "câu một" }, "quote")).toBe("sources/src-a/#q-a-1");
    expect(quotePath(targets, { obs_id: "mine-1" }, "obs_id")).toBeNull();
    expect(quotePath(targets, { n: "b-1" }, "n")).toBeNull();
  });
});
