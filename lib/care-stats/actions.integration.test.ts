import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { expectFieldError } from "@/lib/actions/test-helpers";
import { snapshot } from "@/lib/programmes/test-helpers";
import { saveCareFigures } from "./actions";
import { careTable } from "./queries";
import type { CareFiguresInput } from "./schema";

const blank = { applicationsFiled: "", applicantsRegistered: "", childrenPlaced: "" };
const FIGURES: CareFiguresInput = {
  year: "2025",
  quarter: "2",
  ADOPTION: { applicationsFiled: "4", applicantsRegistered: "3", childrenPlaced: "2" },
  FOSTER: { applicationsFiled: "5", applicantsRegistered: "", childrenPlaced: "1" },
  TEMPORARY_FOSTER: blank,
  childrenInInstitutionalCare: "90",
  childrenSeekingFamily: "",
};

describe("the demo figures", () => {
  it("hold the published 2017 and 2022 figures", async () => {
    const rows = await careTable();
    const y2022 = rows.find((r) => r.year === 2022 && r.quarter === 0)!;
    expect([
      y2022.kinds.ADOPTION.applicationsFiled,
      y2022.kinds.FOSTER.applicationsFiled,
      y2022.kinds.TEMPORARY_FOSTER.applicationsFiled,
    ]).toEqual([16, 15, 11]);
    expect([
      y2022.kinds.ADOPTION.childrenPlaced,
      y2022.kinds.FOSTER.childrenPlaced,
      y2022.kinds.TEMPORARY_FOSTER.childrenPlaced,
    ]).toEqual([22, 13, 31]);
    const y2017 = rows.find((r) => r.year === 2017 && r.quarter === 0)!;
    expect([y2017.kinds.FOSTER.applicationsFiled, y2017.kinds.TEMPORARY_FOSTER.applicationsFiled]).toEqual([10, 18]);
    expect(rows.map((r) => r.year)).toEqual([...rows.map((r) => r.year)].sort((a, b) => b - a));
    expect(rows.some((r) => r.year === 2025)).toBe(true);
  });
});

describe("recording figures", () => {
  it("adds a quarter's figures, then edits them in place (upsert by year and quarter)", async () => {
    await actAs("coordinator");
    const audit = await db.auditLog.count();
    expect(await saveCareFigures(FIGURES)).toEqual({ ok: true, data: { year: 2025, quarter: 2 } });
    const row = (await careTable()).find((r) => r.year === 2025 && r.quarter === 2)!;
    expect(row.kinds.ADOPTION).toEqual({ applicationsFiled: 4, applicantsRegistered: 3, childrenPlaced: 2 });
    expect(row.kinds.FOSTER).toEqual({ applicationsFiled: 5, applicantsRegistered: null, childrenPlaced: 1 });
    expect(row.childrenInInstitutionalCare).toBe(90);
    const count = await db.careStatistic.count();
    expect(
      await saveCareFigures({ ...FIGURES, ADOPTION: { ...FIGURES.ADOPTION, applicationsFiled: "6" } }),
    ).toMatchObject({ ok: true });
    expect(await db.careStatistic.count()).toBe(count);
    expect((await careTable()).find((r) => r.year === 2025 && r.quarter === 2)!.kinds.ADOPTION.applicationsFiled).toBe(
      6,
    );
    expect(await db.auditLog.count()).toBe(audit + 2);
    const last = await db.auditLog.findFirstOrThrow({
      where: { entity: "CareStatistic", entityId: "2025/2" },
      orderBy: { createdAt: "desc" },
    });
    expect(last.action).toBe("update");
    expect(JSON.parse(last.before!).ADOPTION.applicationsFiled).toBe(4);
  });

  it("edits a whole year without touching its quarters or other years", async () => {
    await actAs("coordinator");
    const others = (await careTable()).filter((r) => !(r.year === 2022 && r.quarter === 0));
    const input = {
      ...FIGURES,
      year: 2022,
      quarter: 0,
      ADOPTION: { applicationsFiled: "17", applicantsRegistered: "", childrenPlaced: "22" },
    };
    expect(await saveCareFigures(input)).toMatchObject({ ok: true });
    const rows = await careTable();
    expect(rows.find((r) => r.year === 2022 && r.quarter === 0)!.kinds.ADOPTION.applicationsFiled).toBe(17);
    expect(rows.filter((r) => !(r.year === 2022 && r.quarter === 0))).toEqual(others);
  });
});

describe("bad figures are refused and nothing is written", () => {
  const next = new Date().getUTCFullYear() + 1;
  it.each([
    [
      "a negative count",
      { ...FIGURES, FOSTER: { ...FIGURES.FOSTER, childrenPlaced: "-1" } },
      "FOSTER.childrenPlaced",
      "too_small",
    ],
    [
      "an absurd count",
      { ...FIGURES, childrenInInstitutionalCare: "250000" },
      "childrenInInstitutionalCare",
      "too_big",
    ],
    [
      "a fraction",
      { ...FIGURES, ADOPTION: { ...FIGURES.ADOPTION, applicationsFiled: "2,5" } },
      "ADOPTION.applicationsFiled",
      "invalid_type",
    ],
    ["a fifth quarter", { ...FIGURES, quarter: "5" }, "quarter", "too_big"],
    ["a future year", { ...FIGURES, year: String(next) }, "year", "too_big"],
    ["a year before 2000", { ...FIGURES, year: "1999" }, "year", "too_small"],
    [
      "no figure at all",
      { ...FIGURES, ADOPTION: blank, FOSTER: blank, childrenInInstitutionalCare: "" },
      "year",
      "noFigures",
    ],
  ] as [string, CareFiguresInput, string, string][])("%s", async (_name, input, field, key) => {
    await actAs("coordinator");
    const before = await snapshot();
    expectFieldError(await saveCareFigures(input), field, key);
    expect(await snapshot()).toEqual(before);
  });
});
