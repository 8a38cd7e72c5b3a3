import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { BULK_COUNT, BULK_GOALS, BULK_TARGET, bulkMeasureId, LARGE_PLAN, withLargePlan } from "@/test/large-plan";
import { GET } from "@/app/api/export/plan/[planId]/route";
import { COLUMNS } from "./columns";
import { planExport } from "./export";
import { fileOf } from "./test-files";
import { preview, previewAndApply, snapshot } from "./test-db";
import { DIRECTION_LABELS, STATUS_LABELS } from "./values";

const PLAN = "plan-2019-2023";
const get = (planId: string, query = "") =>
  GET(new Request(`http://localhost/api/export/plan/${planId}${query}`), { params: Promise.resolve({ planId }) });

async function download(planId: string, format: "xlsx" | "csv") {
  const response = await get(planId, `?format=${format}`);
  expect(response.status).toBe(200);
  return { response, file: fileOf(new Uint8Array(await response.arrayBuffer()), `export.${format}`) };
}

describe("exporting a plan", () => {
  it("needs a session, a known format and an existing plan", async () => {
    await actAs(null);
    expect((await get(PLAN)).status).toBe(401);
    await actAs("council");
    expect((await get(PLAN, "?format=pdf")).status).toBe(400);
    expect((await get("no-such-plan")).status).toBe(404);
  });

  it("gives XLSX with the import columns, real dates and numbers, named by the plan's years", async () => {
    await actAs("council");
    const { response, file } = await download(PLAN, "xlsx");
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="strategicky-plan-2019-2023.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await file.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(COLUMNS.map((c) => c.cs));
    expect(sheet.actualRowCount).toBe(31);
    const first = sheet.getRow(2);
    expect([first.getCell(5).value, first.getCell(10).value instanceof Date, typeof first.getCell(11).value]).toEqual([
      "1.1.1",
      true,
      "number",
    ]);
  });

  it("gives CSV for Czech Excel: BOM, semicolons, Czech dates and decimal commas", async () => {
    await actAs("coordinator");
    const { response, file } = await download(PLAN, "csv");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="strategicky-plan-2019-2023.csv"');
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await file.arrayBuffer());
    expect(text.startsWith(`\ufeff${COLUMNS.map((c) => c.cs).join(";")}\r\n`)).toBe(true);
    expect(text).toMatch(/;31\. 12\. 20\d\d;\d+,\d\d;/);
  });

  it.each(["xlsx", "csv"] as const)("%s export imports back into the same plan without any change", async (format) => {
    await actAs("coordinator");
    const { file } = await download(PLAN, format);
    const report = await preview(file, PLAN);
    expect(report.issues).toEqual([]);
    expect(report.counts.measures).toEqual({ create: 0, update: 0, unchanged: 30 });
    expect(report.counts.indicators).toEqual({ create: 0, update: 0, unchanged: 30 });
    const before = await snapshot();
    expect((await previewAndApply(file, PLAN)).applied).toBe(true);
    expect(await snapshot()).toBe(before);
  });

  it.each(["xlsx", "csv"] as const)(
    "%s export imported into an empty plan reproduces the same export",
    async (format) => {
      await actAs("coordinator");
      const copy = `plan-copy-${format}`;
      await db.plan.create({ data: { id: copy, name: "Kopie", yearFrom: 2019, yearTo: 2023 } });
      const report = await previewAndApply((await download(PLAN, format)).file, copy);
      expect(report.counts.measures.create).toBe(30);
      expect((await planExport(copy))!.rows).toEqual((await planExport(PLAN))!.rows);
    },
  );
});

describe("exporting a large plan", () => {
  // 1 200 extra measures with an indicator each: the export must load them without the database's bound-parameter
  // limit (SQLite), each measure with its first indicator that is not archived.
  it("exports every measure, in the order of the tree, with its first indicator", async () => {
    const before = (await planExport(LARGE_PLAN))!.rows;
    await withLargePlan(async () => {
      const extra = {
        unit: "akcí",
        direction: "LOWER_IS_BETTER" as const,
        baselineValue: 9,
        baselineYear: 2019,
        targetValue: 3,
        targetDate: new Date("2022-12-31T00:00:00Z"),
      };
      await db.indicator.createMany({
        data: [
          {
            ...extra,
            id: `${bulkMeasureId(5)}-i0`,
            measureId: bulkMeasureId(5),
            name: "První podle pořadí",
            sortOrder: -1,
          },
          {
            ...extra,
            id: `${bulkMeasureId(5)}-a`,
            measureId: bulkMeasureId(5),
            name: "Archivovaný",
            sortOrder: -2,
            archivedAt: new Date(),
          },
          { ...extra, id: `${bulkMeasureId(6)}-i0`, measureId: bulkMeasureId(6), name: "První podle id" }, // sortOrder 0 like -i1
        ],
      });
      const { rows } = (await planExport(LARGE_PLAN))!;
      expect(rows).toHaveLength(30 + BULK_COUNT);
      expect(rows.filter((r) => !String(r.code).startsWith("9.9."))).toEqual(before);

      const goals = new Map(
        (await db.goal.findMany({ where: { id: { in: BULK_GOALS } }, include: { area: true } })).map((g) => [g.id, g]),
      );
      const bulk = rows.filter((r) => String(r.code).startsWith("9.9."));
      const n = Array.from({ length: BULK_COUNT }, (_, i) => i);
      // Area, goal, then the measures' sortOrder: goal by goal, the bulk measures after the seeded ones.
      expect(bulk.map((r) => r.code)).toEqual(
        BULK_GOALS.flatMap((_, g) => n.filter((i) => i % BULK_GOALS.length === g).map((i) => `9.9.${i}`)),
      );
      for (const row of bulk) {
        const i = Number(String(row.code).slice("9.9.".length));
        const goal = goals.get(BULK_GOALS[i % BULK_GOALS.length])!;
        expect(row).toMatchObject({
          areaCode: goal.area.code,
          goalCode: goal.code,
          title: `Hromadné opatření ${i}`,
          status: STATUS_LABELS.IN_PROGRESS.cs,
        });
        if (i === 5 || i === 6) {
          expect(row).toMatchObject({
            indicator: i === 5 ? "První podle pořadí" : "První podle id",
            unit: "akcí",
            direction: DIRECTION_LABELS.LOWER_IS_BETTER.cs,
            baselineValue: 9,
            baselineYear: 2019,
            targetValue: 3,
            targetDate: new Date("2022-12-31T00:00:00Z"),
          });
        } else {
          expect(row).toMatchObject({
            indicator: "Počet",
            unit: "osob",
            direction: DIRECTION_LABELS.HIGHER_IS_BETTER.cs,
            baselineValue: 0,
            baselineYear: 2018,
            targetValue: BULK_TARGET,
            targetDate: new Date("2023-12-31T00:00:00Z"),
          });
        }
      }
    });
  });
});
