import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { blockNetwork } from "./support";

/**
 * The site built from e2e/fixtures/hostile: script tags, event handlers, javascript:/data: URLs and
 * embedding elements in the body and the front matter. Nothing may run and nothing may be fetched
 * from hostile.invalid, the host those fixtures use only where the content must be neutralised.
 */
async function watch(page: Page) {
  const dialogs: string[] = [];
  const hostileRequests: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  page.on("request", (r) => {
    if (r.url().includes("hostile.invalid")) hostileRequests.push(r.url());
  });
  // Nothing leaves this machine: every non-local request is answered locally with a 404.
  await blockNetwork(page);
  return { dialogs, hostileRequests };
}

test("the hostile article renders its text and runs nothing", async ({ page }) => {
  const seen = await watch(page);
  const res = await page.goto("/posts/hostile-body/");
  expect(res?.status()).toBe(200);
  await expect(page.locator("h1")).toHaveText("恶意正文 <script>alert('title')</script>");
  await expect(page.locator("main .prose")).toContainText("正文最后一段仍然可见。");
  await expect(page.locator("main .prose")).toContainText("覆盖整页的层");

  // Clicking what were javascript: links and toggling details does nothing hostile.
  await page.locator("#js-link, a:has-text('点我（javascript:）')").first().click();
  await page.getByText("markdown javascript 链接").click();
  await page.getByText("展开").first().click();
  await page.getByText("覆盖整页的层").click();
  await page.waitForTimeout(300);

  expect(seen.dialogs).toEqual([]);
  expect(seen.hostileRequests).toEqual([]);
  // The page's own JSON-LD is the only script allowed in main.
  const html = (await page.locator("main").innerHTML()).replace(
    /<script type="application\/ld\+json">[^<]*<\/script>/,
    "",
  );
  expect(html).not.toMatch(/<(script|iframe|object|embed|style|link|meta|form|video|svg)\b/i);
  const handlers = await page.locator("main *").evaluateAll((els) =>
    els.flatMap((el) =>
      el
        .getAttributeNames()
        .filter((n) => n.startsWith("on"))
        .map((n) => `${el.tagName}[${n}]`),
    ),
  );
  expect(handlers).toEqual([]);
  expect(html).not.toMatch(/(href|src)="\s*(javascript|vbscript|data:text)/i);
  expect(html).not.toContain('style="');
  await expect(page.locator("main figure.thumb, main .thumb")).toHaveCount(0);
});

test("hostile front matter is shown as text on lists and term pages", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/page/2/");
  await expect(
    page.locator("main").getByRole("link", { name: "恶意正文 <script>alert('title')</script>" }),
  ).toBeVisible();
  await page.goto("/tags/");
  await page
    .locator("main")
    .getByRole("link", { name: /img src=x onerror/ })
    .click();
  await expect(page.locator("h1")).toContainText("<img src=x onerror=alert('tag')>");
  expect(seen.dialogs).toEqual([]);
  expect(seen.hostileRequests).toEqual([]);
});

test("a data: thumbnail is dropped and the article still published", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/posts/hostile-thumbnail/");
  await expect(page.locator("h1")).toHaveText("data 缩略图");
  await expect(page.locator("main .thumb")).toHaveCount(0);
  expect(await page.locator('img[src^="data:"]').count()).toBe(0);
  expect(seen.dialogs).toEqual([]);
});

/**
 * The hostile corpus (e2e/fixtures/hostile, plus the 10 MB article scripts/hostile-huge.mjs writes):
 * the build log and the pages of the site built from it.
 */
