import { describe, expect, it } from "vitest";
import cs from "@/messages/cs/plan-import.json";
import en from "@/messages/en/plan-import.json";
import { ISSUE_CODES } from "./types";

describe("import messages", () => {
  it("explain every issue in Czech and English", () => {
    for (const messages of [cs, en])
      expect(Object.keys(messages.planImport.issues).sort()).toEqual([...ISSUE_CODES].sort());
  });
});
