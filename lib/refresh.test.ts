import { describe, expect, it } from "vitest";
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
