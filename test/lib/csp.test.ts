import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, headerPolicy, inlineScripts, insertPolicy, policyOfPage } from "../../src/lib/csp.ts";

describe("contentSecurityPolicy", () => {
  it("allows only the site itself, WebAssembly and the listed inline scripts", () => {
    const policy = contentSecurityPolicy(["sha256-b", "sha256-a", "sha256-a"]);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
  });
});

describe("inlineScripts", () => {
  it("finds inline scripts but not external ones", () => {
    const html = `<script type="module" src="/a.js"></script><script>one()</script><script type="module">two()</script>`;
    expect(inlineScripts(html)).toEqual(["one()", "two()"]);
  });
});

describe("insertPolicy", () => {
  it("puts the policy right after the charset and escapes quotes", () => {
    const html = insertPolicy(`<html><head><meta charset="utf-8"><script>x</script></head></html>`, `a "b"`);
    expect(html).toBe(
      `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="a &quot;b&quot;"><script>x</script></head></html>`,
    );
  });
  it("refuses a page without a head", () => {
    expect(() => insertPolicy("<p>", "x")).toThrow(/no <head>/);
  });
});

describe("policyOfPage", () => {
  it("reads back the policy insertPolicy wrote, for the header", () => {
    const html = insertPolicy(`<head><meta charset="utf-8"></head>`, `a "b"`);
    expect(policyOfPage(html)).toBe(`a "b"`);
    expect(headerPolicy(policyOfPage(html)!)).toBe(`a "b"; frame-ancestors 'none'`);
    expect(policyOfPage("<head></head>")).toBeUndefined();
  });
});
