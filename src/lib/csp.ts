/**
 * The content security policy of every page: only the site itself, plus what duckdb-wasm
 * needs ('wasm-unsafe-eval' to compile WebAssembly, same-origin workers). Inline scripts run
 * only if their hash is listed. Styles allow 'unsafe-inline' because Plot writes style
 * attributes into its SVG; styles cannot run code.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return directives(scriptHashes).join("; ");
}

/**
 * The same policy as an HTTP header, with what only a header can say: no other site may
 * frame the pages (frame-ancestors is ignored in a meta tag).
 */
export const headerPolicy = (pagePolicy: string): string => `${pagePolicy}; frame-ancestors 'none'`;

/** The page's policy from its meta tag, as insertPolicy wrote it. */
export function policyOfPage(html: string): string | undefined {
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)">/i.exec(html);
  return match?.[1]?.replaceAll("&quot;", '"');
}

function directives(scriptHashes: readonly string[]): string[] {
  const scripts = ["'self'", "'wasm-unsafe-eval'", ...[...new Set(scriptHashes)].sort().map((hash) => `'${hash}'`)];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

/** Bodies of the inline scripts of an HTML page, the text a CSP hash is computed over. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? "");
}

/** Puts the policy right after the charset declaration, before anything it governs. */
export function insertPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="content-security-policy" content="${policy.replaceAll('"', "&quot;")}">`;
  const anchor = /<meta charset=[^>]*>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
  if (!anchor) throw new Error("page has no <head>");
  const end = anchor.index + anchor[0].length;
  return html.slice(0, end) + meta + html.slice(end);
}
