import { describe, expect, it } from "vitest";
import { literalUnderscores } from "./audit-content";

describe("literalUnderscores", () => {
  it("finds a `__` left where emphasis failed", () => {
    expect(literalUnderscores("<p>__粗体 __ 后面</p>")).toHaveLength(2);
    expect(literalUnderscores("<p>an __ open marker</p>")).toEqual(["an __ open marker"]);
  });
  it("ignores `__` inside a word, in code and in markup", () => {
    expect(literalUnderscores('<p>(@Crypto__Poolz) <a href="https://x.com/Crypto__Poolz">x</a></p>')).toEqual([]);
    expect(literalUnderscores("<p>use <code>__init__</code> here</p><pre>a__</pre>")).toEqual([]);
  });
});
