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
/** Each chart is drawn twice, for a phone and a desktop, since a page without JavaScript cannot measure its column. */
const HOME_HTML = 22;
const FONTS = 40;
/** The workbench is a curator's tool: the validator (zod) and the extractor load with the page. */
const WORKBENCH_INITIAL_JS = 80;

/** Code that only the workbench may load: its controller, and the readers it loads when a file needs them. */
const WORKBENCH_CODE: [string, RegExp][] = [
  ["workbench controller", /sldc:workbench/],
  ["pdfjs-dist", /GlobalWorkerOptions\.workerSrc. specified/],
  ["mammoth", /officeDocument/],
  ["fflate zip", /invalid zip data/],
];

/** The workbench's own text (i18n/workbench/), kept out of the messages every other script bundles. */
const WORKBENCH_TEXT = /nhận dạng chữ \(OCR\)|It needs OCR first/;

const htmlPages = () =>
  readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name).slice(outDir.length + 1));

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

  it(`workbench: initial JavaScript under ${WORKBENCH_INITIAL_JS} KB compressed, the Word and PDF readers and the zip writer loaded only when used`, () => {
    for (const page of ["workbench/index.html", "en/workbench/index.html"]) {
      const scripts = initialScripts(page);
      const code = scripts.map((path) => readFileSync(path, "utf8")).join("\n");
      expect(code, page).toMatch(WORKBENCH_CODE[0]![1]);
      expect(code, page).toMatch(WORKBENCH_TEXT);
      for (const [name, marker] of WORKBENCH_CODE.slice(1))
        expect(code, `${page} loads ${name} up front`).not.toMatch(marker);
      expect(scripts.reduce((sum, path) => sum + gz(path), 0) / KB, page).toBeLessThan(WORKBENCH_INITIAL_JS);
    }
    const chunks = readdirSync(join(outDir, "_assets")).filter((file) => file.endsWith(".js"));
    for (const [name, marker] of WORKBENCH_CODE.slice(1))
      expect(
        chunks.some((file) => marker.test(readFileSync(join(outDir, "_assets", file), "utf8"))),
        name,
      ).toBe(true);
  });

  it("no other page loads the workbench's code", () => {
    const pages = htmlPages().filter((page) => !page.includes("workbench/"));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const code = initialScripts(page)
        .map((path) => readFileSync(path, "utf8"))
        .join("\n");
      for (const [name, marker] of WORKBENCH_CODE) expect(code, `${page} loads ${name}`).not.toMatch(marker);
      expect(code, `${page} loads the workbench's text`).not.toMatch(WORKBENCH_TEXT);
    }
  });
});
