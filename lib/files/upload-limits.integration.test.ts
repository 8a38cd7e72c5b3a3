// An oversize attachment sent straight to the actions (past the forms' own check) is refused with the Czech field
// error, and nothing is stored: no attachment, no progress update or event, no audit entry.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { postProgressUpdate } from "@/lib/plan/actions/progress";
import { saveEvent } from "@/lib/recruitment/actions";
import { actAs } from "@/test/act-as";
import forms from "@/messages/cs/forms.json";
import { MAX_ATTACHMENT_BYTES, MB } from "./limits";

const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);
/** A real PDF header padded to `size` bytes, so only the size can be wrong. */
const pdf = (name: string, size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(PDF);
  return new File([bytes], name, { type: "application/pdf" });
};
const formData = (payload: object, files: File[]) => {
  const data = new FormData();
  data.set("payload", JSON.stringify(payload));
  for (const file of files) data.append("attachments", file);
  return data;
};
const state = async () => ({
  attachments: await db.attachment.count(),
  updates: await db.progressUpdate.count(),
  events: await db.recruitmentEvent.count(),
  audit: await db.auditLog.count(),
});
const t = createTranslator({ locale: "cs", messages: forms, namespace: "forms" });
/** The message the form shows by the file input for a field error "key|param". */
const shown = (fieldError: string) => {
  const [key, param] = fieldError.split("|");
  return t(`errors.${key}` as "errors.fileTooLarge", { param });
};

const update = {
  measureId: "plan-2019-2023-a4-g1-m3",
  text: "Zpráva o plnění s velkou přílohou",
  progressPercent: "40",
};
const event = {
  programmeId: "prog-nrp-2024",
  eventTypeId: "TALK",
  title: "Beseda s velkou přílohou",
  startDate: "2026-09-10",
  placeId: "5107",
  municipality: "Semily",
  audience: "PUBLIC",
  realisation: "REALISED",
  peopleReached: "45",
  submit: true,
};

describe("upload limits on the server", () => {
  it.each([
    ["a progress update", "coordinator", () => postProgressUpdate(formData(update, [pdf("zprava.pdf", 11 * MB)]))],
    ["an event", "memberA", () => saveEvent(formData(event, [pdf("a.pdf", 1000), pdf("pozvanka.pdf", 11 * MB)]))],
  ] as const)(
    "refuses an 11 MB attachment of %s with the Czech field error and stores nothing",
    async (_label, role, send) => {
      await actAs(role);
      const before = await state();
      const result = await send();
      expect(result).toMatchObject({
        ok: false,
        error: "fileTooLarge",
        fieldErrors: { attachments: ["fileTooLarge|10"] },
      });
      expect(shown(result.ok ? "" : result.fieldErrors!.attachments[0])).toBe(
        "Soubor je příliš velký; nejvýše lze nahrát 10 MB.",
      );
      expect(await state()).toEqual(before);
    },
  );

  it("refuses six attachments with the Czech field error and stores nothing", async () => {
    await actAs("memberA");
    const before = await state();
    const result = await saveEvent(
      formData(
        event,
        Array.from({ length: 6 }, (_, i) => pdf(`${i}.pdf`, 1000)),
      ),
    );
    expect(result).toMatchObject({ ok: false, error: "validation", fieldErrors: { attachments: ["too_big|5"] } });
    expect(shown("too_big|5")).toBe("Nejvýše lze nahrát 5 souborů.");
    expect(await state()).toEqual(before);
  });

  it("accepts an attachment of exactly the limit", async () => {
    await actAs("coordinator");
    const before = await state();
    expect(await postProgressUpdate(formData(update, [pdf("presne.pdf", MAX_ATTACHMENT_BYTES)]))).toMatchObject({
      ok: true,
    });
    expect((await state()).attachments).toBe(before.attachments + 1);
  });
});
