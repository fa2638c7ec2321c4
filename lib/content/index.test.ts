import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { siteConfig } from "../config";
import { messageOf } from "./diagnostics";
import { buildIndex, reportDiagnostics } from "./index";
import { getArticle, getTerm, latestPage, neighbours, termPage } from "./queries";

const dir = path.join(process.cwd(), "content");
const file = (name: string, fm: string, body = "正文。") => ({
  file: path.join(dir, name),
  raw: `---\n${fm}\n---\n\n${body}\n`,
});

const files = [
  file("b.md", 'title: "B"\ndate: "2026-01-02 10:00"\ntags: ["AI", "芯片"]\ncategories: ["科技"]'),
  file("a.md", 'title: "A"\ndate: "2026-01-01 10:00"\ntags: ["ai"]\ncategories: ["科技"]'),
  file("c.md", 'title: "C"\ndate: "2026-01-03 10:00"\ntags: ["The telegraph"]\ncategories: ["Markets"]'),
  file("undated.md", 'title: "U"\ndate: "someday"'),
  file("draft.md", 'title: "D"\ndate: "2026-02-01"\ndraft: true'),
];

describe("buildIndex", () => {
  const index = buildIndex(files);

  it("sorts newest first with undated articles last, and leaves drafts out", () => {
    expect(index.articles.map((a) => a.title)).toEqual(["C", "B", "A", "U"]);
    expect(buildIndex(files, { includeDrafts: true }).articles[0].title).toBe("D");
  });

  it("counts each taxonomy's terms, merging spellings of one URL", () => {
    expect(index.terms.tags.map((t) => [t.slug, t.count])).toEqual([
      ["ai", 2],
      ["芯片", 1],
      ["the-telegraph", 1],
    ]);
    expect(index.terms.categories.map((t) => [t.name, t.count])).toEqual([
      ["科技", 2],
      ["Markets", 1],
    ]);
    expect(index.termArticles.tags.get("ai")?.map((a) => a.title)).toEqual(["B", "A"]);
  });

  it("links older (上一篇) and newer (下一篇) articles", () => {
    const b = getArticle("b", index)!;
    expect(neighbours(b, index)).toMatchObject({ older: { title: "A" }, newer: { title: "C" } });
    expect(neighbours(getArticle("c", index)!, index).newer).toBeNull();
    expect(neighbours(getArticle("undated", index)!, index).older).toBeNull();
  });

  it("finds terms and articles by raw, encoded or upper-cased URL", () => {
    expect(getTerm("tags", "%E8%8A%AF%E7%89%87", index)?.name).toBe("芯片");
    expect(getTerm("tags", "芯片", index)?.name).toBe("芯片");
    expect(getTerm("tags", "AI", index)?.count).toBe(2);
    expect(getTerm("categories", "ai", index)).toBeNull();
    expect(getArticle("B", index)?.title).toBe("B");
    expect(getArticle("nope", index)).toBeNull();
  });

  it("reports the diagnostics of every file and publishes the rest", () => {
    const broken = buildIndex([...files, file("broken.md", 'title: "x\ndate: 2026')]);
    expect(broken.articles).toHaveLength(4);
    expect(broken.diagnostics.filter((d) => d.severity === "error").map((d) => path.basename(d.file))).toEqual([
      "broken.md",
    ]);
    expect(
      broken.diagnostics.some((d) => path.basename(d.file) === "undated.md" && messageOf(d).includes("not a date")),
    ).toBe(true);
  });
});

describe("duplicate slugs", () => {
  it("keeps the slug for the first file by path and suffixes the next with -2, naming both", () => {
    const index = buildIndex([
      file("z/post.md", 'title: "Second"\ndate: "2026-01-02"'),
      file("a/post.md", 'title: "First"\ndate: "2026-01-01"'),
      file("m/other.md", 'title: "Third"\ndate: "2026-01-03"\nslug: post'),
    ]);
    expect(index.bySlug.get("post")?.title).toBe("First");
    expect(index.bySlug.get("post-2")?.title).toBe("Third");
    expect(index.bySlug.get("post-3")?.title).toBe("Second");
    const dup = index.diagnostics.filter((d) => messageOf(d).includes("already used"));
    expect(dup).toHaveLength(2);
    expect(messageOf(dup[0])).toContain(path.join("content", "a", "post.md"));
    expect(messageOf(dup[0])).toContain('published as "post-2"');
  });
});

describe("widgets", () => {
  it("reports an unknown widget name once for the whole site", () => {
    const index = buildIndex([
      file("a.md", 'title: A\ndate: "2026-01-01"\nwidgets: [search, social2]'),
      file("b.md", 'title: B\ndate: "2026-01-02"\nwidgets: [social2, recent]'),
    ]);
    const unknown = index.diagnostics.filter((d) => messageOf(d).includes("unknown widget"));
    expect(unknown).toHaveLength(1);
    expect(messageOf(unknown[0])).toContain('"social2"');
  });
});

describe("pagination of lists", () => {
  const many = Array.from({ length: 23 }, (_, i) =>
    file(
      `p${String(i).padStart(2, "0")}.md`,
      `title: "P${i}"\ndate: "2026-01-${String(i + 1).padStart(2, "0")}"\ntags: [x]`,
    ),
  );
  const index = buildIndex(many);
  it("pages the home list and term lists by the site's page size", () => {
    expect(siteConfig.pageSize).toBe(10);
    expect(latestPage(1, index)?.items[0].title).toBe("P22");
    expect(latestPage(3, index)?.items.map((a) => a.title)).toEqual(["P2", "P1", "P0"]);
    expect(latestPage(4, index)).toBeNull();
    const term = getTerm("tags", "x", index)!;
    expect(termPage(term, 3, index)?.totalPages).toBe(3);
  });
});

describe("reportDiagnostics", () => {
  afterEach(() => vi.unstubAllEnvs());
  const diagnostics = buildIndex([
    file("broken.md", 'title: "x\ndate: 2026'),
    file("ok.md", 'title: ""\nsummary: "摘要。"'),
  ]).diagnostics;

  it("prints one line per problem and does not fail by default", () => {
    const lines: string[] = [];
    reportDiagnostics(diagnostics, (l) => lines.push(l));
    expect(lines).toHaveLength(diagnostics.length);
    expect(lines.some((l) => /^content\/broken\.md:\d+:\d+: error: front matter is not valid YAML/.test(l))).toBe(true);
  });
  it("fails with STRICT_CONTENT=1 when there is an error", () => {
    vi.stubEnv("STRICT_CONTENT", "1");
    expect(() => reportDiagnostics(diagnostics, () => {})).toThrow("STRICT_CONTENT=1: 1 content error(s)");
    expect(() =>
      reportDiagnostics(
        diagnostics.filter((d) => d.severity === "warning"),
        () => {},
      ),
    ).not.toThrow();
  });
});
