import fs from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { getIndex } from "@/lib/content";
import { resolvePath } from "@/lib/content/routes";
import { isRefreshPath } from "@/lib/refresh";
import { SECURITY_HEADERS } from "@/lib/security";
import { trailingSlashRedirect } from "@/lib/urls";

/**
 * The Node host's guard in front of every route (the static export has no server code: nginx does
 * the same, see scripts/nginx.conf). Two kinds of request never reach a page:
 * - a path with invalid percent-encoding (`/posts/%ZZ/`): 400. Next 16 answers them with a 500 when
 *   the path meets a dynamic segment (vercel/next.js#92527, #94278);
 * - a method other than GET and HEAD: 405 with `Allow`. The site is read-only, but for
 *   `POST /api/refresh/` (lib/refresh.ts), which checks its secret itself.
 * A page's path without its trailing slash is sent to it (308), as Next itself would, except that a
 * dot in the last segment no longer counts as a file extension (lib/urls trailingSlashRedirect).
 * And a path that names no article, list or term (lib/content/routes) gets the 404 page the build
 * prerendered, from memory: found missing by the page itself, Next 16 would send its 404 as an empty
 * shell drawn by the browser (vercel/next.js#62228). Everything else goes on unchanged.
 */
export function proxy(request: NextRequest) {
  // The one endpoint that is not read-only (app/api/refresh): it answers for itself.
  if (request.method === "POST" && isRefreshPath(request.nextUrl.pathname)) return NextResponse.next();
  if (request.method !== "GET" && request.method !== "HEAD") {
    return plain(405, "405 Method Not Allowed: this site only answers GET and HEAD.", { Allow: "GET, HEAD" });
  }
  const { pathname, search } = new URL(request.url);
  if (!isDecodable(pathname)) {
    return plain(
      400,
      "400 Bad Request: the address has an invalid percent-encoding (a % not followed by two hex digits, or bytes that are not UTF-8).",
    );
  }
  const slashed = trailingSlashRedirect(pathname);
  if (slashed) return redirect(new URL(slashed + search, request.url));
  if (isMissing(pathname)) {
    const html = notFoundPage();
    if (html)
      return respond(404, html, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" });
  }
  return NextResponse.next();
}

/**
 * Only on `next start`, from the live index (lib/content/live.ts: a removed article is missing once
 * the folder is next scanned): not in the dev server (there the index is re-validated against the folder
 * on every call), not on Vercel (the proxy runs apart from the pages there, and has not been tried).
 * Whatever goes wrong here lets the request through: the page itself still answers 404.
 */
function isMissing(pathname: string): boolean {
  if (process.env.NODE_ENV !== "production" || process.env.VERCEL) return false;
  try {
    const index = getIndex();
    return index.articles.length > 0 && resolvePath(pathname, index) === "missing";
  } catch {
    return false;
  }
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

let notFoundHtml: string | null | undefined;
/** The 404 page the build prerendered (app/not-found.tsx), read once. */
function notFoundPage(): string | null {
  if (notFoundHtml === undefined) {
    try {
      notFoundHtml = fs.readFileSync(
        path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "server", "app", "_not-found.html"),
        "utf8",
      );
    } catch {
      notFoundHtml = null;
    }
  }
  return notFoundHtml;
}

/** Permanent, with the security headers; Next's adapter makes the Location relative (same host). */
function redirect(to: URL) {
  const response = NextResponse.redirect(to, 308);
  for (const { key, value } of SECURITY_HEADERS) response.headers.set(key, value);
  return response;
}

function plain(status: number, body: string, extra: Record<string, string> = {}) {
  return respond(status, body, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...extra });
}

function respond(status: number, body: string, extra: Record<string, string>) {
  const headers = new Headers(extra);
  for (const { key, value } of SECURITY_HEADERS) headers.set(key, value);
  return new NextResponse(body, { status, headers });
}
