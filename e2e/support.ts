/**
 * What the e2e specs share: the seed article, where each host under test listens, blocking the
 * network, and a dev server of a spec's own. playwright.config.ts takes its ports from here too.
 */
import { spawn } from "node:child_process";
import type { APIRequestContext, APIResponse, BrowserContext, Page } from "@playwright/test";

/** The seed article (content/000_bd8401d927c5eba6.md): its file, its page and its title. */
const SEED_SLUG = "000_bd8401d927c5eba6";
export const SEED_FILE = `content/${SEED_SLUG}.md`;
export const SEED = `/posts/${SEED_SLUG}/`;
export const SEED_TITLE = "亚马逊Q4业绩会：AI挤压利润仍加大投入，已有用户在AWS上用DeepSeek";

const first = Number(process.env.E2E_PORT || 3210);
/**
 * Ports on 127.0.0.1, from `E2E_PORT` (default 3210) up: the site (`next start`), the site built
 * from the hostile corpus, the static export behind nginx, the authoring spec's dev server, and
 * the live spec's `next start` on a copy of the content.
 */
export const PORTS = { site: first, hostile: first + 1, static: first + 2, dev: first + 3, live: first + 4 };

export const origin = (port: number) => `http://127.0.0.1:${port}`;

/**
 * Remote images (news CDNs) cannot load here, and a test must never depend on the network: every
 * request that is not to a host under test gets a local 404, as a refusing CDN would.
 */
export async function blockNetwork(target: Page | BrowserContext): Promise<void> {
  await target.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.fulfill({ status: 404, body: "" }));
}

/**
 * `next dev` on PORTS.dev with the given environment, in a process group of its own: stop() ends
 * the server and every worker it started.
 */
export function startDevServer(env: NodeJS.ProcessEnv): { origin: string; stop: () => void } {
  const port = PORTS.dev;
  const dev = spawn("npx", ["next", "dev", "-H", "127.0.0.1", "-p", String(port)], {
    env,
    detached: true,
    stdio: "ignore",
  });
  return { origin: origin(port), stop: () => process.kill(-dev.pid!, "SIGTERM") };
}

/**
 * Asks for `url` until it answers 2xx — a dev server is slow to start and compiles a page on its
 * first request — at most 150 times, 400 ms apart. The last answer (null: none came).
 */
export async function whenServed(request: APIRequestContext, url: string): Promise<APIResponse | null> {
  let res: APIResponse | null = null;
  for (let i = 0; i < 150 && !res?.ok(); i++) {
    res = await request.get(url, { timeout: 60_000 }).catch(() => null);
    if (!res?.ok()) await new Promise((resolve) => setTimeout(resolve, 400));
  }
  return res;
}
