// Demo threads: a returned event, one returned and sent again, a confirmation with a note, a measure discussed.
import type { Db } from "@/lib/db";
import { commentRow } from "@/lib/conversation/write";

const at = (iso: string) => new Date(iso);
export const DISCUSSED_MEASURE = "plan-2024-2028-plan-2019-2023-a2-g1-m2";

// A review's entry has the id the data migration gives it (review_<event id>), so a database migrated from before
// the thread existed is not given the same review twice.
export async function seedConversation(db: Db) {
  // NÁRUČ's most recent confirmed event of the current programme gets its confirmation note.
  const confirmed = await db.recruitmentEvent.findFirstOrThrow({
    where: { organisationId: "org-naruc", status: "CONFIRMED", programmeId: "prog-nrp-2024" },
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
  });
  const rows = [
    commentRow({
      id: "review_evt-2026-open-4",
      eventId: "evt-2026-open-4",
      authorId: "user-coordinator",
      kind: "RETURNED",
      text: "Doplňte prosím počet oslovených osob a náklady akce.",
      createdAt: at("2026-10-28T09:15:00Z"),
    }),
    commentRow({
      id: "cmt-open-3-returned",
      eventId: "evt-2026-open-3",
      authorId: "user-coordinator",
      kind: "RETURNED",
      text: "Chybí náklady na pronájem stánku.",
      createdAt: at("2026-11-19T08:40:00Z"),
    }),
    commentRow({
      id: "cmt-open-3-resubmitted",
      eventId: "evt-2026-open-3",
      authorId: "user-member-naruc",
      kind: "RESUBMITTED",
      text: "Náklady doplněny podle faktury za pronájem.",
      createdAt: at("2026-11-20T13:05:00Z"),
    }),
    commentRow({
      id: `review_${confirmed.id}`,
      eventId: confirmed.id,
      authorId: "user-coordinator",
      kind: "CONFIRMED",
      text: "Děkujeme, výborně zpracované. Fotografie ze stánku prosím přikládejte i příště.",
      createdAt: confirmed.reviewedAt ?? confirmed.startDate,
    }),
    commentRow({
      id: "cmt-measure-1",
      measureId: DISCUSSED_MEASURE,
      authorId: "user-council",
      text: "Kolik zaměstnavatelů se letos do ocenění přihlásilo, a z kterých okresů?",
      createdAt: at("2026-11-10T10:00:00Z"),
    }),
    commentRow({
      id: "cmt-measure-2",
      measureId: DISCUSSED_MEASURE,
      authorId: "user-coordinator",
      text: "Přihlásilo se 14 zaměstnavatelů ze všech čtyř okresů; počty po okresech doplníme do průběžné zprávy za 4. čtvrtletí.",
      createdAt: at("2026-11-11T07:30:00Z"),
    }),
  ];
  for (const { id, ...data } of rows)
    await db.comment.upsert({ where: { id: id! }, create: { id, ...data }, update: data });
}
