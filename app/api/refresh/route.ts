import { revalidatePath } from "next/cache";
import { isLiveServer, liveContent, logScan } from "@/lib/content";
import { isAuthorized, refreshSecret } from "@/lib/refresh";

/**
 * `POST /api/refresh/` with `Authorization: Bearer $REFRESH_SECRET` (`npm run refresh`): the content
 * folder is looked at now, files taken as they are (the caller has finished writing), and every
 * cached page and feed is rendered again on its next request. For scrapers that want a new article
 * online at once rather than within the ~45 s the server takes by itself (README › Operating a live
 * site). 404 when REFRESH_SECRET is unset or the server does not watch a folder; 401 without the secret.
 * POST only: never cached, and no file in the static export.
 */
export async function POST(request: Request) {
  const secret = refreshSecret();
  if (!secret || !isLiveServer()) return text(404, "Not found");
  if (!isAuthorized(request.headers.get("authorization"), secret)) {
    return text(401, "401 Unauthorized: send Authorization: Bearer <REFRESH_SECRET>.", {
      "WWW-Authenticate": 'Bearer realm="refresh"',
    });
  }
  const report = await liveContent().refresh(0);
  logScan(report);
  revalidatePath("/", "layout");
  const { added, changed, removed, waiting, articles, ms } = report;
  return Response.json(
    { added: added.length, changed: changed.length, removed: removed.length, waiting: waiting.length, articles, ms },
    { headers: { "Cache-Control": "no-store" } },
  );
}

function text(status: number, body: string, extra: Record<string, string> = {}) {
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...extra },
  });
}
