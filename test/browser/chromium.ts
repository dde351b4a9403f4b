/** The shared Chromium launcher (src/tools/chromium.ts), under the name the browser tests import. */
export * from "../../src/tools/chromium.ts";
