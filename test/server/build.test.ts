import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { BuildError, buildSite } from "../../src/server/build.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures");
const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it("leaves the previous output untouched when the data is invalid", async () => {
  const root = mkdtempSync(join(tmpdir(), "sldc-build-"));
  scratch.push(root);
  const data = join(root, "data");
  cpSync(join(FIXTURES, "data-min"), data, { recursive: true });
  cpSync(join(FIXTURES, "bad-data", "duplicate-id", "observations.csv"), join(data, "observations.csv"));
  const outDir = join(root, "dist");
  mkdirSync(outDir);
  writeFileSync(join(outDir, "index.html"), "previous build");

  const build = buildSite({ dataDir: data, outDir, log: () => {} });
  await expect(build).rejects.toThrow(BuildError);
  await expect(build).rejects.toThrow(/observations\.csv:5:1 \(obs_id\): duplicate id/);
  expect(readFileSync(join(outDir, "index.html"), "utf8")).toBe("previous build");
  expect(readdirSync(root).sort()).toEqual(["data", "dist"]);
  expect(existsSync(`${outDir}.tmp-${process.pid}`)).toBe(false);
});
