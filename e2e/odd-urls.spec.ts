import http from "node:http";
import { expect, test } from "@playwright/test";

/**
 * Odd requests against both hosts: the Node host (`next start`, project "reader") and the static
 * export behind nginx (project "static"). Sent with node:http so that the path reaches the server
 * byte for byte (a browser or URL parser would normalise `..` and some escapes first).
 */
type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

function once(baseURL: string, rawPath: string, method: string): Promise<Answer> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

/** Follows the host's own redirects (Next adds the trailing slash first), never to another origin. */
async function raw(baseURL: string, rawPath: string, method = "GET"): Promise<Answer> {
  let res = await once(baseURL, rawPath, method);
  for (let hops = 0; hops < 5 && res.status >= 300 && res.status < 400; hops++) {
    const next = new URL(res.headers.location!, new URL(rawPath, baseURL).href.replace(/[?#].*$/, ""));
    expect(next.origin, `redirect from ${rawPath.slice(0, 60)}`).toBe(new URL(baseURL).origin);
    res = await once(baseURL, next.pathname + next.search, method);
  }
  return res;
}

const ARTICLE = "/posts/2026-11-05-yield-curve/";
// Contents of files outside the site that a traversal would expose.
const LEAKS = [/root:.*:0:0:/, /"name":\s*"news-reader"/, /NEXT_DIST_DIR|BUILD_CPUS/];

const ODD: { path: string; expect: number[] }[] = [
  { path: "/posts/..%2f..%2fetc%2fpasswd/", expect: [400, 404] },
  { path: "/posts/..%2F..%2F..%2F..%2Fpackage.json", expect: [400, 404] },
  { path: "/posts/%2e%2e/%2e%2e/etc/passwd", expect: [400, 404] },
  { path: "/../../etc/passwd", expect: [400, 404] },
  { path: "/_next/static/..%2f..%2f..%2fpackage.json", expect: [400, 404] },
  { path: "/posts/%ZZ/", expect: [400] },
  { path: "/%ZZ", expect: [400] },
  { path: "/tags/%E4%ZZ/", expect: [400] },
  { path: "/tags/100%/", expect: [400] },
  { path: "/tags/%E4%BA/", expect: [400, 404] }, // truncated UTF-8: Node rejects it, nginx looks for the file
  { path: "/posts/%00/", expect: [400, 404] },
  { path: `/posts/${"a".repeat(8 * 1024)}/`, expect: [404, 414] },
  { path: `/tags/${"%E4%B8%AD".repeat(900)}/`, expect: [404, 414] },
  { path: "/posts/no-such-article/", expect: [404] },
  { path: `/tags/${encodeURIComponent("没有这个标签")}/`, expect: [404] },
  { path: "/no/such/page/at/all/", expect: [404] },
];

test.describe("odd URLs are answered 400 or 404, never 500, never with a file outside the site", () => {
  for (const { path: p, expect: statuses } of ODD) {
    test(`GET ${p.slice(0, 60)}${p.length > 60 ? "…" : ""}`, async ({ baseURL }) => {
      const res = await raw(baseURL!, p);
      expect(statuses, `${p.slice(0, 80)} → ${res.status}`).toContain(res.status);
      for (const leak of LEAKS) expect(res.body).not.toMatch(leak);
    });
  }
});

test("query strings on static pages are ignored, invalid escapes in them too", async ({ baseURL }) => {
  for (const q of ["?utm_source=x", "?page=999&tag=%ZZ", "?__proto__=1", `?q=${"x".repeat(4000)}`]) {
    for (const p of ["/", ARTICLE, "/tags/", "/index.xml"]) {
      const res = await raw(baseURL!, p + q);
      expect(res.status, p + q.slice(0, 40)).toBe(200);
    }
  }
  const res = await raw(baseURL!, `${ARTICLE}?x=%ZZ`);
  expect(res.body).toContain("<h1");
});

test("HEAD answers like GET without a body; OPTIONS and POST are refused with 405", async ({ baseURL }) => {
  const head = await raw(baseURL!, ARTICLE, "HEAD");
  expect(head.status).toBe(200);
  expect(head.headers["content-type"]).toContain("text/html");
  expect(head.body).toBe("");
  expect((await raw(baseURL!, "/posts/no-such-article/", "HEAD")).status).toBe(404);
  for (const method of ["OPTIONS", "POST", "PUT", "DELETE"]) {
    const res = await raw(baseURL!, ARTICLE, method);
    expect(res.status, method).toBe(405);
  }
});

test("a 404 page is complete HTML: the heading and the way home are there without JavaScript", async ({ baseURL }) => {
  for (const p of [
    "/posts/no-such-article/",
    `/tags/${encodeURIComponent("没有这个标签")}/`,
    "/no/such/page/",
    "/page/999/",
    "/nothing/",
  ]) {
    const res = await raw(baseURL!, p);
    expect(res.status, p).toBe(404);
    expect(res.body, p).toMatch(/<h1[^>]*>页面不存在<\/h1>/);
    expect(res.body, p).toContain('href="/"');
  }
});
