/** Every internal link, asset and #anchor of a built site must resolve to a file and an id in it. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

const ATTRIBUTE = /\s(?:href|src)\s*=\s*"([^"]*)"/gi;
const ID = /\sid\s*=\s*"([^"]*)"/gi;

const decodeEntities = (value: string) =>
  value
    .replaceAll("&amp;", "&")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">");

/** Checks a built site served under `base` (e.g. "/" or "/sub/"). */
export function checkLinks(outDir: string, base = "/"): { pages: number; links: number; broken: BrokenLink[] } {
  const pages = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name));
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, "utf8").matchAll(ID)].map((match) => decodeEntities(match[1]!)));
      idsByFile.set(file, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const file of pages) {
    const pagePath = `${base}${relative(outDir, file).replace(/index\.html$/, "")}`;
    const page = new URL(pagePath, "http://site.invalid");
    const html = readFileSync(file, "utf8");
    for (const match of html.matchAll(ATTRIBUTE)) {
      const raw = decodeEntities(match[1]!);
      if (/^(mailto:|tel:|data:)/.test(raw)) continue;
      const url = new URL(raw, page);
      if (url.origin !== page.origin) continue;
      links++;
      const report = (reason: string) => broken.push({ page: pagePath, link: raw, reason });
      if (!url.pathname.startsWith(base)) {
        report(`outside the base path ${base}`);
        continue;
      }
      let target = join(outDir, decodeURIComponent(url.pathname.slice(base.length)));
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, "index.html");
      if (!existsSync(target)) {
        report("no such file");
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith(".html") && !idsOf(target).has(anchor)) report(`no element with id "${anchor}"`);
    }
  }
  return { pages: pages.length, links, broken };
}
