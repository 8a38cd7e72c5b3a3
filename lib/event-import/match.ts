import "server-only";
// The stored events that rows of a file stand for: within the row's organisation, by the stored import key or, for
// events logged in the form (or edited since their import), by the same key computed from their content.
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { importKeyOf } from "./key";
import { recordSelect } from "./record";

export const storedSelect = {
  ...recordSelect,
  importKey: true,
  status: true,
  version: true,
  archivedAt: true,
  createdAt: true,
} satisfies Prisma.RecruitmentEventSelect;
export type Stored = Prisma.RecruitmentEventGetPayload<{ select: typeof storedSelect }>;
type Wanted = { organisationId: string; key: string; startDate: string };

/** Rows per query: the database takes a limited number of parameters (SQLite through Prisma: 999). */
const CHUNK = 300;

async function candidates(
  client: Pick<Prisma.TransactionClient, "recruitmentEvent">,
  wanted: Wanted[],
): Promise<Stored[]> {
  const organisationId = { in: [...new Set(wanted.map((w) => w.organisationId))] };
  const found = new Map<string, Stored>();
  for (let i = 0; i < wanted.length; i += CHUNK) {
    const part = wanted.slice(i, i + CHUNK);
    const OR = [
      { importKey: { in: [...new Set(part.map((w) => w.key))] } },
      { startDate: { in: [...new Set(part.map((w) => w.startDate))].map((d) => new Date(d)) } },
    ];
    for (const e of await client.recruitmentEvent.findMany({ where: { organisationId, OR }, select: storedSelect }))
      found.set(e.id, e);
  }
  // Live events first, then the oldest: the one a row stands for when several look alike.
  return [...found.values()].sort(
    (a, b) =>
      Number(!!a.archivedAt) - Number(!!b.archivedAt) ||
      a.createdAt.getTime() - b.createdAt.getTime() ||
      (a.id < b.id ? -1 : 1),
  );
}

export async function storedMatches(client: Pick<Prisma.TransactionClient, "recruitmentEvent">, wanted: Wanted[]) {
  const stored = await candidates(client, wanted);
  const byImportKey = new Map<string, Stored>();
  const byContent = new Map<string, Stored>();
  for (const e of stored) {
    if (e.importKey && !byImportKey.has(`${e.organisationId}|${e.importKey}`))
      byImportKey.set(`${e.organisationId}|${e.importKey}`, e);
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
