import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { GET } from "@/app/api/export/events/route";
import { eventWhere, parseEventFilters } from "@/lib/recruitment/event-list";
import { readSheet } from "@/lib/spreadsheet/read";
import { COLUMNS } from "./columns";
import { fileOf } from "./test-files";
import { check, checkAndImport, eventState } from "./test-db";

const get = (query: string) => GET(new Request(`http://localhost/api/export/events?${query}`));

async function download(query: string) {
  const response = await get(query);
  expect(response.status).toBe(200);
  const format = new URLSearchParams(query).get("format") ?? "xlsx";
  return { response, file: fileOf(new Uint8Array(await response.arrayBuffer()), `akce.${format}`) };
}

async function rowsOf(file: File) {
  const { sheet } = await readSheet(new Uint8Array(await file.arrayBuffer()));
  expect(sheet!.header.cells).toEqual(COLUMNS.map((c) => c.cs));
  return sheet!.rows.map((r) => r.cells);
}

describe("exporting recruitment events", () => {
  it("needs a session and a known format", async () => {
    await actAs(null);
    expect((await get("format=csv")).status).toBe(401);
    await actAs("council");
    expect((await get("format=pdf")).status).toBe(400);
    expect((await get("format=csv")).status).toBe(200);
  });

  it("gives XLSX and CSV with the import columns, real dates and numbers, for Czech Excel", async () => {
    await actAs("council");
    const { response, file } = await download("format=xlsx&rok=2019");
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="naborove-akce.xlsx"');
    const rows = await rowsOf(file);
    expect(rows).toHaveLength(
      await db.recruitmentEvent.count({
        where: await eventWhere({ year: 2019 }, { role: "COUNCIL", organisationId: null }),
      }),
    );
    expect([rows[0][0] instanceof Date, typeof rows[0][9], typeof rows[0][10]]).toEqual([true, "number", "number"]);
    const csv = await download("format=csv&rok=2019");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csv.file.arrayBuffer());
    expect(text.startsWith(`\ufeff${COLUMNS.map((c) => c.cs).join(";")}\r\n`)).toBe(true);
    expect(text).toMatch(/\r\n\d{1,2}\. \d{1,2}\. 2019;/);
    expect(await rowsOf(csv.file)).toHaveLength(rows.length);
  });

  it("applies the list's filters and visibility: member B does not get member A's drafts", async () => {
    const naruc = { organisationId: "org-naruc", archivedAt: null };
    const [all, confirmed] = await Promise.all([
      db.recruitmentEvent.count({ where: naruc }),
      db.recruitmentEvent.count({ where: { ...naruc, status: "CONFIRMED" } }),
    ]);
    expect(all).toBeGreaterThan(confirmed);
    const narucRows = async (query: string) =>
      (await rowsOf((await download(query)).file)).filter((cells) => cells[15] === "Centrum pro rodinu NÁRUČ, z.s.");
    await actAs("memberB");
    expect(await narucRows("format=csv")).toHaveLength(confirmed);
    await actAs("memberA");
    expect(await narucRows("format=xlsx&organizace=org-naruc")).toHaveLength(all);
    const where = await eventWhere(parseEventFilters({ rok: "2019", typ: "STAND", q: "trhy" }), {
      role: "MEMBER",
      organisationId: "org-naruc",
    });
    const filtered = await rowsOf((await download("format=csv&rok=2019&typ=STAND&q=trhy")).file);
    expect(filtered.length).toBe(await db.recruitmentEvent.count({ where }));
    expect(filtered.length).toBeGreaterThan(0);
    expect(
      new Set(filtered.map((cells) => `${cells[2]} ${String(cells[0]).slice(-4)} ${/trhy/i.test(String(cells[3]))}`)),
    ).toEqual(new Set(["Stánek na akci pro veřejnost 2019 true"]));
  });

  it.each(["xlsx", "csv"] as const)(
    "a %s export imports back without creating or changing anything",
    async (format) => {
      await actAs("memberA");
      const own = (await download(`format=${format}&organizace=org-naruc`)).file;
      const before = await eventState();
      const report = await checkAndImport(own);
      expect(report).toMatchObject({ issues: [], applied: true, counts: { create: 0, update: 0 } });
      expect(await eventState()).toBe(before);
      await actAs("coordinator");
      const all = await check((await download(`format=${format}`)).file);
      expect(all).toMatchObject({ issues: [], counts: { create: 0, update: 0 } });
      expect(all.counts.unchanged).toBe(await db.recruitmentEvent.count({ where: { archivedAt: null } }));
    },
  );
});
