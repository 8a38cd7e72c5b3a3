import "server-only";
// The stored events that rows of a file stand for: within the row's organisation, by the stored import key or, for
// events logged in the form (or edited since their import), by the same key computed from their content.
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { importKeyOf } from "./key";
import { recordSelect } from "./record";

export const storedSelect = { ...recordSelect, importKey: true, status: true, version: true, archivedAt: true } satisfies Prisma.RecruitmentEventSelect;
export type Stored = Prisma.RecruitmentEventGetPayload<{ select: typeof storedSelect }>;
type Wanted = { organisationId: string; key: string; startDate: string };

export async function storedMatches(client: Pick<Prisma.TransactionClient, "recruitmentEvent">, wanted: Wanted[]) {
  const organisations = [...new Set(wanted.map((w) => w.organisationId))];
  const stored = wanted.length === 0 ? [] : await client.recruitmentEvent.findMany({
    where: {
      organisationId: { in: organisations },
      OR: [{ importKey: { in: [...new Set(wanted.map((w) => w.key))] } }, { startDate: { in: [...new Set(wanted.map((w) => new Date(w.startDate)))] } }],
    },
    select: storedSelect,
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }, { id: "asc" }],
  });
  const byImportKey = new Map<string, Stored>();
  const byContent = new Map<string, Stored>();
  for (const e of stored) {
    if (e.importKey && !byImportKey.has(`${e.organisationId}|${e.importKey}`)) byImportKey.set(`${e.organisationId}|${e.importKey}`, e);
    const content = `${e.organisationId}|${importKeyOf(e)}`;
    if (!byContent.has(content)) byContent.set(content, e);
  }
  const used = new Set<string>();
  /** The event a row stands for, each event at most once. */
  return (w: Wanted): Stored | undefined => {
    const id = `${w.organisationId}|${w.key}`;
    const found = byImportKey.get(id) ?? byContent.get(id);
    if (!found || used.has(found.id)) return undefined;
    used.add(found.id);
    return found;
  };
}
