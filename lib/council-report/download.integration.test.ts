import ExcelJS from "exceljs";
import { PDFParse } from "pdf-parse";
import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/reporty/rada/route";
import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { planDashboard } from "@/lib/dashboard/plan";
import { recruitmentDashboard } from "@/lib/dashboard/recruitment";
import { programmeProgress } from "@/lib/programmes/queries";
import { actAs } from "@/test/act-as";
import { signalWord } from "@/lib/signal";
import { councilReportModelFor, reportTranslator } from "./build";
import { councilReportDownload } from "./download";
import { isSig, type ReportModel } from "./model";
import { argb, SIGNAL_STYLE } from "@/lib/signal/style";

const TODAY = new Date("2026-11-25T00:00:00Z");
const P2019 = "plan=plan-2019-2023&program=prog-nrp-2019";
const P2024 = "plan=plan-2024-2028&program=prog-nrp-2024";
const get = (query: string) => councilReportDownload(new Request(`http://localhost/api/reporty/rada?${query}`), TODAY);
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());
const confirmed = async (id: string) => (await programmeProgress({ id }))[0].confirmed;

async function pdfText(buffer: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    return await parser.getText();
  } finally {
    await parser.destroy();
  }
}

async function workbook(response: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
  return wb;
}

/** The rows of a sheet as arrays of cells (1-based columns dropped to 0-based). */
function cellsOf(wb: ExcelJS.Workbook, name: string) {
  const rows: ExcelJS.Cell[][] = [];
  wb.getWorksheet(name)!.eachRow((r) => rows.push(Array.from({ length: r.cellCount }, (_, i) => r.getCell(i + 1))));
  return rows;
}
const valuesOf = (wb: ExcelJS.Workbook, name: string) => cellsOf(wb, name).map((r) => r.map((c) => c.value));
const rowStarting = (rows: unknown[][], label: string) => rows.find((r) => r[0] === label);
/** PDF text wraps lines anywhere: compare without whitespace. */
const contains = (text: string, part: string) => expect(text.replace(/\s+/g, "")).toContain(part.replace(/\s+/g, ""));
/** Each signal of the model as the PDF draws it: its symbol, then its word. */
const signalLabels = (m: ReportModel) =>
  new Set(
    m.sections.flatMap((s) =>
      s.tables.flatMap((t) =>
        t.rows
          .flat()
          .filter(isSig)
          .map((c) => `${SIGNAL_STYLE[c.signal].symbol} ${c.text}`),
      ),
    ),
  );

