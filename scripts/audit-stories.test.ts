import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildIndex } from "../lib/content/index";
import { repeatsOnLists } from "./audit-stories";

const file = (name: string, title: string, date: string, body: string) => ({
  file: path.join(process.cwd(), "content", name),
  raw: `---\ntitle: "${title}"\ndate: "${date}"\ncategories: ["Reuters"]\n---\n\n${body}\n`,
});
const files = [
  file("a.md", "Ohio steel plant gets a grant", "2026-08-21 09:00", "Same body."),
  file("b.md", "Ohio steel plant gets a grant", "2026-08-21 19:00", "Same  body."),
  file("c.md", "Another story entirely", "2026-08-21 10:00", "Other."),
];

describe("repeatsOnLists", () => {
  it("finds nothing once copies are merged", () => {
    expect(repeatsOnLists(buildIndex(files))).toEqual([]);
  });
  it("names a list that shows an article twice", () => {
    const index = buildIndex(files);
    const copy = { ...index.listed.find((a) => a.slug === "a")!, slug: "b" };
    index.listed.push(copy);
    index.termArticles.categories.get("reuters")!.push(copy);
    expect(repeatsOnLists(index)).toEqual([
      "home pages 1-10: Ohio steel plant gets a grant",
      "/categories/reuters/: Ohio steel plant gets a grant",
    ]);
  });
});