const LOG = ".next-hostile.log";
// Each bad file: the one diagnostic the build must print for it, line and column included.
const EXPECTED: [string, RegExp][] = [
  ["binary.md", /binary\.md:1:1: error: is not a text file/],
  ["empty.md", /empty\.md:1:1: error: the article has no title, summary or body/],
  ["malformed-yaml.md", /malformed-yaml\.md:4:1: error: front matter is not valid YAML/],
  [
    "control-chars.md",
    /control-chars\.md:2:11: warning: removed 8 control character\(s\) and 7 invisible character\(s\)/,
  ],
  ["huge-10mb.md", /huge-10mb\.md:\d{4,}:1: warning: the body is 10\.0 MB, over the 1\.0 MB/],
  ["nested-list.md", /nested-list\.md:8:1: warning: 2 line\(s\) nest lists or quotes deeper than 32 levels/],
  ["many-tags.md", /many-tags\.md:4:1: warning: `tags` has 5000 entries; the first 100 are used/],
  ["long-title.md", /long-title\.md:2:1: warning: `title` is over 300 characters/],
  [
    "javascript-thumbnail.md",
    /javascript-thumbnail\.md:4:1: warning: `thumbnail` "JaVaScRiPt:alert\(document\.cookie\)" is not/,
  ],
  ["hostile-thumbnail.md", /hostile-thumbnail\.md:5:1: warning: `thumbnail` "data:/],
  [
    "passwd-slug.md",
    new RegExp(
      'passwd-slug\\.md:4:1: warning: `slug` "\\.\\./\\.\\./etc/passwd" has characters unsafe in a URL; ' +
        'published as "etc-passwd"',
    ),
  ],
  [
    "duplicate-b.md",
    /duplicate-b\.md:1:1: warning: slug "same-slug" is already used by .*duplicate-a\.md; published as "same-slug-2"/,
  ],
];
// Every file that holds an article, and where it is published.
const PUBLISHED: [string, string][] = [
  ["normal", "正常文章"],
  ["bom", "带字节序标记的文章"],
  ["crlf", "Windows 换行的文章"],
  ["control-chars", "控制字符与零宽\u200d字符标题"], // the joiner stays (emoji need it)
  ["rtl-emoji", "مرحبا بالعالم 👩‍👩‍👧‍👦 שלום 🇨🇳🏳️‍🌈"],
  ["nested-list", "一万层嵌套列表"],
  ["many-tags", "五千个标签"],
  ["long-title", "很长的标题很长的标题"],
  ["huge-10mb", "十兆字节的长文"],
  ["etc-passwd", "路径穿越的 slug"],
  ["same-slug", "重复 slug 甲"],
  ["same-slug-2", "重复 slug 乙"],
  ["future-date", "未来的日期"],
  ["date-1900", "一九〇〇年的文章"],
  ["javascript-thumbnail", "javascript 缩略图"],
  ["hostile-thumbnail", "data 缩略图"],
  ["hostile-body", "恶意正文 <script>alert('title')</script>"],
];

test("the build reports each bad file once, with its line, and nothing crashed", () => {
  const log = fs.readFileSync(LOG, "utf8");
  const diagnostics = log.split("\n").filter((l) => /^e2e\/fixtures\/hostile\/.*:\d+:\d+: (error|warning): /.test(l));
  expect(new Set(diagnostics).size, "a diagnostic printed twice").toBe(diagnostics.length);
  for (const [file, re] of EXPECTED) {
    const lines = diagnostics.filter((l) => l.includes(`/${file}:`));
    expect(
      lines.filter((l) => re.test(l)),
      `${file}:\n${lines.join("\n")}`,
    ).toHaveLength(1);
  }
  // Files that are fine say nothing; no error anywhere but the three unusable files.
  for (const quiet of ["normal.md", "bom.md", "crlf.md", "future-date.md", "date-1900.md", "duplicate-a.md"]) {
    expect(
      diagnostics.filter((l) => l.includes(`/${quiet}:`)),
      quiet,
    ).toEqual([]);
  }
  expect(diagnostics.filter((l) => l.includes(": error: ")).map((l) => l.split(":")[0].split("/").pop())).toEqual([
    "binary.md",
    "empty.md",
    "malformed-yaml.md",
  ]);
  expect(log).not.toMatch(
    /Error occurred prerendering|Maximum call stack|could not be rendered as Markdown|heap out of memory/,
  );
});

test("the build writes nothing outside its output folder", () => {
  // Its log, and in a fresh clone Next's own type declarations (next-env.d.ts, gitignored).
  const written = fs
    .readFileSync(".next-hostile.written", "utf8")
    .split("\n")
    .filter((f) => f && f !== "./next-env.d.ts");
  expect(written).toEqual(["./.next-hostile.log"]);
  const names = (fs.readdirSync(".next-hostile", { recursive: true }) as string[]).filter((f) =>
    /passwd|shadow/.test(f),
  );
  expect(names.length).toBeGreaterThan(0);
  for (const f of names) expect(f, f).toMatch(/(^|\/)etc-passwd(\.|\/|$)/);
});

test("every good article is published: its page, the home list and the sitemap", async ({ page, request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const locs = [...sitemap.matchAll(/<loc>[^<]*\/posts\/([^/<]+)\/<\/loc>/g)]
    .map((m) => decodeURIComponent(m[1]))
    .sort();
  expect(locs).toEqual(PUBLISHED.map(([slug]) => slug).sort());
  for (const [slug, title] of PUBLISHED) {
    const res = await request.get(`/posts/${slug}/`);
    expect(res.status(), slug).toBe(200);
    expect(await res.text(), slug).toContain(title.replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#x27;"));
  }
  await page.goto("/");
  await expect(page.locator("main article")).toHaveCount(10);
});

test("hostile shapes render as a reader expects", async ({ page }) => {
  await watch(page);
  // 10,000 nested list items: flattened to 32 levels, the text and what follows kept.
  await page.goto("/posts/nested-list/");
  await expect(page.locator("main .prose")).toContainText("最深处");
  await expect(page.locator("main .prose")).toContainText("列表之后的段落仍然显示。");
  expect(await page.locator("main .prose ul").count()).toBe(32);
  // 5,000 tags: the first 100, each a link.
  await page.goto("/posts/many-tags/");
  await expect(page.locator('main a[href^="/tags/"]')).toHaveCount(100);
  // 10,000-character title: 300 and an ellipsis, in the heading and the <title>.
  await page.goto("/posts/long-title/");
  expect(Array.from((await page.locator("h1").textContent()) ?? "").length).toBe(301);
  expect((await page.title()).length).toBeLessThan(400);
  // 10 MB body: the first megabyte, ending with the note to the reader; the page stays a few MB.
  const huge = await page.goto("/posts/huge-10mb/");
  expect((await huge!.body()).length).toBeLessThan(4 * 1024 * 1024);
  await expect(page.locator("main .prose")).toContainText("第 1 段");
  await expect(page.locator("main .prose")).toContainText("全文有 10.0 MB，超过了每篇文章 1.0 MB 的上限");
  // Control and invisible characters gone, emoji joiners kept, right-to-left text shown as written.
  await page.goto("/posts/control-chars/");
  expect(await page.locator("main").innerText()).not.toMatch(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u202A-\u202E\uFEFF]/,
  );
  await page.goto("/posts/rtl-emoji/");
  await expect(page.locator("h1")).toHaveText("مرحبا بالعالم 👩‍👩‍👧‍👦 שלום 🇨🇳🏳️‍🌈");
  await expect(page.locator("main .prose strong")).toHaveText("كلمة غامقة");
  // 1900 and 2099 are shown as they are.
  await page.goto("/posts/date-1900/");
  await expect(page.locator("main time").first()).toContainText("1900");
  await page.goto("/posts/future-date/");
  await expect(page.locator("main time").first()).toContainText("2099");
});
