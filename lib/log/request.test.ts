import { describe, expect, it } from "vitest";
import { loggedPath, requestIdOf } from "./request";

describe("request id and logged path", () => {
  it("keeps a safe incoming id and replaces anything else by a new UUID", () => {
    expect(requestIdOf("0f3c2a9b8d7e6f5a4b3c2d1e0f9a8b7c")).toBe("0f3c2a9b8d7e6f5a4b3c2d1e0f9a8b7c");
    for (const bad of [
      null,
      undefined,
      "",
      "short",
      "x".repeat(65),
      "a b c d e f g h",
      "abc\ndefghij",
      "<script>1234",
    ]) {
      expect(requestIdOf(bad)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("drops the query string and hides the set-password token", () => {
    expect(loggedPath("/nabor/akce?stav=DRAFT&token=abc")).toBe("/nabor/akce");
    expect(loggedPath("/prihlaseni/heslo/" + "A".repeat(43))).toBe("/prihlaseni/heslo/[token]");
    expect(loggedPath("/prihlaseni/heslo/abc/def")).toBe("/prihlaseni/heslo/[token]/def");
    expect(loggedPath("/prihlaseni")).toBe("/prihlaseni");
  });
});
