import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseContent } from "./index";
import { LiveContent, statFolder } from "./live";
import { getTerm } from "./queries";

let dir: string;
const article = (title: string, date: string, extra = "") =>
  `---\ntitle: "${title}"\ndate: "${date}"\n${extra}---\n\n${title} 的正文。\n`;

/** Writes a file as if it had been written `ago` ms ago (settled), or just now. */
function write(name: string, text: string | Buffer, ago = 10_000) {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  if (ago) {
    const t = new Date(Date.now() - ago);
    fs.utimesSync(file, t, t);
  }
  return file;
}

const titles = (live: LiveContent) => live.index.articles.map((a) => a.title);

/** A live index started the way the server starts it: from a build's parsed content. */
function started(): LiveContent {
  const live = new LiveContent(dir);
  live.seed(parseContent(dir));
  return live;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "live-test-"));
  write("a.md", article("A", "2026-01-01 08:00", 'tags: ["旧"]\n'));
  write("b.md", article("B", "2026-01-02 08:00"));
  write("sub/c.md", article("C", "2026-01-03 08:00"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the live index", () => {
  it("starts from the build's content without parsing a file again", async () => {
    const live = started();
    expect(titles(live)).toEqual(["C", "B", "A"]);
    const before = live.index;
    const report = await live.refresh();
    expect(report).toMatchObject({ added: [], changed: [], removed: [], assembled: false, articles: 3 });
    expect(live.index).toBe(before);
  });

  it("adds a new file, changes an edited one and drops a removed one", async () => {
    const live = started();
    write("d.md", article("D", "2026-01-04 08:00", 'tags: ["新"]\n'));
    write("b.md", article("B2", "2026-01-02 08:00"));
    fs.rmSync(path.join(dir, "a.md"));
    const report = await live.refresh();
    expect(report.added).toEqual([path.join(dir, "d.md")]);
    expect(report.changed).toEqual([path.join(dir, "b.md")]);
    expect(report.removed).toEqual([path.join(dir, "a.md")]);
    expect(report.assembled).toBe(true);
    expect(titles(live)).toEqual(["D", "C", "B2"]);
    expect(getTerm("tags", "新", live.index)?.count).toBe(1);
    expect(getTerm("tags", "旧", live.index)).toBeNull();
  });

  it("leaves a file being written (younger than settleMs) as it was until it settles", async () => {
    const live = started();
    write("d.md", article("D", "2026-01-04 08:00"), 0);
    write("b.md", article("B2", "2026-01-02 08:00"), 0);
    const first = await live.refresh(2000);
    expect(first.waiting.sort()).toEqual([path.join(dir, "b.md"), path.join(dir, "d.md")]);
    expect(titles(live)).toEqual(["C", "B", "A"]);
    // The refresh endpoint takes files as they are: the caller has finished writing.
    await live.refresh(0);
    expect(titles(live)).toEqual(["D", "C", "B2", "A"]);
  });

  it("takes a file as it is when told to wait for nothing, even one whose time is ahead of the clock", async () => {
    const live = started();
    const file = write("d.md", article("D", "2026-01-04 08:00"), 0);
    const ahead = new Date(Date.now() + 1000); // being written by a machine whose clock is a little ahead
    fs.utimesSync(file, ahead, ahead);
    expect((await live.refresh(2000)).waiting).toEqual([file]);
    const report = await live.refresh(0);
    expect(report.added).toEqual([file]);
    expect(titles(live)).toEqual(["D", "C", "B", "A"]);
  });

  it("takes a file whose time is far ahead of the clock at the next scan, not when the clock catches up", async () => {
    const live = started();
    const file = write("d.md", article("D", "2026-01-04 08:00"), 0);
    const ahead = new Date(Date.now() + 3_600_000); // copied with its time from a machine an hour ahead
    fs.utimesSync(file, ahead, ahead);
    const report = await live.refresh(2000);
    expect(report.waiting).toEqual([]);
    expect(report.added).toEqual([file]);
    expect(titles(live)).toEqual(["D", "C", "B", "A"]);
  });

  it("keeps the previous version of a file that stops parsing for one scan, then reports it", async () => {
    const live = started();
    write("b.md", "---\ntitle: [\n---\n半截");
    const first = await live.refresh();
    expect(first.waiting).toEqual([path.join(dir, "b.md")]);
    expect(titles(live)).toEqual(["C", "B", "A"]);
    const second = await live.refresh();
    expect(second.changed).toEqual([path.join(dir, "b.md")]);
    expect(titles(live)).toEqual(["C", "A"]);
    expect(live.index.diagnostics.map((d) => [path.basename(d.file), d.kind])).toContainEqual([
      "b.md",
      "front-matter-syntax",
    ]);
    // Fixed: back at once.
    write("b.md", article("B3", "2026-01-02 08:00"), 5000);
    await live.refresh();
    expect(titles(live)).toEqual(["C", "B3", "A"]);
  });

  it("takes a new file that does not parse at once (there is no previous version to keep)", async () => {
    const live = started();
    write("bad.md", Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const report = await live.refresh();
    expect(report.added).toEqual([path.join(dir, "bad.md")]);
    expect(live.index.diagnostics.some((d) => d.kind === "utf16")).toBe(true);
  });

  it("picks up a file renamed into place", async () => {
    const live = started();
    const tmp = path.join(dir, ".d.md.tmp");
    fs.writeFileSync(tmp, article("D", "2026-01-04 08:00"));
    await live.refresh(0);
    expect(titles(live)).not.toContain("D"); // hidden files are not content
    fs.renameSync(tmp, path.join(dir, "d.md"));
    await live.refresh(0);
    expect(titles(live)[0]).toBe("D");
  });

  it("assembles again when a scheduled article's time comes, with no file changed", async () => {
    const live = started();
    const soon = new Date(Date.now() + 600).toISOString();
    write("later.md", article("Later", "2026-01-05 08:00", `publishDate: "${soon}"\n`));
    await live.refresh();
    expect(titles(live)).not.toContain("Later");
    await new Promise((resolve) => setTimeout(resolve, 700));
    const report = await live.refresh();
    expect(report.assembled).toBe(true);
    expect(titles(live)[0]).toBe("Later");
  });

  it("gives a slug back to the file that was renamed for it once the first owner is gone", async () => {
    write("z/a.md", article("A bis", "2026-01-06 08:00"));
    const live = started();
    expect(live.index.bySlug.get("a-2")?.title).toBe("A bis");
    fs.rmSync(path.join(dir, "a.md"));
    await live.refresh();
    expect(live.index.bySlug.get("a")?.title).toBe("A bis");
  });

  it("starts from nothing when the build's content has no file times (an older build)", async () => {
    const live = new LiveContent(dir);
    const { files, ...older } = parseContent(dir);
    void files;
    live.seed(older);
    expect(titles(live)).toEqual(["C", "B", "A"]);
    const report = await live.refresh();
    expect(report.added).toHaveLength(3);
    expect(titles(live)).toEqual(["C", "B", "A"]);
  });

  it("lists the folder as findFiles does", async () => {
    write(".hidden/x.md", article("X", "2026-01-01 08:00"));
    write("node_modules/y.md", article("Y", "2026-01-01 08:00"));
    write("notes.txt", "not an article");
    const listed = (await statFolder(dir)).map(([f]) => path.relative(dir, f)).sort();
    expect(listed).toEqual(["a.md", "b.md", path.join("sub", "c.md")]);
  });
});
