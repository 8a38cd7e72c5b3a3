import "server-only";
// The code lists an events spreadsheet names by text: event types (Czech or English name, or code), ORPs and the
// region (name or CZSO code), programmes (code), campaigns and organisations (name). The import resolves names to
// ids with them, the export writes ids back as the same names.
import type { Db } from "@/lib/db";
import { searchable } from "@/lib/search";

type Reader = Pick<Db, "eventType" | "place" | "programme" | "campaign" | "organisation">;
type Entry = { id: string; label: string; names: (string | null)[] };

/** Names match whatever the case, diacritics, spaces and punctuation ("Beseda / přednáška" = "beseda prednaska"). */
const key = (name: string) => searchable(name).replace(/[^a-z0-9]/g, "");

function codeList(entries: Entry[]) {
  const byName = new Map<string, string>();
  for (const e of entries)
    for (const name of [e.id, ...e.names]) if (name && !byName.has(key(name))) byName.set(key(name), e.id);
  const labels = new Map(entries.map((e) => [e.id, e.label]));
  return {
    find: (name: string) => byName.get(key(name)),
    label: (id: string | null) => (id ? (labels.get(id) ?? id) : null),
  };
}

export async function loadLookups(client: Reader) {
  const [types, places, programmes, campaigns, organisations] = await Promise.all([
    client.eventType.findMany({ orderBy: { sortOrder: "asc" } }),
    client.place.findMany({ where: { kind: { in: ["ORP", "REGION"] } }, orderBy: { id: "asc" } }),
    client.programme.findMany({ orderBy: [{ periodStart: "asc" }, { sortOrder: "asc" }] }),
    client.campaign.findMany({ orderBy: [{ startDate: "asc" }, { id: "asc" }] }),
    client.organisation.findMany({ orderBy: { name: "asc" } }),
  ]);
  const recruitment = programmes.filter((p) => p.active && p.code.startsWith("NRP"));
  return {
    types: codeList(types.map((t) => ({ id: t.id, label: t.nameCs, names: [t.nameCs, t.nameEn] }))),
    places: codeList(places.map((p) => ({ id: p.id, label: p.name, names: [p.name] }))),
    programmes: codeList(programmes.map((p) => ({ id: p.id, label: p.code, names: [p.code, p.name] }))),
    campaigns: codeList(campaigns.map((c) => ({ id: c.id, label: c.name, names: [c.name] }))),
    organisations: codeList(organisations.map((o) => ({ id: o.id, label: o.name, names: [o.name, o.shortName] }))),
    /** The recruitment programme whose period holds the date; else the nearest one, whose period check then fails. */
    programmeOn(date: Date): string | undefined {
      const started = recruitment.filter((p) => p.periodStart <= date);
      return (started.find((p) => date <= p.periodEnd) ?? started.at(-1) ?? recruitment[0])?.id;
    },
  };
}

export type Lookups = Awaited<ReturnType<typeof loadLookups>>;
