import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { checkLinks } from "../../src/tools/link-check.ts";

const site = mkdtempSync(join(tmpdir(), "sldc-links-"));
afterAll(() => rmSync(site, { recursive: true, force: true }));

it("finds missing files, missing anchors and links that leave the base path", () => {
  mkdirSync(join(site, "a"));
  writeFileSync(
    join(site, "index.html"),
    `<a href="/sub/a/#x">ok</a><a href="a/#nope">bad anchor</a><a href="/sub/missing/">gone</a><a href="/other/">outside</a><a href="https://example.org/">external</a>`,
  );
  writeFileSync(join(site, "a", "index.html"), `<h1 id="x">x</h1><img src="../index.html">`);
  const { pages, links, broken } = checkLinks(site, "/sub/");
  expect(pages).toBe(2);
  expect(links).toBe(5);
  expect(broken).toEqual([
    { page: "/sub/", link: "a/#nope", reason: 'no element with id "nope"' },
    { page: "/sub/", link: "/sub/missing/", reason: "no such file" },
    { page: "/sub/", link: "/other/", reason: "outside the base path /sub/" },
  ]);
});
