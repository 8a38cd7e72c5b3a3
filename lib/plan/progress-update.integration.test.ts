import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { postProgressUpdate } from "./actions/progress";

const MEASURE = "plan-2019-2023-a4-g1-m3";
const INDICATOR = `${MEASURE}-i1`;
const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
) as Uint8Array<ArrayBuffer>;
const form = (payload: object, file?: File) => {
  const data = new FormData();
  data.set("payload", JSON.stringify(payload));
  if (file) data.set("attachments", file);
  return data;
};
const state = async () => ({
  updates: await db.progressUpdate.count(),
  values: await db.indicatorValue.count(),
  attachments: await db.attachment.count(),
  audit: await db.auditLog.count(),
  measure: await db.measure.findUniqueOrThrow({ where: { id: MEASURE } }),
});

describe("progress updates", () => {
  it("stores text, status, indicator values and a PDF attachment in one go, audited", async () => {
    await actAs("coordinator");
    const before = await state();
    const result = await postProgressUpdate(
      form(
        {
          measureId: MEASURE,
          text: "Do evidence zařazeno 6 nových pěstounů.",
          status: "IN_PROGRESS",
          progressPercent: "55",
          values: [{ indicatorId: INDICATOR, value: "24", measuredOn: "2023-06-30", source: "Evidence KÚ LK" }],
        },
        new File([PDF], "zprava.pdf", { type: "application/pdf" }),
      ),
    );
    expect(result.ok).toBe(true);
    const after = await state();
    expect(after.measure).toMatchObject({
      status: "IN_PROGRESS",
      progressPercent: 55,
      version: before.measure.version + 1,
    });
    expect([after.updates, after.values, after.attachments, after.audit]).toEqual([
      before.updates + 1,
      before.values + 1,
      before.attachments + 1,
      before.audit + 1,
    ]);
    const attachment = await db.attachment.findFirstOrThrow({ where: { progressUpdate: { measureId: MEASURE } } });
    expect(attachment).toMatchObject({ fileName: "zprava.pdf", mimeType: "application/pdf", size: PDF.byteLength });
  });

  it.each([
    [
      "a fake PDF",
      { measureId: MEASURE, text: "x" },
      new File([new TextEncoder().encode("MZ fake exe")], "a.pdf", { type: "application/pdf" }),
      "fileType",
    ],
    ["an empty text", { measureId: MEASURE, text: "" }, undefined, "validation"],
    [
      "another measure's indicator",
      {
        measureId: MEASURE,
        text: "x",
        values: [{ indicatorId: "plan-2019-2023-a1-g1-m1-i1", value: 1, measuredOn: "2023-01-01" }],
      },
      undefined,
      "validation",
    ],
    [
      "a value that is not a number",
      { measureId: MEASURE, text: "x", values: [{ indicatorId: INDICATOR, value: "hodně", measuredOn: "2023-01-01" }] },
      undefined,
      "validation",
    ],
    ["a cancellation without reason", { measureId: MEASURE, text: "x", status: "CANCELLED" }, undefined, "validation"],
    ["a broken payload", "{not json", undefined, "validation"],
  ])("refuses %s and stores nothing", async (_label, payload, file, error) => {
    await actAs("coordinator");
    const before = await state();
    const data =
      typeof payload === "string"
        ? (() => {
            const f = new FormData();
            f.set("payload", payload);
            return f;
          })()
        : form(payload, file);
    expect(await postProgressUpdate(data)).toMatchObject({ ok: false, error });
    expect(await state()).toEqual(before);
  });

  it("lets a member report only on a measure of their own organisation; the council never", async () => {
    await db.measure.update({ where: { id: MEASURE }, data: { responsibleOrgId: "org-naruc" } });
    const before = await state();
    await actAs("council");
    expect(await postProgressUpdate(form({ measureId: MEASURE, text: "Rada" }))).toEqual({
      ok: false,
      error: "forbidden",
    });
    await actAs("memberB");
    expect(await postProgressUpdate(form({ measureId: MEASURE, text: "Cizí" }))).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await state()).toEqual(before);
    await actAs("memberA");
    expect(await postProgressUpdate(form({ measureId: MEASURE, text: "Naše zpráva" }))).toMatchObject({ ok: true });
  });
});
