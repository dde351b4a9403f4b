/** The shared Chromium launcher (src/tools/chromium.ts), under the name the browser tests import. */
import { afterAll, beforeAll } from "vitest";
import { launchChromium, type ChromiumSession } from "../../src/tools/chromium.ts";

export * from "../../src/tools/chromium.ts";

/**
 * One Chromium for a test file: launched before its tests (then `setup` runs, e.g. to watch
 * requests) and closed after them. The returned session is usable inside tests and hooks.
 */
export function chromiumForFile(setup?: (session: ChromiumSession) => void | Promise<void>): ChromiumSession {
  let session: ChromiumSession | undefined;
  const started = () => {
    if (!session) throw new Error("Chromium is not started yet: use the session inside a test or a hook");
    return session;
  };
  beforeAll(async () => {
    session = await launchChromium();
    await setup?.(session);
  });
  afterAll(async () => {
    await session?.close();
  });
  return {
    get context() {
      return started().context;
    },
    get browser() {
      return started().browser;
    },
    close: () => started().close(),
  };
}

/** Records every request of a session (workers included) that leaves the site's origin, for tests that none does. */
export function recordOffOrigin(session: ChromiumSession, siteUrl: string, into: string[]): void {
  const origin = new URL(siteUrl).origin;
  session.context.on("request", (request) => {
    if (!request.url().startsWith(origin) && !/^(data|blob):/.test(request.url())) into.push(request.url());
  });
}
