import "server-only";
import { db } from "@/lib/db";
import { searchable, searchWords } from "./index";

/**
 * One word of a search and the code-list records whose names contain it: a record matches the word when its own
 * searchText contains it or it points to one of these (its organisation or a partner, its ORP, its type).
 */
export type SearchTerm = { word: string; organisationIds: string[]; placeIds: string[]; eventTypeIds: string[] };

/** The search box's words with the organisations (name, short name), places and event types each one names. */
export async function searchTerms(q: string | undefined): Promise<SearchTerm[]> {
  const words = searchWords(q);
  if (!words.length) return [];
  // Code lists are small (dozens of rows), so they are matched here with the same normalisation as searchText.
  const [organisations, places, types] = await Promise.all([
    db.organisation.findMany({ select: { id: true, name: true, shortName: true } }),
    db.place.findMany({ select: { id: true, name: true } }),
    db.eventType.findMany({ select: { id: true, nameCs: true, nameEn: true } }),
  ]);
  const naming = <T extends { id: string }>(rows: T[], text: (row: T) => string) => {
    const named = rows.map((row) => ({ id: row.id, text: text(row) }));
    return (word: string) => named.filter((row) => row.text.includes(word)).map((row) => row.id);
  };
  const organisationsNaming = naming(organisations, (o) => searchable(o.name, o.shortName));
  const placesNaming = naming(places, (p) => searchable(p.name));
  const typesNaming = naming(types, (t) => searchable(t.nameCs, t.nameEn));
  return words.map((word) => ({
    word,
    organisationIds: organisationsNaming(word),
    placeIds: placesNaming(word),
    eventTypeIds: typesNaming(word),
  }));
}
