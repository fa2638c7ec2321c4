/**
 * Golden tests: each fixture in ./golden exercises rendering rules; its .html was reviewed by eye
 * once and is asserted from then on. After a deliberate change, regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run lib/markdown/golden.test.ts` and review the diff.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from ".";

const dir = path.join(import.meta.dirname, "golden");
const fixtures = fs.readdirSync(dir).filter((f) => f.endsWith(".md"));

describe("golden rendering", () => {
  it("has fixtures", () => expect(fixtures.length).toBeGreaterThanOrEqual(7));
  for (const name of fixtures) {
    it(name, () => {
      const source = fs.readFileSync(path.join(dir, name), "utf8");
      const { html } = renderMarkdown(source, {
        math: name.startsWith("math"),
        footnoteLabel: "脚注",
        footnoteBackLabel: "返回引用处",
      });
      const expectedFile = path.join(dir, name.replace(/\.md$/, ".html"));
      if (process.env.UPDATE_GOLDEN === "1" || !fs.existsSync(expectedFile)) fs.writeFileSync(expectedFile, html);
      expect(html).toBe(fs.readFileSync(expectedFile, "utf8"));
    });
  }
});
