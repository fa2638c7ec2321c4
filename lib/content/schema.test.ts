import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { siteConfig } from "../config";
import { parseArticle } from "./article";
import { formatDiagnostic } from "./diagnostics";
import { newArticleText } from "./new-article";
import { FRONT_MATTER, FRONT_MATTER_KEYS, frontMatterTable, withFrontMatterTable } from "./schema";

describe("the front-matter schema", () => {
  it("is the README's table (run `npm run docs` after changing it)", () => {
    const readme = fs.readFileSync(path.join(process.cwd(), "README.md"), "utf8");
    expect(withFrontMatterTable(readme, frontMatterTable(siteConfig))).toBe(readme);
  });

  it("lists every key of the seed article, which parses without a warning", () => {
    const seed = fs.readFileSync(path.join(process.cwd(), "content", "000_bd8401d927c5eba6.md"), "utf8");
    const keys = [...seed.split("\n---")[0].matchAll(/^(\w+):/gm)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(15);
    for (const key of keys) expect(FRONT_MATTER_KEYS).toContain(key);
    expect(parseArticle("/c/seed.md", seed, siteConfig).diagnostics).toEqual([]);
  });

  it("names every key in the unknown-key warning, in the schema's order", () => {
    const { diagnostics } = parseArticle(
      "/c/x.md",
      '---\ntitle: T\ndate: "2026-01-01"\ntitel: x\n---\nbody\n',
      siteConfig,
    );
    expect(formatDiagnostic(diagnostics[0], "/c")).toContain(`(known: ${FRONT_MATTER_KEYS.join(", ")})`);
  });

  it("gives `npm run new` exactly the keys that have a template, in order, each read back as written", () => {
    const text = newArticleText({ title: "T", now: new Date("2026-01-01T00:00:00Z") });
    const written = [...text.matchAll(/^(\w+):/gm)].map((m) => m[1]);
    expect(written).toEqual(FRONT_MATTER.filter((f) => "template" in f).map((f) => f.key));
    const { article, diagnostics } = parseArticle("/c/new.md", text, siteConfig);
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({ draft: true, pager: siteConfig.defaults.pager, widgets: siteConfig.widgets });
  });
});
