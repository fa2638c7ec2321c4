import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cachePath, loadOrBuildCached } from "./cache";
import { parseFolder } from "./index";

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cache-test-"));
  fs.mkdirSync(path.join(tmp, "content"));
  fs.writeFileSync(path.join(tmp, "content", "a.md"), '---\ntitle: "A"\ndate: "2026-01-01 08:00"\n---\n正文\n');
  vi.stubEnv("NEXT_DIST_DIR", path.join(tmp, "dist"));
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("the shared content index file", () => {
  it("is parsed by the first build process and loaded by the next, dates revived", () => {
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    const dir = path.join(tmp, "content");
    const build = vi.fn(() => parseFolder(dir));
    const first = loadOrBuildCached(dir, build);
    expect(first.built).toBe(true);
    expect(fs.existsSync(cachePath(dir))).toBe(true);
    const second = loadOrBuildCached(dir, build);
    expect(second.built).toBe(false);
    expect(build).toHaveBeenCalledTimes(1);
    expect(second.articles[0].date).toBeInstanceOf(Date);
    expect(second.articles[0].date?.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(second.articles[0]).not.toHaveProperty("body");
  });

  it("is parsed again when a file changes during the build", () => {
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    const dir = path.join(tmp, "content");
    const build = vi.fn(() => parseFolder(dir));
    loadOrBuildCached(dir, build);
    fs.writeFileSync(path.join(dir, "b.md"), '---\ntitle: "B"\n---\n正文\n');
    const again = loadOrBuildCached(dir, build);
    expect(again.built).toBe(true);
    expect(again.articles.map((a) => a.title).sort()).toEqual(["A", "B"]);
  });

  it("is loaded as is by the production server", () => {
    const dir = path.join(tmp, "content");
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    loadOrBuildCached(dir, () => parseFolder(dir));
    vi.stubEnv("NEXT_PHASE", "phase-production-server");
    const build = vi.fn(() => parseFolder(dir));
    expect(loadOrBuildCached(dir, build).articles).toHaveLength(1);
    expect(build).not.toHaveBeenCalled();
  });
});
