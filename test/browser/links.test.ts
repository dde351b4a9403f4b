import { expect, inject, it } from "vitest";
import { checkLinks } from "../../src/tools/link-check.ts";

it("every internal link, asset and #anchor of the built site resolves", () => {
  const { pages, links, broken } = checkLinks(inject("outDir"));
  expect(pages).toBeGreaterThan(1);
  expect(links).toBeGreaterThan(pages);
  expect(broken).toEqual([]);
});
