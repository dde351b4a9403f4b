/** Size budgets of the built site, checked on every test run (measured timings live in `npm run bench`). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";

const outDir = inject("outDir");
const KB = 1024;

/** Budgets in compressed KB. */
const HOME_INITIAL_JS = 0;
const INTERACTIVE_INITIAL_JS = 20;
const HOME_HTML = 20;
const FONTS = 40;

const gz = (path: string) => gzipSync(readFileSync(path)).length;

/** The scripts a page loads before anything happens: its module scripts and their static imports. */
function initialScripts(page: string): string[] {
  const html = readFileSync(join(outDir, page), "utf8");
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  for (const match of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
    for (const imported of match[1]!.matchAll(/import\s*["']([^"']+)["']|from\s*["']([^"']+)["']/g))
      queue.push(imported[1] ?? imported[2]!);
  }
  while (queue.length) {
    const src = queue.shift()!;
    const path = join(outDir, src.replace(/^\//, ""));
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(path, "utf8");
    for (const imported of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+)["']/g)) {
      queue.push(join(src.replace(/[^/]+$/, ""), imported[1]!));
    }
  }
  return [...seen];
}

describe("size budgets", () => {
  it(`home page: no initial JavaScript, HTML under ${HOME_HTML} KB compressed`, () => {
    expect(initialScripts("index.html")).toEqual([]);
    expect(HOME_INITIAL_JS).toBe(0);
    expect(gz(join(outDir, "index.html")) / KB).toBeLessThan(HOME_HTML);
  });

  it(`compare and explore: initial JavaScript under ${INTERACTIVE_INITIAL_JS} KB compressed, without duckdb-wasm or Plot`, () => {
    for (const page of ["compare/index.html", "explore/index.html"]) {
      const scripts = initialScripts(page);
      expect(scripts.length, page).toBeGreaterThan(0);
      const total = scripts.reduce((sum, path) => sum + gz(path), 0);
      expect(total / KB, page).toBeLessThan(INTERACTIVE_INITIAL_JS);
      for (const path of scripts) {
        const code = readFileSync(path, "utf8");
        expect(code, `${path} holds duckdb-wasm`).not.toMatch(/INSTANTIATE_PROGRESS|duckdb_web/);
        expect(code, `${path} holds Plot`).not.toMatch(/plot-d6a7b5/);
      }
    }
  });

  it(`self-hosted fonts: Vietnamese and Latin subsets only, under ${FONTS} KB`, () => {
    const fonts = readdirSync(join(outDir, "_assets")).filter((file) => file.endsWith(".woff2"));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((file) => /-(vietnamese|latin)-\d+-normal/.test(file))).toBe(true);
    const total = fonts.reduce((sum, file) => sum + readFileSync(join(outDir, "_assets", file)).length, 0);
    expect(total / KB).toBeLessThan(FONTS);
  });
});
