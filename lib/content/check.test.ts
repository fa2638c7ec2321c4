/**
 * `npm run check` on one fixture per mistake (lib/content/fixtures/check): each file gives exactly
 * the line an author reads, with its line, column and fix; errors skip the file, warnings repair it.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "./diagnostics";
import { buildIndex } from "./index";

const dir = path.join(import.meta.dirname, "fixtures", "check");
const { articles, diagnostics } = buildIndex(dir, { includeDrafts: true });
const byFile = (name: string) =>
  diagnostics.filter((d) => path.relative(dir, d.file) === name).map((d) => formatDiagnostic(d, dir));

describe("npm run check", () => {
  it.each([
    [
      "yaml-syntax.md",
      'yaml-syntax.md:4:1: error: front matter is not valid YAML (deficient indentation); fix the syntax, e.g. quote values that contain ":" or "#" — file skipped',
    ],
    [
      "control-character.md",
      "control-character.md:2:11: warning: removed 1 control character(s) (first here); delete them from the file to silence this warning",
    ],
    [
      "empty-title.md",
      'empty-title.md:2:1: warning: `title` is missing or empty; using "有摘要可用。" — add a `title:`',
    ],
    [
      "nothing.md",
      "nothing.md:2:1: error: the article has no title, summary or body: nothing to show — add a `title:` and some text; file skipped",
    ],
    [
      "bad-date.md",
      'bad-date.md:3:1: warning: `date` "明天上午" is not a date; the article is listed undated — use "YYYY-MM-DD HH:mm:ss", ISO 8601 or RFC 2822',
    ],
    [
      "list-for-string.md",
      'list-for-string.md:2:1: warning: `title` is a list but should be a single value; using "一 二" — write it as `title: "…"`',
    ],
    [
      "string-for-list.md",
      'string-for-list.md:4:1: warning: `tags` should be a list; read "单个" as a one-item list — write it as `tags: ["单个"]`',
    ],
    [
      "unsafe-thumbnail.md",
      'unsafe-thumbnail.md:4:1: warning: `thumbnail` "javascript:alert(1)" is not an https:, http: or site-relative URL (or an image of the page bundle); dropped',
    ],
    [
      "unknown-widget.md",
      'unknown-widget.md:4:1: warning: unknown widget "weather" in `widgets` (known: search, recent, categories, taglist, languages); not rendered',
    ],
    ["bad-sidebar.md", 'bad-sidebar.md:4:1: warning: `sidebar` "top" is not one of left, right, false; using "right"'],
    [
      "alias.md",
      'alias.md:1:1: warning: alias "/tags/" collides with a page of the site; ignored — remove it or choose another path',
    ],
    [
      "dup/b.md",
      expect.stringMatching(
        /^dup\/b\.md:1:1: warning: slug "same" is already used by .*dup\/a\.md; published as "same-2" — give one of them a unique `slug:`$/,
      ),
    ],
  ])("%s", (name, line) => {
    expect(byFile(name)).toEqual([line]);
  });

  it("warns about an unknown key, naming it", () => {
    expect(byFile("unknown-key.md")).toEqual([
      expect.stringMatching(
        /^unknown-key\.md:4:1: warning: unknown key `auther` is ignored — check its spelling \(known: title, date/,
      ),
    ]);
  });

  it("publishes every file whose problems are only warnings", () => {
    expect(articles).toHaveLength(12);
    expect(diagnostics.filter((d) => d.severity === "error")).toHaveLength(2);
  });
});

describe("the npm run check command", () => {
  it("prints the same lines and exits 1 when there is an error, 0 when there is none", () => {
    const run = (dirName: string) =>
      spawnSync("npx", ["tsx", "scripts/check.ts"], {
        env: { ...process.env, CONTENT_DIR: dirName },
        encoding: "utf8",
      });
    const bad = run(dir);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("yaml-syntax.md:4:1: error: front matter is not valid YAML");
    expect(bad.stdout).toMatch(/14 file\(s\), 12 article\(s\) \(drafts included\), 2 error\(s\), 11 warning\(s\)/);
    const good = run("content");
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/0 error\(s\), 0 warning\(s\)/);
  }, 60_000);
});
