import { expect, test, type APIRequestContext } from "@playwright/test";

/**
 * Article URLs with dots, as the real feed names its files (`<id>.en.md`, `<id>.zh-HK.md`,
 * `tagreuters.com,…newsml_….en.md`), on both hosts: `next start` (project "reader") and the static
 * export behind nginx (project "static"). Next's own trailing-slash rule read `.en` as a file
 * extension and answered these URLs with a 308 to a slashless one (proxy.ts now adds slashes itself).
 */
const DOTTED = [
  { url: "/posts/2026-11-16-markets-weekly.en/", title: "Markets weekly: bonds rally as inflation cools" },
  { url: "/posts/2026-11-18-hk-tram.zh-hk/", title: "電車公司試行新路線，港島東居民通勤多一選擇" },
  {
    url: "/posts/tagreuters.com-2026-11-21newsml_l1n3chip21.en/",
    title: "New chip export rules: what changes for cloud providers",
  },
];

/** Site paths of the absolute URLs in an XML document's <loc> or <link> elements. */
function pathsIn(xml: string): string[] {
  return [...xml.matchAll(/<(?:loc|link)>https?:\/\/[^/<]+(\/[^<]*)<\/(?:loc|link)>/g)].map((m) => m[1]);
}

async function text(request: APIRequestContext, path: string): Promise<string> {
  const res = await request.get(path, { maxRedirects: 0 });
  expect(res.status(), path).toBe(200);
  return res.text();
}

test("every article URL of the sitemap, the feed and the lists answers 200 itself, dotted ones included", async ({
  request,
}) => {
  const named = new Set<string>();
  const sitemap = await text(request, "/sitemap.xml");
  const maps = sitemap.includes("<sitemapindex") ? pathsIn(sitemap) : [];
  for (const xml of [
    sitemap,
    ...(await Promise.all(maps.map((m) => text(request, m)))),
    await text(request, "/index.xml"),
  ])
    for (const p of pathsIn(xml)) named.add(p);
  for (const list of ["/", "/page/2/"])
    for (const m of (await text(request, list)).matchAll(/href="(\/posts\/[^"#?]+)"/g)) named.add(m[1]);
  const articles = [...named].filter((p) => p.startsWith("/posts/"));
  for (const { url } of DOTTED) expect(articles).toContain(url);
  expect(
    articles.every((p) => p.endsWith("/")),
    "an article URL without its trailing slash",
  ).toBe(true);
  for (const p of articles) {
    const res = await request.get(p, { maxRedirects: 0 });
    expect(res.status(), p).toBe(200);
  }
});

test("a dotted article keeps its URL in the browser, with itself as the canonical URL", async ({ page }) => {
  for (const { url, title } of DOTTED) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(200);
    expect(res?.request().redirectedFrom(), url).toBeNull();
    await expect(page.locator("h1")).toHaveText(title);
    await page.waitForLoadState("networkidle");
    expect(new URL(page.url()).pathname).toBe(url);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`${url.replace(/\./g, "\\.")}$`),
    );
  }
});

test("the slashless form: a dotted slug answers itself, canonical to the slash form; others are sent there", async ({
  request,
}, testInfo) => {
  const res = await request.get("/posts/2026-11-16-markets-weekly.en", { maxRedirects: 0 });
  expect(res.status()).toBe(200);
  expect(await res.text()).toMatch(/<link rel="canonical" href="[^"]*\/posts\/2026-11-16-markets-weekly\.en\/"/);
  const plain = await request.get("/posts/2026-11-05-yield-curve", { maxRedirects: 0 });
  if (testInfo.project.name === "static") {
    expect(plain.status()).toBe(200); // nginx: try_files finds the folder's index.html
  } else {
    expect(plain.status()).toBe(308);
    expect(plain.headers()["location"]).toBe("/posts/2026-11-05-yield-curve/");
  }
  // Files keep their names: no slash added, none expected.
  expect((await request.get("/index.xml", { maxRedirects: 0 })).status()).toBe(200);
  expect((await request.get("/posts/2026-11-02-autumn-market/stalls.png", { maxRedirects: 0 })).status()).toBe(200);
});

test("search links a dotted article by the URL that answers", async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent("bonds rally")}`);
  const link = page.locator("main ol > li").getByRole("link", { name: DOTTED[0].title });
  await expect(link).toHaveAttribute("href", DOTTED[0].url);
  await link.click();
  await expect(page.locator("h1")).toHaveText(DOTTED[0].title);
  expect(new URL(page.url()).pathname).toBe(DOTTED[0].url);
});
