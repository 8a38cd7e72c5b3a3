// Reads the e2e database directly (plain SQL, independent of the app's queries) to know what pages must show.
import Database from "better-sqlite3";
import path from "node:path";

export function queryOne<T>(sql: string, ...params: unknown[]): T {
  const db = new Database(path.join(process.cwd(), "data", `e2e-${process.env.E2E_PORT ?? 3100}.db`), {
    readonly: true,
  });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

export const confirmedActivities = (programmeCode: string) =>
  queryOne<{ n: number }>(
    `SELECT COUNT(*) AS n FROM RecruitmentEvent e JOIN Programme p ON p.id = e.programmeId
     JOIN ProgrammeEventType t ON t.programmeId = p.id AND t.eventTypeId = e.eventTypeId
     WHERE p.code = ? AND e.status = 'CONFIRMED' AND e.realisation = 'REALISED' AND e.archivedAt IS NULL`,
    programmeCode,
  ).n;
