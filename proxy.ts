import { NextResponse, type NextRequest } from "next/server";
import { SECURITY_HEADERS } from "@/lib/security";

/**
 * The Node host's guard in front of every route (the static export has no server code: nginx does
 * the same, see scripts/nginx.conf). Two kinds of request never reach a page:
 * - a path with invalid percent-encoding (`/posts/%ZZ/`): 400. Next 16 answers them with a 500 when
 *   the path meets a dynamic segment (vercel/next.js#92527, #94278);
 * - a method other than GET and HEAD: 405 with `Allow`. The site is read-only.
 * Everything else goes on unchanged.
 */
export function proxy(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return plain(405, "405 Method Not Allowed: this site only answers GET and HEAD.", { Allow: "GET, HEAD" });
  }
  if (!isDecodable(new URL(request.url).pathname)) {
    return plain(400, "400 Bad Request: the address has an invalid percent-encoding (a % not followed by two hex digits, or bytes that are not UTF-8).");
  }
  return NextResponse.next();
}

function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function plain(status: number, body: string, extra: Record<string, string> = {}) {
  const headers = new Headers({ "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...extra });
  for (const { key, value } of SECURITY_HEADERS) headers.set(key, value);
  return new NextResponse(body, { status, headers });
}
