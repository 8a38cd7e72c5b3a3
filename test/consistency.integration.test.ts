// One truth for every figure: random events and filters (fast-check, fixed seed), and every view of the running
// recruitment programme must give the count an independent query gives: the dashboard (whole and slice), the
// programme page, the linked measure's indicator, the council report (page model, PDF text, XLSX cells) and the
// public page.
import ExcelJS from "exceljs";
import fc from "fast-check";
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { councilReportModelFor } from "@/lib/council-report/build";
import { councilPdf } from "@/lib/council-report/pdf";
import { councilXlsx } from "@/lib/council-report/xlsx";
import { recruitmentDashboard } from "@/lib/dashboard/recruitment";
import { measureDetail } from "@/lib/plan/measure-detail";
import { programmeDetail } from "@/lib/programmes/overview";
import { publicSummary } from "@/lib/public-page/summary";
import { insertEvent } from "@/lib/programmes/test-helpers";

const SEED = 20261130;
const RUNS = 40;
const TODAY = new Date("2026-11-30T00:00:00Z");
const PROGRAMME = "prog-nrp-2024";
const PLAN = "plan-2024-2028";
const MEASURE = "plan-2024-2028-plan-2019-2023-a4-g1-m1"; // 2.1.1, its indicator counts PROGRAMME
const START = Date.UTC(2024, 0, 1);
const DAYS = (TODAY.getTime() - START) / 86_400_000;

type Filter = { year?: number; placeId?: string; organisationId?: string; eventTypeId?: string };

async function vocabulary() {
  const [counted, orps, organisations] = await Promise.all([
    db.programmeEventType.findMany({ where: { programmeId: PROGRAMME }, select: { eventTypeId: true } }),
    db.place.findMany({ where: { kind: "ORP" }, select: { id: true } }),
    db.organisation.findMany({ where: { isWorkingGroupMember: true }, select: { id: true } }),
  ]);
  return {
    types: counted.map((t) => t.eventTypeId),
    orps: orps.map((p) => p.id),
    organisations: organisations.map((o) => o.id),
  };
}

/** The oracle: a plain count of the events that count, written here without the app's counting code. */
async function oracle(types: string[], f: Filter): Promise<number> {
  const where: Prisma.RecruitmentEventWhereInput = {
    programmeId: PROGRAMME,
    status: "CONFIRMED",
    realisation: "REALISED",
    archivedAt: null,
    eventTypeId: { in: types },
    startDate: f.year
      ? { gte: new Date(Date.UTC(f.year, 0, 1)), lt: new Date(Date.UTC(f.year + 1, 0, 1)) }
      : { lte: TODAY },
    ...(f.placeId ? { placeId: f.placeId } : {}),
    ...(f.organisationId ? { organisationId: f.organisationId } : {}),
    ...(f.eventTypeId ? { AND: [{ eventTypeId: f.eventTypeId }] } : {}),
  };
  return db.recruitmentEvent.count({ where });
}

async function pdfText(buffer: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

async function xlsxRows(buffer: Buffer, sheet: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.getWorksheet(sheet)!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

describe("the same figure everywhere", () => {
  it(`dashboard, programme page, indicator, council report (model, PDF, XLSX) and public page agree (fast-check seed ${SEED}, ${RUNS} runs)`, async () => {
    const v = await vocabulary();
    const event = fc.record({
      eventTypeId: fc.constantFrom(...v.types, "ROUND_TABLE"), // a type the programme does not count, too
      status: fc.constantFrom("CONFIRMED", "CONFIRMED", "SUBMITTED", "RETURNED", "DRAFT"),
      realisation: fc.constantFrom("REALISED", "REALISED", "PLANNED"),
      day: fc.integer({ min: 0, max: DAYS }),
      placeId: fc.option(fc.constantFrom(...v.orps), { nil: null }),
      organisationId: fc.constantFrom(...v.organisations),
      archived: fc.boolean(),
    });
    const filter: fc.Arbitrary<Filter> = fc.oneof(
      fc.constant({}),
      fc.record({ year: fc.constantFrom(2024, 2025, 2026) }),
      fc.record({ placeId: fc.constantFrom(...v.orps) }),
      fc.record({ organisationId: fc.constantFrom(...v.organisations) }),
      fc.record({ eventTypeId: fc.constantFrom(...v.types) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(event, { maxLength: 8 }), filter, async (events, f) => {
        for (const e of events) {
          await insertEvent({
            eventTypeId: e.eventTypeId,
            status: e.status as "CONFIRMED",
            realisation: e.realisation as "REALISED",
            placeId: e.placeId,
            organisationId: e.organisationId,
            startDate: new Date(START + e.day * 86_400_000),
            archivedAt: e.archived ? TODAY : null,
          });
        }
        const whole = await oracle(v.types, {});
        const slice = await oracle(v.types, f);

        const dashboard = (await recruitmentDashboard({ programmeId: PROGRAMME, ...f }, TODAY))!;
        expect(dashboard.forecast.done).toBe(whole);
        expect(dashboard.slice.done).toBe(slice);
        expect(dashboard.funnel.activities).toBe(slice);
        if (f.year) expect(dashboard.byYear.find((y) => y.year === f.year)?.confirmed).toBe(slice);

        const programme = (await programmeDetail(PROGRAMME))!;
        expect(programme.summary.confirmed).toBe(whole);
        for (const year of [2024, 2025, 2026])
          expect(programme.summary.years.find((y) => y.year === year)?.confirmed).toBe(await oracle(v.types, { year }));

        const indicator = (await measureDetail(MEASURE, TODAY)).indicators[0];
        expect(indicator.values.at(-1)?.value).toBe(whole);

        expect((await publicSummary(TODAY)).recruitment?.done).toBe(whole);

        const model = await councilReportModelFor(
          { planId: PLAN, programmeId: PROGRAMME, period: { year: f.year ?? null } },
          { today: TODAY },
        );
        const recruitment = model.sections.find((s) => s.id === "recruitment")!;
        const confirmedLine = `Potvrzeno ${whole} z 60 aktivit.`;
        expect(recruitment.lines).toContain(confirmedLine);
        const indicatorRow = model.sections
          .find((s) => s.id === "indicators")!
          .tables[0].rows.find((r) => r[0] === "2.1.1")!;
        expect(indicatorRow[5]).toMatchObject({ n: whole });
        expect(await pdfText(await councilPdf(model))).toContain(confirmedLine);
        const xlsx = await councilXlsx(model);
        expect((await xlsxRows(xlsx, "Nábor NRP")).flat()).toContain(confirmedLine);
        const indicatorCells = (await xlsxRows(xlsx, "Ukazatele")).find((r) => r[0] === "2.1.1")!;
        expect(indicatorCells[5]).toBe(whole);
        if (f.year) {
          const yearRow = (await xlsxRows(xlsx, "Nábor NRP")).find((r) => r[0] === String(f.year))!;
          expect(yearRow[1]).toBe(slice);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 600_000);
});
