/**
 * Rendered bodies kept from one build to the next. A news feed's rebuild renders a few new articles
 * and hundreds it rendered the day before; a body's HTML depends only on its Markdown, the render
 * options and the renderer's code. So a build keeps each body it renders in its build folder's
 * cache (lib/config `buildCacheDir`: `.next/cache/bodies/<key>/`, one small file per body, named by
 * a hash of its Markdown and options), and the next build reads it back instead of rendering.
 * `<key>` is the renderer's: next.config.ts sets BODY_CACHE_KEY from the code of `lib/` and the
 * lockfile, so any change to them starts an empty folder (and the build removes the old ones).
 * Only a production build uses it: `next dev`, the server's on-demand pages and the tests render.
 * An unreadable entry is rendered again; an unwritable folder costs the next build a render.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { buildCacheDir } from "../config";
import type { RenderedBody, RenderOptions } from ".";

type Render = (markdown: string, options?: RenderOptions) => RenderedBody;

const BUILD_PHASE = "phase-production-build";

/** The renderer's key: a hash of every non-test module under `<root>/lib` and the lockfile. */
export function bodyCacheKey(root = "."): string {
  const hash = createHash("sha256");
  let names: string[] = [];
  try {
    names = fs.readdirSync(path.join(root, "lib"), { recursive: true, encoding: "utf8" });
  } catch {
    /* a server started from a build without its sources: the key is not used there */
  }
  const modules = names
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => path.join("lib", f).split(path.sep).join("/"))
    .sort();
  for (const file of ["package-lock.json", ...modules]) {
    let text: Buffer;
    try {
      text = fs.readFileSync(path.join(root, file));
    } catch {
      continue;
    }
    hash.update(file).update("\0").update(text).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** The folder of the bodies of `key`, in this build's cache. */
export function bodyCacheDir(key: string): string {
  return buildCacheDir("bodies", key);
}

/** Removes the bodies of every other renderer key (they can never be read again). */
export function pruneBodyCaches(key: string): void {
  const root = path.dirname(bodyCacheDir(key));
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) if (name !== key) fs.rmSync(path.join(root, name), { recursive: true, force: true });
}

/**
 * `render` with its results kept in `dir`: by default the build's body folder during a production
 * build (next.config.ts sets the key), and no folder otherwise (then it is `render` itself).
 */
export function cachedRender(render: Render, dir = defaultDir()): Render {
  if (!dir) return render;
  return (markdown, options = {}) => {
    const hash = createHash("sha256").update(JSON.stringify(options)).update("\0").update(markdown).digest("hex");
    const file = path.join(dir, hash.slice(0, 2), `${hash.slice(2)}.json`);
    try {
      return JSON.parse(fs.readFileSync(file, "utf8")) as RenderedBody;
    } catch {
      /* not rendered by an earlier build (or unreadable): render it */
    }
    const body = render(markdown, options);
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(body));
      fs.renameSync(tmp, file);
    } catch {
      /* a read-only or full disk: the next build renders it again */
    }
    return body;
  };
}

function defaultDir(): string | null {
  const key = process.env.BODY_CACHE_KEY;
  return key && process.env.NEXT_PHASE === BUILD_PHASE ? bodyCacheDir(key) : null;
}
