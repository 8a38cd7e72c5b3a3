// Every message that takes a number is rendered the way the app renders it (next-intl's translator) with 0, 1, 2, 5
// and 1,5, in both languages. Czech has four plural categories: one (1), few (2–4), many (decimals: "1,5 aktivity")
// and other (0, 5+); a plural without `many` would say "1,5 aktivit". So every Czech plural spells out all four, every
// English one `one` and `other`, and the category each number takes is the one Intl.PluralRules gives.
import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "use-intl/core";
import { LOCALES, TIME_ZONE, type Locale } from "./config";
import { loadMessages } from "./messages";

const NUMBERS = [0, 1, 2, 5, 1.5];
const CATEGORIES: Record<Locale, string[]> = { cs: ["one", "few", "many", "other"], en: ["one", "other"] };
const DAY = new Date("2026-11-25T00:00:00Z");

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`),
  );

type Arg = { name: string; kind: "number" | "plural" | "date" | "select" | "text" | "tag"; options: string[] };

function args(elements: MessageFormatElement[]): Arg[] {
  return elements.flatMap((e): Arg[] => {
    switch (e.type) {
      case TYPE.number:
        return [{ name: e.value, kind: "number", options: [] }];
      case TYPE.plural:
        return [
          { name: e.value, kind: "plural", options: Object.keys(e.options) },
          ...Object.values(e.options).flatMap((o) => args(o.value)),
        ];
      case TYPE.select:
        return [
          { name: e.value, kind: "select", options: Object.keys(e.options) },
          ...Object.values(e.options).flatMap((o) => args(o.value)),
        ];
      case TYPE.date:
      case TYPE.time:
        return [{ name: e.value, kind: "date", options: [] }];
      case TYPE.argument:
        return [{ name: e.value, kind: "text", options: [] }];
      case TYPE.tag:
        return [{ name: e.value, kind: "tag", options: [] }, ...args(e.children)];
      default:
        return [];
    }
  });
}

/** The values for one rendering: every number the same `n`, texts a place name, dates a day, a select its first case. */
function values(list: Arg[], n: number) {
  return Object.fromEntries(
    list.map((a) => [
      a.name,
      a.kind === "number" || a.kind === "plural"
        ? n
        : a.kind === "date"
          ? DAY
          : a.kind === "select"
            ? (a.options.find((o) => o !== "other") ?? "other")
            : a.kind === "tag"
              ? (chunks: string) => chunks
              : "Liberec",
    ]),
  );
}

const locales = await Promise.all(
  LOCALES.map(async (locale) => ({ locale, messages: (await loadMessages(locale)) as Tree })),
);
const counted = locales.map(({ locale, messages }) => ({
  locale,
  messages,
  withNumbers: flatten(messages)
    .map(([key, message]) => ({ key, message, args: args(parse(message)) }))
    .filter((m) => m.args.some((a) => a.kind === "number" || a.kind === "plural")),
}));

describe.each(counted)("messages with a number ($locale)", ({ locale, messages, withNumbers }) => {
  it("every plural has a case for each plural category of the language", () => {
    const missing = withNumbers.flatMap((m) =>
      m.args
        .filter((a) => a.kind === "plural")
        .flatMap((a) =>
          CATEGORIES[locale].filter((c) => !a.options.includes(c)).map((c) => `${m.key}: {${a.name}} has no "${c}"`),
        ),
    );
    expect(missing).toEqual([]);
  });

  it("the plural categories the test relies on are the language's own", () => {
    const rules = new Intl.PluralRules(locale);
    expect([...new Set(NUMBERS.map((n) => rules.select(n)))].sort()).toEqual([...CATEGORIES[locale]].sort());
  });

  it("render with 0, 1, 2, 5 and 1,5: no error, no braces left, no doubled full stop", () => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages, timeZone: TIME_ZONE, onError: (e) => errors.push(e.message) });
    const rendered = withNumbers.flatMap((m) =>
      NUMBERS.map((n) => ({ key: m.key, n, text: t.markup(m.key as never, values(m.args, n) as never) })),
    );
    expect(errors).toEqual([]);
    expect(rendered.filter((r) => /[{}]|\.\./.test(r.text))).toEqual([]);
    expect(rendered).toHaveLength(withNumbers.length * NUMBERS.length);
    console.info(
      `${locale}: ${withNumbers.length} messages × ${NUMBERS.length} numbers = ${rendered.length} renderings`,
    );
  });
});

describe("Czech counts agree with their verbs and nouns", () => {
  const cs = counted.find((c) => c.locale === "cs")!;
  const t = createTranslator({ locale: "cs", messages: cs.messages, timeZone: TIME_ZONE });
  it("bude chybět 1 aktivita, budou chybět 3 aktivity, bude chybět 5 aktivit, 1,5 aktivity", () => {
    expect([1, 3, 5, 1.5].map((count) => t("signal.forecast.SHORT" as never, { count } as never))).toEqual([
      "při tempu posledních 12 měsíců bude na konci období chybět 1 aktivita",
      "při tempu posledních 12 měsíců budou na konci období chybět 3 aktivity",
      "při tempu posledních 12 měsíců bude na konci období chybět 5 aktivit",
      "při tempu posledních 12 měsíců bude na konci období chybět 1,5 aktivity",
    ]);
  });
});
