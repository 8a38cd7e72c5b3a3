import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { loadMessages } from "./messages";

const cs = (await loadMessages("cs")) as Tree & { overview: { remaining: string } };
const en = (await loadMessages("en")) as Tree;

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`),
  );

describe("messages", () => {
  it("Czech and English have the same keys", () => {
    expect(
      flatten(en)
        .map(([k]) => k)
        .sort(),
    ).toEqual(
      flatten(cs)
        .map(([k]) => k)
        .sort(),
    );
  });

  it("use Czech plural forms: 1 aktivita / 2 aktivity / 5 aktivit", () => {
    const remaining = new IntlMessageFormat(cs.overview.remaining, "cs");
    expect([1, 2, 5].map((count) => remaining.format({ count }))).toEqual([
      "Do cíle zbývá: 1 aktivita",
      "Do cíle zbývá: 2 aktivity",
      "Do cíle zbývá: 5 aktivit",
    ]);
  });

  it("all parse as ICU messages", () => {
    for (const [locale, tree] of [
      ["cs", cs],
      ["en", en],
    ] as const) {
      for (const [, message] of flatten(tree)) expect(() => new IntlMessageFormat(message, locale)).not.toThrow();
    }
  });
});
