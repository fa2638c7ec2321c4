/**
 * Tells a running `next start` to look at the content folder now (app/api/refresh): for a scraper,
 * after it has written its files.
 *
 *   REFRESH_SECRET=… npm run refresh [-- <site origin>]
 *
 * The origin: the argument, else REFRESH_ORIGIN, else http://127.0.0.1:$PORT (3000). Prints what
 * changed; exits 1 when the server refuses or cannot be reached.
 */
import { REFRESH_PATH } from "../lib/refresh";

async function main() {
  const secret = process.env.REFRESH_SECRET;
  if (!secret) throw new Error("REFRESH_SECRET is not set: set it to the server's REFRESH_SECRET.");
  const origin = (
    process.argv[2] ||
    process.env.REFRESH_ORIGIN ||
    `http://127.0.0.1:${process.env.PORT || 3000}`
  ).replace(/\/+$/, "");
  const res = await fetch(`${origin}${REFRESH_PATH}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${secret}` },
  });
  const body = await res.text();
  if (!res.ok) throw new Error(`${origin}${REFRESH_PATH}: ${res.status} ${body.trim()}`);
  const r = JSON.parse(body) as Record<string, number>;
  console.log(
    `refreshed: +${r.added} ~${r.changed} -${r.removed}` +
      (r.waiting ? `, ${r.waiting} waiting` : "") +
      ` → ${r.articles} articles (${r.ms} ms); every page renders again on its next request`,
  );
}

main().catch((e) => {
  console.error(`refresh: ${(e as Error).message}`);
  process.exit(1);
});
