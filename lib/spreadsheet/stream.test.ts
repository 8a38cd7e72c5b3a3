import { describe, expect, it } from "vitest";
import { readSheet } from "./read";
import { spreadsheetStream } from "./stream";
import { DATE_FORMAT, MONEY_FORMAT, type OutColumn, type OutValue } from "./write";

const COLUMNS: OutColumn[] = [
  { key: "day", cs: "Datum", en: "Date", numFmt: DATE_FORMAT },
  { key: "title", cs: "Název", en: "Title" },
  { key: "cost", cs: "Náklady (Kč)", en: "Cost", numFmt: MONEY_FORMAT },
];

/** `count` batches of 500 rows; `pulled` counts the batches the writer asked for. */
function batches(count: number) {
  const state = { pulled: 0 };
  async function* generate(): AsyncGenerator<Record<string, OutValue>[]> {
    for (let b = 0; b < count; b++) {
      state.pulled++;
      yield Array.from({ length: 500 }, (_, i) => ({
        day: new Date(Date.UTC(2024, 0, 1 + (i % 28))),
        title: `=Akce ${b * 500 + i}`,
        cost: 123_456n,
      }));
    }
  }
  return { state, rows: generate() };
}

const bytesOf = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());

describe("streamed spreadsheet download", () => {
  it.each(["xlsx", "csv"] as const)("writes every batch as %s, readable again with the same values", async (format) => {
    const { rows } = batches(4);
    const { sheet } = await readSheet(await bytesOf(spreadsheetStream(format, COLUMNS, rows, "Akce")));
    expect(sheet!.header.cells).toEqual(["Datum", "Název", "Náklady (Kč)"]);
    expect(sheet!.rows).toHaveLength(2000);
    const [day, title, cost] = sheet!.rows[1999].cells;
    expect([day, title, cost]).toEqual(
      format === "xlsx"
        ? [new Date(Date.UTC(2024, 0, 24)), "=Akce 1999", 1234.56]
        : ["24. 1. 2024", "'=Akce 1999", "1234,56"],
    );
  });

  it("stops reading batches when the reader goes away", async () => {
    const { state, rows } = batches(1000);
    const reader = spreadsheetStream("csv", COLUMNS, rows, "Akce").getReader();
    await reader.read();
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(state.pulled).toBeLessThan(100);
  });
});
