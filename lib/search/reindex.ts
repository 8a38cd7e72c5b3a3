// Rewrites the stored searchText of every event and measure once after eventSearchText or measureSearchText changed
// (SEARCH_TEXT_VERSION), so that rows written by an older release are found like new ones. Run before the app starts.
import type { Db } from "@/lib/db";
import { eventSearchText, measureSearchText, SEARCH_TEXT_VERSION } from "./index";

const KEY = "searchTextVersion";
const BATCH = 500;

/** Returns how many rows were rewritten (0 when the stored text is already current). */
export async function ensureSearchText(db: Db): Promise<number> {
  const stored = await db.setting.findUnique({ where: { key: KEY } });
  if (stored?.value === SEARCH_TEXT_VERSION) return 0;
  let rewritten = 0;
  // Raw updates: the text is derived, not an edit, so updatedAt and the optimistic-lock version stay as they are.
  for (let after = ""; ;) {
    const rows = await db.recruitmentEvent.findMany({
      where: { id: { gt: after } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, title: true, description: true, municipality: true },
    });
    if (!rows.length) break;
    await db.$transaction(
      rows.map(
        (r) => db.$executeRaw`UPDATE "RecruitmentEvent" SET "searchText" = ${eventSearchText(r)} WHERE "id" = ${r.id}`,
      ),
    );
    rewritten += rows.length;
    after = rows[rows.length - 1].id;
  }
  for (let after = ""; ;) {
    const rows = await db.measure.findMany({
      where: { id: { gt: after } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, code: true, title: true, description: true, responsibleBody: true },
    });
    if (!rows.length) break;
    await db.$transaction(
      rows.map((r) => db.$executeRaw`UPDATE "Measure" SET "searchText" = ${measureSearchText(r)} WHERE "id" = ${r.id}`),
    );
    rewritten += rows.length;
    after = rows[rows.length - 1].id;
  }
  await db.setting.upsert({
    where: { key: KEY },
    create: { key: KEY, value: SEARCH_TEXT_VERSION },
    update: { value: SEARCH_TEXT_VERSION },
  });
  return rewritten;
}
