import { afterEach, describe, expect, it, vi } from "vitest";
import { POST } from "../app/api/refresh/route";
import { isAuthorized, isRefreshPath } from "./refresh";

describe("the refresh endpoint's key", () => {
  it("accepts the secret as a bearer token, and nothing else", () => {
    expect(isAuthorized("Bearer s3cret", "s3cret")).toBe(true);
    expect(isAuthorized("bearer  s3cret ", "s3cret")).toBe(true);
    expect(isAuthorized("Bearer s3cre", "s3cret")).toBe(false);
    expect(isAuthorized("Bearer s3cret2", "s3cret")).toBe(false);
    expect(isAuthorized("s3cret", "s3cret")).toBe(false);
    expect(isAuthorized("Basic czNjcmV0", "s3cret")).toBe(false);
    expect(isAuthorized(null, "s3cret")).toBe(false);
  });

  it("names one path, with or without its slash", () => {
    expect(isRefreshPath("/api/refresh/")).toBe(true);
    expect(isRefreshPath("/api/refresh")).toBe(true);
    expect(isRefreshPath("/api/refreshx/")).toBe(false);
    expect(isRefreshPath("/posts/api/refresh/")).toBe(false);
  });
});

describe("POST /api/refresh/", () => {
  afterEach(() => vi.unstubAllEnvs());
  const post = (auth?: string) =>
    POST(new Request("http://x/api/refresh/", { method: "POST", headers: auth ? { Authorization: auth } : {} }));

  it("does not exist without REFRESH_SECRET, even on next start", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("REFRESH_SECRET", "");
    expect((await post("Bearer anything")).status).toBe(404);
  });

  it("does not exist where no folder is watched (the build, tests, Vercel)", async () => {
    vi.stubEnv("REFRESH_SECRET", "s3cret");
    expect((await post("Bearer s3cret")).status).toBe(404);
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("VERCEL", "1");
    expect((await post("Bearer s3cret")).status).toBe(404);
  });

  it("answers 401 without the secret", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("REFRESH_SECRET", "s3cret");
    const res = await post("Bearer wrong");
    expect(res.status).toBe(401);
    expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    expect((await post()).status).toBe(401);
  });
});