describe("council report downloads", () => {
  it("asks for a session and the permission", async () => {
    await actAs(null);
    expect((await GET(new Request(`http://localhost/api/reporty/rada?${P2024}&format=pdf`))).status).toBe(401);
    const council = (await actAs("council"))!;
    vi.mocked(currentUser).mockResolvedValueOnce({ ...council, role: "VISITOR" as never });
    expect((await get(`${P2024}&format=pdf`)).status).toBe(403);
  });

  it("refuses a choice that does not exist with a Czech message, and writes nothing", async () => {
    await actAs("coordinator");
    const audits = await db.auditLog.count();
    for (const [query, message] of [
      ["obdobi=20x5&format=pdf", "Neznámé období „20x5“ (rok, např. 2025, nebo „cele“)."],
      [`${P2019}&obdobi=2026&format=pdf`, "Rok 2026 nepatří do období zvoleného plánu a programu nebo ještě nezačal."],
      [`${P2024}&obdobi=2027&format=xlsx`, "Rok 2027 nepatří do období zvoleného plánu a programu nebo ještě nezačal."],
      ["plan=neni&format=pdf", "Neznámý strategický plán „neni“."],
      ["program=neni&format=xlsx", "Neznámý program vyhledávání náhradních rodičů „neni“."],
      ["format=doc", "Neznámý formát (pdf nebo xlsx)"],
    ]) {
      const response = await get(query);
      expect([query, response.status, await response.text()]).toEqual([query, 400, message]);
    }
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("the 2019–2023 PDF: its period and programme in the title, the programme's confirmed count, the signal words", async () => {
    await actAs("council");
    const response = await get(`${P2019}&obdobi=cele&format=pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="rada-kraje-report-2019-2023-cele-obdobi.pdf"',
    );
    const { text: raw, total } = await pdfText(await bytes(response));
    const text = raw.replace(/\s+/g, " ");
    contains(text, "Hodnoticí zpráva o plnění rodinné politiky za období 2019–2023 pro Radu Libereckého kraje");
    contains(text, "Plánovací období 2019–2023: Strategický plán rodinné politiky Libereckého kraje 2019–2023");
    contains(text, "Program: Plán pro vyhledávání náhradních rodičů 2019–2023 (1. 1. 2019 – 31. 12. 2023)");
    contains(text, `Potvrzeno ${await confirmed("prog-nrp-2019")} z 60 aktivit`);
    contains(text, `Počet opatření ${(await planDashboard(undefined, TODAY, "plan-2019-2023"))!.measureCount}`);
    expect(text.replace(/\s+/g, "")).not.toContain("náhradníchrodičů2024–2028");
    const model = await councilReportModelFor(
      { planId: "plan-2019-2023", programmeId: "prog-nrp-2019", period: { year: null } },
      { today: TODAY },
    );
    const labels = signalLabels(model);
    expect(labels.size).toBeGreaterThan(1);
    for (const label of labels) contains(text, label);
    expect(text).toContain(`Strana 1 z ${total}`);
    expect(text).toContain(`Strana ${total} z ${total}`);
  });

  it("the 2024–2028 XLSX for 2025: the period, the dashboard's and the programme page's numbers, signal cells filled", async () => {
    const user = (await actAs("coordinator"))!;
    const response = await get(`${P2024}&obdobi=2025&format=xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("content-disposition")).toContain(
      'filename="rada-kraje-report-2024-2028-rok-2025.xlsx"',
    );
    const wb = await workbook(response);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Souhrn",
      "Opatření",
      "Ukazatele",
      "Nábor NRP",
      "Trychtýř",
      "Pokrytí ORP",
    ]);

    const whole = (await recruitmentDashboard({ programmeId: "prog-nrp-2024" }, TODAY))!;
    const d = (await recruitmentDashboard({ programmeId: "prog-nrp-2024", year: 2025 }, TODAY))!;
    const plan = (await planDashboard(undefined, TODAY, "plan-2024-2028"))!;
    const summary = valuesOf(wb, "Souhrn");
    expect(summary.flat()).toContain(
      "Hodnoticí zpráva o plnění rodinné politiky za rok 2025 pro Radu Libereckého kraje",
    );
    expect(summary.flat()).toContain(
      "Program: Plán pro vyhledávání náhradních rodičů 2024–2028 (1. 1. 2024 – 31. 12. 2028)",
    );
    expect(summary.flat()).toContain(`Zpracoval/a: ${user.name}, Koordinátor/ka rodinné politiky`);
    expect(rowStarting(summary, "Vykazované období")?.[1]).toBe("rok 2025");
    expect(rowStarting(summary, "Potvrzené náborové aktivity celkem")?.[1]).toBe(await confirmed("prog-nrp-2024"));
    expect(rowStarting(summary, "Cíl programu (počet aktivit)")?.[1]).toBe(60);
    expect(rowStarting(summary, "Aktivity ve vykazovaném období")?.[1]).toBe(d.funnel.activities);
    expect(rowStarting(summary, "Počet opatření")?.[1]).toBe(plan.measureCount);

    // Every year of the programme; the reported year judged as the dashboard filtered to it judges it.
    const recruitment = valuesOf(wb, "Nábor NRP");
    for (const y of whole.byYear)
      expect(rowStarting(recruitment, String(y.year))?.slice(0, 3)).toEqual([String(y.year), y.confirmed, y.target]);
    const judgement = d.slice.judgement!;
    expect(rowStarting(recruitment, "2025")?.[3]).toBe(
      signalWord(await reportTranslator("cs"), judgement.forecast.label),
    );
    expect(recruitment.flat()).toContain(
      `V roce 2025 bylo potvrzeno ${d.slice.done} aktivit z ročního dílčího cíle ${judgement.target}: ${rowStarting(recruitment, "2025")?.[3]}.`,
    );
    const coverage = valuesOf(wb, "Pokrytí ORP");
    expect(coverage.find((r) => r[0] === "ORP")).toEqual(["ORP", "Rok 2025", "Celkem za program"]);
    for (const o of whole.orpCoverage)
      expect(rowStarting(coverage, o.name)?.slice(1, 3)).toEqual([
        d.orpCoverage.find((x) => x.id === o.id)!.thisYear,
        o.overall,
      ]);
    const total = rowStarting(valuesOf(wb, "Trychtýř"), "Celkem")!;
    expect(total.slice(0, 6)).toEqual([
      "Celkem",
      d.funnel.activities,
      d.funnel.reached,
      d.funnel.inquiries,
      d.funnel.applicants,
      d.funnel.costHaler / 100,
    ]);
    const measures = cellsOf(wb, "Opatření").filter((r) => /^\d+\.\d+\.\d+$/.test(String(r[0].value)));
    expect(measures).toHaveLength(plan.measureCount);

    // Every signal cell holds the word and is filled with the signal's colour.
    const model = await councilReportModelFor(
      { planId: "plan-2024-2028", programmeId: "prog-nrp-2024", period: { year: 2025 } },
      { today: TODAY },
    );
    const sigs = model.sections
      .find((s) => s.id === "measures")!
      .tables.flatMap((t) => t.rows.map((r) => r[5]))
      .filter(isSig);
    expect(sigs).toHaveLength(plan.measureCount);
    measures.forEach((r, i) => {
      expect(r[5].value).toBe(sigs[i].text);
      expect(r[5].fill).toMatchObject({
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: argb(SIGNAL_STYLE[sigs[i].signal].fill) },
      });
    });
    const pace = cellsOf(wb, "Souhrn").find((r) => r[0].value === "Signál programu jako celku")![1];
    expect(pace.fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(typeof pace.value).toBe("string");
  });

  it("the 2019 report counts the 2019 campaign: 61 activities for 329 693,55 Kč", async () => {
    await actAs("council");
    const wb = await workbook(await get(`${P2019}&obdobi=2019&format=xlsx`));
    const summary = valuesOf(wb, "Souhrn");
    expect(rowStarting(summary, "Aktivity ve vykazovaném období")?.[1]).toBe(61);
    expect(rowStarting(summary, "Náklady aktivit ve vykazovaném období (Kč)")?.[1]).toBe(329693.55);
  });
});
