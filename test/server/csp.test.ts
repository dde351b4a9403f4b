import { describe, expect, it } from "vitest";
import { hostHeaders } from "../../src/server/csp.ts";

describe("hostHeaders", () => {
  it("sends the policy with every page's inline scripts and forbids framing", () => {
    const headers = hostHeaders(new Set(["sha256-b", "sha256-a"]));
    const policy = /^ {2}Content-Security-Policy: (.*)$/m.exec(headers)?.[1];
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
    expect(policy).toMatch(/; frame-ancestors 'none'$/);
    expect(headers).toContain("X-Frame-Options: DENY");
    expect(headers).toMatch(/\/duckdb\/\*\.wasm\n {2}Content-Type: application\/wasm/);
  });
});
