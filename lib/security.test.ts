import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./security";

describe("security headers", () => {
  it("allow no script, frame or connection from another origin", () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]),
    );
    expect(directives["script-src"]).not.toContain("https:");
    expect(directives["script-src"]).not.toContain("*");
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(directives["connect-src"]).toEqual(["'self'"]);
  });
  it("are the same in the shipped nginx configuration", () => {
    const conf = fs.readFileSync(path.join(process.cwd(), "scripts", "nginx.conf"), "utf8");
    for (const { key, value } of SECURITY_HEADERS) expect(conf).toContain(`add_header ${key} "${value}" always;`);
  });
});
