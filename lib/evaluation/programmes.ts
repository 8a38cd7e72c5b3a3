import "server-only";
// The programmes an evaluation reports on (and a comment may be written for): those whose period touches the year.
import { db, type Db } from "@/lib/db";

export function programmesOfYear(year: number, client: Pick<Db, "programme"> = db) {
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year, 11, 31));
  return client.programme.findMany({
    where: { periodStart: { lte: to }, periodEnd: { gte: from } },
    orderBy: [{ sortOrder: "asc" }, { periodStart: "asc" }],
    select: { id: true, code: true, name: true, totalTarget: true },
  });
}
