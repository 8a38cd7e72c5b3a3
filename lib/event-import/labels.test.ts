import { describe, expect, it } from "vitest";
import { matchLabel } from "@/lib/spreadsheet/values";
import { AUDIENCE_LABELS, REALISATION_LABELS } from "./labels";

describe("event file labels", () => {
  it("are the app's own words from the messages, in both languages", () => {
    expect(AUDIENCE_LABELS.FAMILIES).toEqual({ cs: "Rodiny s dětmi", en: "Families with children" });
    expect(Object.keys(REALISATION_LABELS)).toEqual(["REALISED", "PLANNED"]);
  });

  it("read a cell by its Czech or English label or by the code", () => {
    for (const cell of ["Realizováno", "carried out", "Realised", "REALISED"])
      expect(matchLabel(REALISATION_LABELS, cell)).toBe("REALISED");
    expect(matchLabel(AUDIENCE_LABELS, "media")).toBe("MEDIA");
  });
});
