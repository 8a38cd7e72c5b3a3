import { describe, expect, it } from "vitest";
import cs from "@/messages/cs/event-import.json";
import en from "@/messages/en/event-import.json";
import { ISSUE_CODES } from "./types";

const keys = (tree: object, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe("events import messages", () => {
  it("explain every issue, in Czech and English alike", () => {
    for (const messages of [cs, en])
      expect(Object.keys(messages.eventImport.issues).sort()).toEqual([...ISSUE_CODES].sort());
    expect(keys(en).sort()).toEqual(keys(cs).sort());
  });
});
