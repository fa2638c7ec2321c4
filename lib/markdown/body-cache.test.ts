import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderMarkdown } from ".";
import { bodyCacheDir, bodyCacheKey, cachedRender, pruneBodyCaches } from "./body-cache";

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "body-cache-test-"));
  vi.stubEnv("NEXT_DIST_DIR", path.join(tmp, "dist"));
  vi.stubEnv("NEXT_OUTPUT", "");
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const entries = (dir: string) =>
  fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json"));

describe("bodies kept between builds", () => {
  it("renders a body once and reads it back the same, in a later build too", () => {
    const dir = bodyCacheDir("k1");
    const render = vi.fn(renderMarkdown);
    const markdown = "## 標題\n\n**粗體**，正文 [link](https://example.com)";
    const first = cachedRender(render, dir)(markdown, { footnoteLabel: "脚注" });
    const again = cachedRender(render, dir)(markdown, { footnoteLabel: "脚注" });
    expect(render).toHaveBeenCalledTimes(1);
    expect(again).toEqual(first);
    expect(again).toEqual(renderMarkdown(markdown, { footnoteLabel: "脚注" }));
    expect(again.html).toContain("<strong>粗體</strong>");
    expect(again.toc).toEqual([{ id: "標題", text: "標題", depth: 2 }]);
    expect(dir).toBe(path.join(tmp, "dist", "cache", "bodies", "k1"));
    expect(entries(dir)).toHaveLength(1);
  });

  it("keeps a body per Markdown and per options", () => {
    const dir = bodyCacheDir("k1");
    const render = vi.fn(renderMarkdown);
    const cached = cachedRender(render, dir);
    cached("$x$ costs $5", { math: true });
    cached("$x$ costs $5", { math: false });
    cached("$x$ costs $6", { math: false });
    expect(render).toHaveBeenCalledTimes(3);
    expect(cached("$x$ costs $5", { math: true }).html).toContain("<math");
    expect(cached("$x$ costs $5", { math: false }).html).not.toContain("<math");
    expect(render).toHaveBeenCalledTimes(3);
  });

  it("renders again over an unreadable entry, and when the folder cannot be written", () => {
    const dir = bodyCacheDir("k1");
    const render = vi.fn(renderMarkdown);
    cachedRender(render, dir)("text");
    const [entry] = entries(dir);
    fs.writeFileSync(path.join(dir, entry), '{"html": "<p>trunc');
    expect(cachedRender(render, dir)("text").html).toBe("<p>text</p>\n");
    expect(JSON.parse(fs.readFileSync(path.join(dir, entry), "utf8")).html).toBe("<p>text</p>\n");

    const blocked = path.join(tmp, "a-file");
    fs.writeFileSync(blocked, "");
    expect(cachedRender(render, blocked)("other").html).toBe("<p>other</p>\n");
    expect(render).toHaveBeenCalledTimes(3);
  });

  it("is used only in a production build that has a renderer key", () => {
    const render = vi.fn(renderMarkdown);
    expect(cachedRender(render)).toBe(render);
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    expect(cachedRender(render)).toBe(render);
    vi.stubEnv("BODY_CACHE_KEY", "k2");
    const cached = cachedRender(render);
    expect(cached).not.toBe(render);
    cached("text");
    expect(entries(bodyCacheDir("k2"))).toHaveLength(1);
  });

  it("of a static export are kept in .next, which the export does not empty", () => {
    vi.stubEnv("NEXT_OUTPUT", "export");
    expect(path.relative(process.cwd(), bodyCacheDir("k1"))).toBe(path.join(".next", "cache", "bodies", "k1"));
  });
});

describe("the renderer's key", () => {
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(tmp, file)), { recursive: true });
    fs.writeFileSync(path.join(tmp, file), text);
  };

  it("changes with any module of lib/ and the lockfile, not with tests or content", () => {
    write("lib/markdown/index.ts", "export const a = 1;");
    write("lib/xml.ts", "export const b = 1;");
    write("package-lock.json", "{}");
    const key = bodyCacheKey(tmp);
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    write("lib/markdown/index.test.ts", "test");
    write("content/new.md", "---\ntitle: new\n---\n");
    expect(bodyCacheKey(tmp)).toBe(key);
    write("lib/xml.ts", "export const b = 2;");
    const changed = bodyCacheKey(tmp);
    expect(changed).not.toBe(key);
    write("package-lock.json", '{"lockfileVersion": 3}');
    expect(bodyCacheKey(tmp)).not.toBe(changed);
    expect(bodyCacheKey(path.join(tmp, "no-sources"))).toMatch(/^[0-9a-f]{16}$/);
  });

  it("starts an empty folder: a build removes the bodies of other keys", () => {
    cachedRender(renderMarkdown, bodyCacheDir("old"))("text");
    cachedRender(renderMarkdown, bodyCacheDir("new"))("text");
    pruneBodyCaches("new");
    expect(fs.readdirSync(path.join(tmp, "dist", "cache", "bodies"))).toEqual(["new"]);
    expect(entries(bodyCacheDir("new"))).toHaveLength(1);
  });
});
