import { beforeAll, describe, expect, it } from "vitest";
import { formatMoney, formatPercent } from "@/lib/format";
import { SIGNALS, type Signal } from "@/lib/signal";
import { brokenWords, modelTexts, pdfText } from "@/test/pdf-words";
import { num, type Cell, type ReportModel } from "./model";
import { councilPdf } from "./pdf";

const WORDS: Record<Signal, string> = {
  MET: "Splněno",
  AHEAD: "Napřed",
  ON_TRACK: "V plánu",
  AT_RISK: "Ohroženo",
  OFF_TRACK: "Mimo plán",
  NOT_EVALUATED: "Nehodnoceno",
};
const LONG = [
  "Doprovázení pěstounských rodin pověřenými osobami",
  "konzultace",
  "respondenti",
  "Nejnepravděpodobnější",
  "Zaměstnavatelé poskytující flexibilní pracovní dobu",
  "Krajský úřad Libereckého kraje, odbor sociálních věcí",
];

/** A report whose one table has ten narrow columns of long Czech words, signals, percentages and money. */
function model(): ReportModel {
  const rows: Cell[][] = Array.from({ length: 48 }, (_, i) => [
    `${i + 1}.1.${i % 7}`,
    LONG[i % LONG.length],
    LONG[(i + 2) % LONG.length],
    { signal: SIGNALS[i % SIGNALS.length], text: WORDS[SIGNALS[i % SIGNALS.length]] },
    num(i % 2 ? 0 : 1, "percent"),
    num(7_025_696.25, "money"),
    "respondenti",
    "konzultace",
    num(i * 1000),
    new Date(Date.UTC(2026, 10, 30)),
  ]);
  const labels = [
    "Kód",
    "Opatření",
    "Gestor",
    "Signál",
    "Plnění",
    "Náklady",
    "Ukazatel",
    "Jednotka",
    "Osoby",
    "Termín",
  ];
  return {
    region: "Liberecký kraj",
    department: "Krajský úřad Libereckého kraje, odbor sociálních věcí",
    title: "Hodnoticí zpráva o plnění rodinné politiky za období 2024–2028 pro Radu Libereckého kraje",
    scope: [
      "Plánovací období 2024–2028: Strategický plán rodinné politiky Libereckého kraje 2024–2028",
      // At the cover's size the last date reaches the end of the line.
      "Program: Plán pro vyhledávání náhradních rodičů 2024–2028 (1. 1. 2024 – 31. 12. 2028)",
    ],
    notices: [],
    period: "Vykazované období: rok 2026",
    dateLine: "Datum zprávy: 30. 11. 2026",
    author: "Zpracoval/a: Jana Nováková, Koordinátor/ka rodinné politiky",
    asOf: "Údaje o plnění jsou uvedeny ke dni zprávy.",
    sections: [
      {
        id: "measures",
        title: "Plnění opatření",
        sheet: "Opatření",
        lines: ["Potvrzeno 12 z 60 aktivit."],
        tables: [{ caption: "1. Podpora rodin", columns: labels.map((label) => ({ label, weight: 1 })), rows }],
      },
    ],
    pageOf: (page, pages) => `Strana ${page} z ${pages}`,
    pageCounter: "",
  };
}

describe("council PDF", { timeout: 60_000 }, () => {
  const m = model();
  let text = "";
  let total = 0;
  beforeAll(async () => ({ text, total } = await pdfText(await councilPdf(m))), 60_000);

  it("wraps long Czech words in narrow columns only between words, over several pages", () => {
    expect(total).toBeGreaterThan(2);
    expect(brokenWords(text, modelTexts(m, total))).toEqual({ missing: [], unknown: [] });
    for (const word of ["Nehodnoceno", "konzultace", "respondenti", "pěstounských"])
      expect(text).toMatch(new RegExp(`(^|\\s)${word}(\\s|$)`));
  });

  it("writes numbers with units and dates as the UI does, each on one line", () => {
    const lines = text.split("\n").map((l) => l.replace(/[\s\u00a0\u202f]+/g, " "));
    const ui = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
    expect([formatPercent(0), formatPercent(1), formatMoney(702_569_625)].map(ui)).toEqual([
      "0 %",
      "100 %",
      "7 025 696,25 Kč",
    ]);
    for (const figure of ["0 %", "100 %", "7 025 696,25 Kč", "30. 11. 2026"])
      expect(lines.filter((l) => l.includes(figure)).length).toBeGreaterThan(20);
    expect(text).not.toMatch(/\d%/);
    for (const date of ["1. 1. 2024", "31. 12. 2028"])
      expect(
        lines.some((l) => l.includes(date)),
        date,
      ).toBe(true);
  });

  it("opens with a cover: the title, the plan, the period, the date and the author; every page says Strana X z Y", () => {
    const cover = text.split(/Strana \d+ z \d+/)[0].replace(/\s+/g, " ");
    for (const line of [m.title, ...m.scope, m.period, m.dateLine, m.author!]) expect(cover).toContain(line);
    expect(cover).not.toContain("Plnění opatření");
    for (let page = 1; page <= total; page++) expect(text).toContain(`Strana ${page} z ${total}`);
  });
});
