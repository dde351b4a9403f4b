/** Builds the site once into dist-test/ and serves it on 127.0.0.1 for every browser test. */
import type { TestProject } from "vitest/node";
import { buildSite } from "../../src/server/build.ts";
import { startStaticServer, type StaticServer } from "../../src/server/static-server.ts";

export const TEST_OUT_DIR = "dist-test";

let server: StaticServer | undefined;

export default async function setup(project: TestProject) {
  await buildSite({ dataDir: "data", outDir: TEST_OUT_DIR, base: "/", log: () => {} });
  server = await startStaticServer({ root: TEST_OUT_DIR, base: "/" });
  project.provide("baseUrl", server.url);
  return async () => {
    await server?.close();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
