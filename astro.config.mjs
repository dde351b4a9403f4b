// @ts-check
import { defineConfig } from "astro/config";

/** Sub-path the site is served under, e.g. BASE_PATH=/so-lieu/ for a project page. */
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  base,
  outDir: process.env.ASTRO_OUT_DIR ?? "dist",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always", assets: "_assets", concurrency: 4 },
  i18n: { locales: ["vi", "en"], defaultLocale: "vi", routing: { prefixDefaultLocale: false } },
  devToolbar: { enabled: false },
  server: { host: "127.0.0.1", port: 4321 },
  vite: {
    build: { assetsInlineLimit: 0 },
    worker: { format: "es" },
    optimizeDeps: { exclude: ["@duckdb/duckdb-wasm"] },
  },
});
