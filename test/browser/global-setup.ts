/** Builds the site once into a scratch dist-test-* folder and serves it on 127.0.0.1 for every browser test. */
import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { buildSite } from "../../src/server/build.ts";
import { startStaticServer, type StaticServer } from "../../src/tools/static-server.ts";

const outDir = `dist-test-${process.pid}`;

let server: StaticServer | undefined;

export default async function setup(project: TestProject) {
  await buildSite({ dataDir: "data", outDir, base: "/", log: () => {} });
  server = await startStaticServer({ root: outDir, base: "/" });
  project.provide("baseUrl", server.url);
  project.provide("outDir", outDir);
  return async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The built site the server serves, for tests that read files. */
    outDir: string;
  }
}
