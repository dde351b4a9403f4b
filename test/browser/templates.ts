/** One built page of each template (home, indicators/<id>/, units/<id>/…), in both languages, to visit in tests. */
import { readdirSync } from "node:fs";
import { relative } from "node:path";

export function pageTemplates(outDir: string): string[] {
  const pages = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === "index.html")
    .map((entry) => relative(outDir, `${entry.parentPath}/`).replace(/\/?$/, "/").replace(/^\/$/, ""))
    .sort();
  const byTemplate = new Map<string, string>();
  for (const page of pages) {
    const segments = page.split("/").filter(Boolean);
    const depth = segments[0] === "en" ? 2 : 1;
    const template = segments.length > depth ? [...segments.slice(0, depth), "*"].join("/") : page;
    if (!byTemplate.has(template)) byTemplate.set(template, page);
  }
  return [...byTemplate.values()];
}
