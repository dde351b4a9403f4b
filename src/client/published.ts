/** The site's published files, fetched from its own origin, once per page, with how many bytes have arrived. */
import { assetPath } from "../lib/routes.ts";

/** The absolute URL of a published file (a path relative to the base path). */
export const url = (path: string) => new URL(assetPath(path), location.href).href;

const fetched = new Map<string, Promise<Uint8Array>>();

/**
 * A published file's bytes, fetched once per page and shared (the compare page draws from an
 * indicator's slice before DuckDB loads the same slice). `progress` hears how many bytes have
 * arrived, of how many (0 when the host compressed it); only the first caller's fetch reports.
 */
export function publishedBytes(path: string, progress?: (loaded: number, total: number) => void): Promise<Uint8Array> {
  let bytes = fetched.get(path);
  if (!bytes) {
    bytes = fetchBytes(path, progress ?? (() => undefined));
    bytes.catch(() => fetched.delete(path));
    fetched.set(path, bytes);
  }
  return bytes;
}

export async function fetchBytes(path: string, progress: (loaded: number, total: number) => void): Promise<Uint8Array> {
  const response = await fetch(url(path));
  if (!response.ok || !response.body) throw new Error(`could not load ${path}: HTTP ${response.status}`);
  const total = response.headers.has("content-encoding") ? 0 : Number(response.headers.get("content-length") ?? 0);
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  const reader = response.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks.push(next.value);
    loaded += next.value.length;
    progress(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
