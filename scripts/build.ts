/** `npm run build`: validate, render and package the site into dist/ (or OUT_DIR), under BASE_PATH, from data/ (or DATA_DIR). */
import { BuildError, buildSite } from "../src/server/build.ts";
import { dataDir } from "../src/server/dataset.ts";

try {
  await buildSite({
    dataDir: dataDir(),
    outDir: process.env.OUT_DIR ?? "dist",
    base: process.env.BASE_PATH,
    synthetic: process.env.SYNTHETIC === "1",
  });
} catch (error) {
  console.error(error instanceof BuildError ? `build failed: ${error.message}` : error);
  console.error("build: the previous output folder was left untouched");
  process.exitCode = 1;
}
