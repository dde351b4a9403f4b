/** The shared Chromium launcher (src/server/chromium.ts), under the name the browser tests import. */
export * from "../../src/server/chromium.ts";
