/**
 * `npm run serve [-- --dir dist --port 4321]`: serves a built site from 127.0.0.1 the way a
 * static host would — correct MIME types (application/wasm), gzip/brotli, and the base path.
 */
import { startStaticServer } from "../src/tools/static-server.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : (args[at + 1] ?? fallback);
};

const server = await startStaticServer({
  root: option("dir", process.env.ASTRO_OUT_DIR ?? "dist"),
  port: Number(option("port", "4321")),
  base: option("base", process.env.BASE_PATH ?? "/"),
});
console.log(`serving ${server.root} at ${server.url} (Ctrl+C to stop)`);
