/**
 * The refresh endpoint's key (app/api/refresh/route.ts): `REFRESH_SECRET`, sent as
 * `Authorization: Bearer <secret>`. Unset, the endpoint does not exist (404).
 */
import { createHash, timingSafeEqual } from "node:crypto";

export const REFRESH_PATH = "/api/refresh/";

export function refreshSecret(): string | null {
  return process.env.REFRESH_SECRET || null;
}

/** Whether the request's Authorization header carries the secret (compared in constant time). */
export function isAuthorized(header: string | null, secret: string): boolean {
  const sent = /^Bearer\s+(.+)$/i.exec(header ?? "")?.[1]?.trim();
  if (!sent) return false;
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(sent), digest(secret));
}

/** Is this the refresh endpoint's path (with or without its trailing slash)? */
export function isRefreshPath(pathname: string): boolean {
  return pathname === REFRESH_PATH || pathname === REFRESH_PATH.slice(0, -1);
}
