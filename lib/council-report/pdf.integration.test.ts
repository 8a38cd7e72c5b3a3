import { describe, expect, it } from "vitest";
import { actAs } from "@/test/act-as";
import { brokenWords, modelTexts, pdfText } from "@/test/pdf-words";
import { councilReportModelFor } from "./build";
import { cellText, isNum } from "./model";
import { councilReportDownload } from "./download";

// 23:30 UTC on 30 November is already 1 December in Prague: the report is dated by the Prague day.
const NOW = new Date("2026-11-30T23:30:00Z");
const QUERY = "plan=plan-2024-2028&program=prog-nrp-2024&obdobi=2026&format=pdf";

describe("council PDF of the demo data", { timeout: 120_000 }, () => {
  it("names the period, the Prague date and the signed-in author on its cover, and breaks no word of the report", async () => {
    const user = (await actAs("coordinator"))!;
    const response = await councilReportDownload(new Request(`http://localhost/api/reporty/rada?${QUERY}`), NOW);
    expect(response.status).toBe(200);
    const { text, total } = await pdfText(Buffer.from(await response.arrayBuffer()));
    const m = await councilReportModelFor(
      { planId: "plan-2024-2028", programmeId: "prog-nrp-2024", period: { year: 2026 } },
      { today: NOW, author: user },
    );

    const cover = text.split(/Strana 1 z \d+/)[0].replace(/\s+/g, " ");
    expect(m.author).toBe(`Zpracoval/a: ${user.name}, Koordinátor/ka rodinné politiky`);
    for (const line of [m.title, ...m.scope, "Vykazované období: rok 2026", "Datum zprávy: 1. 12. 2026", m.author!])
      expect(cover).toContain(line);
    for (let page = 1; page <= total; page++) expect(text).toContain(`Strana ${page} z ${total}`);

    expect(brokenWords(text, modelTexts(m, total))).toEqual({ missing: [], unknown: [] });
    // Every number with its unit as the page shows it, on one line of the PDF.
    const lines = text.split("\n").map((l) => l.replace(/\s+/g, " "));
    const figures = m.sections.flatMap((s) =>
      s.tables.flatMap((t) =>
        t.rows
          .flat()
          .filter(isNum)
          .filter((c) => c.f === "percent" || c.f === "money"),
      ),
    );
    expect(figures.length).toBeGreaterThan(10);
    for (const figure of new Set(figures.map((c) => cellText(c, "cs").replace(/\s+/g, " "))))
      expect(
        lines.some((l) => l.includes(figure)),
        figure,
      ).toBe(true);
  });
});
