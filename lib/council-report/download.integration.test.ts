import ExcelJS from "exceljs";
import { PDFParse } from "pdf-parse";
import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/reporty/rada/route";
import { currentUser } from "@/lib/auth/session";
import { planDashboard } from "@/lib/dashboard/plan";
import { recruitmentDashboard } from "@/lib/dashboard/recruitment";
import { actAs } from "@/test/act-as";

const get = (query: string) => GET(new Request(`http://localhost/api/reporty/rada?${query}`));
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

async function pdfText(buffer: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    return await parser.getText();
  } finally {
    await parser.destroy();
  }
}

/** The rows of a sheet as arrays of cell values (1-based columns dropped to 0-based). */
function rowsOf(wb: ExcelJS.Workbook, name: string) {
  const ws = wb.getWorksheet(name)!;
  const rows: unknown[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}
const rowStarting = (rows: unknown[][], label: string) => rows.find((r) => r[0] === label);

describe("council report downloads", () => {
  it("asks for a session and the permission", async () => {
    await actAs(null);
    expect((await get("obdobi=2025&format=pdf")).status).toBe(401);
    const council = (await actAs("council"))!;
    vi.mocked(currentUser).mockResolvedValueOnce({ ...council, role: "VISITOR" as never });
    expect((await get("obdobi=2025&format=pdf")).status).toBe(403);
    expect((await get("obdobi=20x5&format=pdf")).status).toBe(400);
    expect((await get("obdobi=2025&format=doc")).status).toBe(400);
  });

  it("gives the council a Czech A4 PDF with the title, the numbers and page numbers", async () => {
    await actAs("council");
    const response = await get("obdobi=cele&format=pdf");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="rada-kraje-report-cele-obdobi.pdf"');
    const { text: raw, total } = await pdfText(await bytes(response));
    const text = raw.replace(/\s+/g, " ");
    const d = (await recruitmentDashboard({}))!;
    expect(total).toBeGreaterThan(0);
    expect(text).toContain("Liberecký kraj");
    expect(text).toContain("Hodnoticí zpráva o plnění rodinné politiky za celé období plánu pro Radu Libereckého kraje");
    expect(text).toContain(`Potvrzeno ${d.forecast.done} z ${d.programme.totalTarget} aktivit`);
    expect(text).toContain(`Strana 1 z ${total}`);
    expect(text).toContain(`Strana ${total} z ${total}`);
    expect(text).toContain(`Počet opatření ${(await planDashboard(undefined))!.measureCount}`);
  });

  it("the XLSX has a sheet per section with the dashboards' numbers", async () => {
    await actAs("coordinator");
    const response = await get("obdobi=2025&format=xlsx");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toContain('filename="rada-kraje-report-2025.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Souhrn", "Opatření", "Ukazatele", "Nábor NRP", "Trychtýř", "Pokrytí ORP"]);

    const d = (await recruitmentDashboard({ programmeId: "prog-nrp-2024", year: 2025 }))!;
    const plan = (await planDashboard(undefined))!;
    const summary = rowsOf(wb, "Souhrn");
    expect(rowStarting(summary, "Potvrzené náborové aktivity celkem")?.[1]).toBe(d.forecast.done);
    expect(rowStarting(summary, "Cíl programu (počet aktivit)")?.[1]).toBe(60);
    expect(rowStarting(summary, "Aktivity ve vykazovaném období")?.[1]).toBe(d.funnel.activities);
    expect(rowStarting(summary, "Počet opatření")?.[1]).toBe(plan.measureCount);
    for (const s of plan.statusCounts) expect(summary.some((r) => String(r[0]).startsWith("Opatření ve stavu") && r[1] === s.count)).toBe(true);

    const recruitment = rowsOf(wb, "Nábor NRP");
    for (const y of d.byYear) expect(rowStarting(recruitment, String(y.year))?.slice(0, 3)).toEqual([String(y.year), y.confirmed, y.target]);
    const total = rowStarting(rowsOf(wb, "Trychtýř"), "Celkem")!;
    expect(total.slice(0, 6)).toEqual(["Celkem", d.funnel.activities, d.funnel.reached, d.funnel.inquiries, d.funnel.applicants, d.funnel.costHaler / 100]);
    const coverage = rowsOf(wb, "Pokrytí ORP");
    for (const o of d.orpCoverage) expect(rowStarting(coverage, o.name)?.slice(1, 3)).toEqual([o.thisYear, o.overall]);
    const measures = rowsOf(wb, "Opatření");
    expect(measures.filter((r) => typeof r[0] === "string" && /^\d+\.\d+\.\d+$/.test(r[0] as string))).toHaveLength(plan.measureCount);
    expect(measures.some((r) => r.some((v) => v instanceof Date))).toBe(true);
  });

  it("the 2019 report counts the 2019 campaign: 61 activities for 329 693,55 Kč", async () => {
    await actAs("council");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await (await get("obdobi=2019&format=xlsx")).arrayBuffer()) as ArrayBuffer);
    const summary = rowsOf(wb, "Souhrn");
    expect(rowStarting(summary, "Aktivity ve vykazovaném období")?.[1]).toBe(61);
    expect(rowStarting(summary, "Náklady aktivit ve vykazovaném období (Kč)")?.[1]).toBe(329693.55);
  });
});
