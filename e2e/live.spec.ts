import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { origin, PORTS, whenServed } from "./support";

/**
 * `next start` keeps up with its content folder (lib/content/live.ts, README › Operating a live
 * site). This spec starts a server of its own, from the site's build (.next), on a copy of the
 * content in a temporary folder (CONTENT_DIR: the server reads the folder at run time), then adds,
 * changes and removes files there, and checks every kind of page within 60 s: the article, home,
 * the term page, the feed, the sitemap, and a 404 for the removed article. Then the refresh
 * endpoint makes a change visible at once. The measured latencies are printed.
 */
const SECRET = "live-spec-secret";
const site = origin(PORTS.live);
let server: ChildProcess;
let dir: string;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ request }) => {
  test.setTimeout(120_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "live-spec-"));
  fs.cpSync("content", dir, { recursive: true });
  server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(PORTS.live)], {
    env: { ...process.env, CONTENT_DIR: dir, REFRESH_SECRET: SECRET, NEXT_DIST_DIR: ".next" },
    detached: true,
    stdio: "ignore",
  });
  expect((await whenServed(request, `${site}/`))?.ok()).toBe(true);
  expect(server.exitCode, `the port ${PORTS.live} was taken: another server answered`).toBeNull();
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** An article file, written elsewhere and renamed into place (as a scraper should). */
function writeArticle(name: string, title: string, tag: string, date: string) {
  const text = `---\ntitle: "${title}"\ndate: "${date}"\ncategories:\n  - "科技"\ntags:\n  - "${tag}"\n---\n\n${title}。正文第一段。\n`;
  const tmp = path.join(dir, `.${name}.tmp`);
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, path.join(dir, name));
}

/** How long after `since` the page at `url` first met `ok` (polled every 500 ms, at most 60 s). */
async function seen(
  request: APIRequestContext,
  url: string,
  ok: (status: number, body: string) => boolean,
  since: number,
): Promise<number> {
  await expect
    .poll(
      async () => {
        const res = await request.get(`${site}${url}`, { maxRedirects: 0 });
        return ok(res.status(), await res.text());
      },
      { timeout: 60_000, intervals: [500], message: `${url} within 60 s` },
    )
    .toBe(true);
  return Date.now() - since;
}

test("a file added, changed or removed shows on every page within 60 s, with no restart", async ({ request }) => {
  test.setTimeout(150_000);
  const added = "实时新稿：月球车传回首批影像";
  // The two newest articles: on the first page of home, and of the feed, before and after.
  const changed = "上海港吞吐量再创新高（更新）";
  const removed = "新能源车企年底再打价格战";
  // What the site showed before.
  expect(await (await request.get(`${site}/`)).text()).toContain(removed);
  expect((await request.get(`${site}/posts/2026-11-22-ev-price-war/`)).status()).toBe(200);

  const start = Date.now();
  writeArticle("2026-12-01-live.md", added, "实时标签", "2026-12-01 09:00:00");
  const port = path.join(dir, "2026-11-24-shanghai-port.md");
  fs.writeFileSync(port, fs.readFileSync(port, "utf8").replace(/^title: .*$/m, `title: "${changed}"`));
  fs.rmSync(path.join(dir, "2026-11-22-ev-price-war.md"));

  const has =
    (...parts: string[]) =>
    (status: number, body: string) =>
      status === 200 && parts.every((p) => body.includes(p));
  const latency = {
    article: await seen(request, "/posts/2026-12-01-live/", has(added), start),
    changedArticle: await seen(request, "/posts/2026-11-24-shanghai-port/", has(changed), start),
    removedArticle: await seen(request, "/posts/2026-11-22-ev-price-war/", (s) => s === 404, start),
    home: await seen(request, "/", (s, b) => has(added, changed)(s, b) && !b.includes(removed), start),
    term: await seen(request, `/tags/${encodeURIComponent("实时标签")}/`, has(added), start),
    feed: await seen(request, "/index.xml", (s, b) => has(added, changed)(s, b) && !b.includes(removed), start),
    sitemap: await seen(
      request,
      "/sitemap.xml",
      (s, b) => has("/posts/2026-12-01-live/")(s, b) && !b.includes("/posts/2026-11-22-ev-price-war/"),
      start,
    ),
  };
  console.log(`live: ms from the write to visible, polled every 500 ms: ${JSON.stringify(latency)}`);
  for (const ms of Object.values(latency)) expect(ms).toBeLessThan(60_000);
});

test("the refresh endpoint wants the secret, then makes a change visible at once", async ({ request }) => {
  const url = `${site}/api/refresh/`;
  expect((await request.post(url)).status()).toBe(401);
  expect((await request.post(url, { headers: { Authorization: "Bearer wrong" } })).status()).toBe(401);
  // The site itself stays read-only.
  expect((await request.post(`${site}/`)).status()).toBe(405);

  // Pages cached a moment ago, so only the endpoint can make them change now.
  const title = "刷新即见：港口吞吐量创新高";
  expect(await (await request.get(`${site}/`)).text()).not.toContain(title);
  expect(await (await request.get(`${site}/index.xml`)).text()).not.toContain(title);
  writeArticle("2026-12-02-now.md", title, "刷新标签", "2026-12-02 09:00:00");

  const start = Date.now();
  const res = await request.post(url, { headers: { Authorization: `Bearer ${SECRET}` } });
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ added: 1, removed: 0 });
  for (const page of ["/", "/posts/2026-12-02-now/", `/tags/${encodeURIComponent("刷新标签")}/`, "/index.xml"]) {
    const answer = await request.get(`${site}${page}`);
    expect(answer.status(), page).toBe(200);
    expect(await answer.text(), page).toContain(title);
  }
  expect(await (await request.get(`${site}/sitemap.xml`)).text()).toContain("/posts/2026-12-02-now/");
  console.log(`live: refresh endpoint, ms from the request to every page showing it: ${Date.now() - start}`);
});
