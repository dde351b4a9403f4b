/**
 * The shape of the tree, held by CI: src/lib is shared by Node and the browser, so it imports
 * neither server nor client code (nor Node built-ins); the browser never imports server code; an
 * Astro file's frontmatter never imports browser code (that goes in its <script>).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve("src");
const files = readdirSync(SRC, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name))
  .map((entry) => join(entry.parentPath, entry.name));

const SPECIFIER =
  /(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|import\s+["']([^"']+)["']/g;

/** Imports of some code: [specifier, where it resolves (a folder of src/, or the package name)]. */
function imports(file: string, code: string): { specifier: string; target: string }[] {
  return [...code.matchAll(SPECIFIER)].map((match) => {
    const specifier = (match[1] ?? match[2] ?? match[3])!;
    const target = specifier.startsWith(".")
      ? relative(SRC, resolve(dirname(file), specifier)).split("/")[0]!
      : specifier;
    return { specifier, target };
  });
}

/** An Astro file's frontmatter (build time) and its scripts (browser), apart. */
function astroParts(code: string): { frontmatter: string; scripts: string } {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(code)?.[1] ?? "";
  const scripts = [...code.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("\n");
  return { frontmatter, scripts };
}

const NODE_ONLY = /^(node:|@duckdb\/node-api|linkedom)/;

function violations(): string[] {
  const found: string[] = [];
  for (const file of files) {
    const code = readFileSync(file, "utf8");
    const folder = relative(SRC, file).split("/")[0]!;
    const name = relative(process.cwd(), file);
    const check = (part: string, rules: (target: string) => string | undefined) => {
      for (const { specifier, target } of imports(file, part)) {
        const broken = rules(target);
        if (broken) found.push(`${name} imports ${specifier}: ${broken}`);
      }
    };
    if (file.endsWith(".astro")) {
      const { frontmatter, scripts } = astroParts(code);
      check(frontmatter, (target) => (target === "client" ? "frontmatter runs at build time" : undefined));
      check(scripts, (target) =>
        target === "server" || NODE_ONLY.test(target) ? "a page's script runs in the browser" : undefined,
      );
    } else if (folder === "lib") {
      check(code, (target) =>
        ["server", "tools", "client", "components", "pages", "layouts"].includes(target) || NODE_ONLY.test(target)
          ? "src/lib is shared by Node and the browser"
          : undefined,
      );
    } else if (folder === "client") {
      check(code, (target) =>
        ["server", "tools"].includes(target) || NODE_ONLY.test(target) ? "src/client runs in the browser" : undefined,
      );
    } else if (folder === "server") {
      check(code, (target) => (target === "client" ? "src/server never runs browser code" : undefined));
    }
  }
  return found;
}

describe("import boundaries", () => {
  it("hold across src/, .astro files included", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(violations()).toEqual([]);
  });

  it("are read from every kind of import", () => {
    const code = `import a from "../server/x.ts";\nimport type { B } from "../client/y.ts";\nconst c = await import("node:fs");\nimport "../server/z.ts";`;
    expect(imports(join(SRC, "lib", "f.ts"), code).map((i) => i.target)).toEqual([
      "server",
      "client",
      "node:fs",
      "server",
    ]);
  });
});
