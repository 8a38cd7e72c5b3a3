/** Text for diacritics- and case-insensitive search: "Dětské skupiny" → "detske skupiny" (same in SQLite and PG). */
export function searchable(...parts: (string | null | undefined)[]): string {
  return parts
    .filter(Boolean)
    .join(" ")
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a search box, each to be found somewhere in a record ("beseda náruč" → ["beseda", "naruc"]). */
export function searchWords(q: string | undefined): string[] {
  // LIKE's wildcards are no letters anyone searches for; dropping them keeps Prisma's `contains` and raw LIKE alike.
  return [
    ...new Set(
      searchable(q?.replace(/[%_\\]/g, " "))
        .split(" ")
        .filter(Boolean),
    ),
  ].slice(0, 6);
}

// A record's own text, stored in its searchText column. Names of the records it points to (organisation, partners,
// ORP, type) are matched through their own tables at query time (lib/search/terms.ts), so a rename needs no reindex.
export const eventSearchText = (e: { title: string; description?: string | null; municipality?: string | null }) =>
  searchable(e.title, e.description, e.municipality);

export const measureSearchText = (m: {
  code: string;
  title: string;
  description?: string | null;
  responsibleBody?: string | null;
}) => searchable(m.code, m.title, m.description, m.responsibleBody);

/** Raise when eventSearchText or measureSearchText changes: stored rows are then rewritten once (lib/search/reindex.ts). */
export const SEARCH_TEXT_VERSION = "2";
