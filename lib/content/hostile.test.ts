import path from "node:path";
import { describe, expect, it } from "vitest";
import { siteConfig } from "../config";
import { MAX_SEGMENT_BYTES, urlSegment } from "../urls";
import { MAX_BODY_BYTES, MAX_TERMS, MAX_TITLE_CHARS, parseArticle } from "./article";
import { formatDiagnostic, type Diagnostic, messageOf } from "./diagnostics";
import { decodeUtf8 } from "./files";

/** What the loader does with the hostile shapes of e2e/fixtures/hostile, one rule each. */
const FILE = path.join(process.cwd(), "content", "x.md");
const parse = (raw: string) => parseArticle(FILE, raw, siteConfig);
const fm = (front: string, body = "正文。") => `---\n${front}\n---\n\n${body}\n`;

describe("files that are not UTF-8 text", () => {
  const decode = (bytes: number[] | Buffer) => {
    const errors: Diagnostic[] = [];
    const text = decodeUtf8(FILE, Uint8Array.from(bytes), errors);
    return { text, errors: errors.map((d) => formatDiagnostic(d)) };
  };
  it("reads UTF-8, with or without a byte-order mark", () => {
    expect(decode(Buffer.from("\uFEFF---\ntitle: 中文\n---\n")).text).toContain("中文");
  });
  it("names a GBK file, its line and the iconv fix", () => {
    const gbk = [...Buffer.from("---\ntitle: x\n---\n\n"), 0xd6, 0xd0, 0xce, 0xc4];
    const { text, errors } = decode(gbk);
    expect(text).toBeNull();
    expect(errors).toEqual([
      expect.stringMatching(/x\.md:5:1: error: is not UTF-8 text .*iconv -f GBK -t UTF-8.*file skipped$/),
    ]);
  });
  it("names UTF-16 and binary files", () => {
    expect(decode([0xff, 0xfe, 0x2d, 0x00, 0x2d, 0x00]).errors[0]).toMatch(/:1:1: error: is UTF-16 text/);
    expect(decode([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff]).errors[0]).toMatch(
      /error: is not a text file \(it has NUL bytes/,
    );
  });
});

describe("hostile front matter and bodies", () => {
  it("removes invisible characters but keeps the joiners emoji need, in one warning", () => {
    const { article, diagnostics } = parse(
      fm('title: "a\u200Bb\u202Ec\u2066d 👩\u200D👩\u200D👧"\ndate: "2026-01-01"\ntags: ["零\u200B宽"]'),
    );
    expect(article?.title).toBe("abcd 👩\u200D👩\u200D👧");
    expect(article?.tags).toEqual([{ name: "零宽", slug: "零宽" }]);
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      "content/x.md:2:10: warning: removed 4 invisible character(s) (zero-width space, byte-order mark or bidirectional override) (first here); delete them from the file to silence this warning",
    ]);
  });
  it("shortens a 10,000-character title and keeps the first 100 of 5,000 tags", () => {
    const tags = Array.from({ length: 5000 }, (_, i) => `"t${i}"`).join(", ");
    const { article, diagnostics } = parse(fm(`title: "${"长".repeat(10_000)}"\ndate: "2026-01-01"\ntags: [${tags}]`));
    expect(Array.from(article!.title)).toHaveLength(MAX_TITLE_CHARS + 1);
    expect(article!.title.endsWith("…")).toBe(true);
    expect(article!.tags).toHaveLength(MAX_TERMS);
    expect(article!.tags[99].slug).toBe("t99");
    expect(diagnostics.map((d) => d.line)).toEqual([2, 4]);
    expect(messageOf(diagnostics[0])).toMatch(/^`title` is over 300 characters; shortened/);
    expect(messageOf(diagnostics[1])).toMatch(/^`tags` has 5000 entries; the first 100 are used/);
  });
  it("shortens a tag name over 60 characters, and only then", () => {
    const { article, diagnostics } = parse(fm(`title: T\ndate: "2026-01-01"\ntags: ["${"标".repeat(61)}", "a  b"]`));
    expect(article!.tags.map((t) => Array.from(t.name).length)).toEqual([61, 4]);
    expect(article!.tags[0].name.endsWith("…")).toBe(true);
    expect(diagnostics.map((d) => messageOf(d))).toEqual([
      expect.stringMatching(/^`tags` entry "标+…" is over 60 characters; shortened$/),
    ]);
  });
  it("publishes the first megabyte of a 10 MB body, cut at a paragraph end, with a note", () => {
    const paragraph = "港口吞吐量继续走高。".repeat(20) + "\n\n";
    const body = paragraph.repeat(Math.ceil((10 * 1048576) / Buffer.byteLength(paragraph)));
    const { article, diagnostics } = parse(fm('title: T\ndate: "2026-01-01"', body));
    expect(Buffer.byteLength(article!.body)).toBeLessThanOrEqual(MAX_BODY_BYTES + 200);
    expect(article!.body).toMatch(
      /港口吞吐量继续走高。\n\n---\n\n\*全文有 10\.0 MB，超过了每篇文章 1\.0 MB 的上限，以下内容未发布。\*$/,
    );
    expect(diagnostics).toHaveLength(1);
    expect(messageOf(diagnostics[0])).toMatch(/^the body is 10\.0 MB, over the 1\.0 MB/);
    // The line is where the published text stops.
    // The line is the last one published: the body's last line before the note's four.
    expect(diagnostics[0].line).toBe(5 + article!.body.split("\n").length - 4);
  });
  it("reports lines nested too deeply", () => {
    const { diagnostics } = parse(fm('title: T\ndate: "2026-01-01"', "前言\n\n" + "- ".repeat(10_000) + "x"));
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      "content/x.md:8:1: warning: 1 line(s) nest lists or quotes deeper than 32 levels (first here); shown flattened to 32 — nest less deeply",
    ]);
  });
});

describe("URL segments from hostile names", () => {
  it("never hold a path separator, a dot-dot or a NUL, and fit a file name", () => {
    for (const name of [
      "../../etc/passwd",
      "..\\..\\windows",
      "a/../../b",
      "\u0000x",
      "%2e%2e%2f",
      ".hidden",
      "长".repeat(500),
      "a".repeat(1000),
    ]) {
      const s = urlSegment(name);
      expect(s, name).not.toMatch(/[/\\\u0000]|\.\.|^\./);
      expect(Buffer.byteLength(s), name).toBeLessThanOrEqual(MAX_SEGMENT_BYTES);
    }
    expect(urlSegment("../../etc/passwd")).toBe("etc-passwd");
  });
  it("keep long names distinct", () => {
    const a = urlSegment("长".repeat(100) + "甲");
    const b = urlSegment("长".repeat(100) + "乙");
    expect(a).not.toBe(b);
    expect(a.startsWith("长".repeat(30))).toBe(true);
  });
});
