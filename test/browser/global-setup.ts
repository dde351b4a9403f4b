/**
 * Builds the site once into a scratch dist-test-* folder and serves it on 127.0.0.1 for every browser test; also
 * builds a small site (a cut of data/) under a sub-path, here in the main process beside the first build.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite } from "../../src/server/build.ts";
import { startStaticServer, type StaticServer } from "../../src/tools/static-server.ts";
import { writeDataSubset } from "../support/data-subset.ts";

const outDir = `dist-test-${process.pid}`;

let server: StaticServer | undefined;

export default async function setup(project: TestProject) {
  await buildSite({ dataDir: "data", outDir, base: "/", log: () => {} });
  const subPath = mkdtempSync(join(tmpdir(), "sldc-subpath-"));
  writeDataSubset("data", join(subPath, "data"));
  await buildSite({ dataDir: join(subPath, "data"), outDir: join(subPath, "dist"), base: "/so-lieu/", log: () => {} });
  server = await startStaticServer({ root: outDir, base: "/" });
  project.provide("baseUrl", server.url);
  project.provide("outDir", outDir);
  project.provide("subPathSite", subPath);
  return async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(subPath, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The built site the server serves, for tests that read files. */
    outDir: string;
    /** A small site built under /so-lieu/: its data/ and dist/. */
    subPathSite: string;
  }
}
