// The SQL of the "event_tallies" migration's triggers, for SQLite and PostgreSQL (written into the two migration
// files by `tsx prisma/tally-triggers.ts`; kept here so that both dialects come from one definition).
// The tallies (CountedEventDay, CountedEventSummary, CountedEventOrganisation in schema.prisma) hold the counts of the
// events that count toward their programme. Every insert, update or delete of an event adds or removes its share;
// a change of a programme's counted types recounts that programme. SQLite drops a table's triggers when a migration
// redefines the table: lib/programmes/tallies.integration.test.ts fails if they are gone.
import { appendFileSync, readdirSync } from "node:fs";
import path from "node:path";

type Dialect = "sqlite" | "postgresql";
const DAY = {
  sqlite: (e: string) => `substr(${e}."startDate", 1, 10)`,
  postgresql: (e: string) => `to_char(${e}."startDate", 'YYYY-MM-DD')`,
};
const YEAR = {
  sqlite: (e: string) => `CAST(substr(${e}."startDate", 1, 4) AS INTEGER)`,
  postgresql: (e: string) => `CAST(EXTRACT(YEAR FROM ${e}."startDate") AS INTEGER)`,
};

/** The rule of lib/programmes/counting.ts (COUNTED), for the row `e`. */
const counted = (
  e: string,
) => `${e}."status" = 'CONFIRMED' AND ${e}."realisation" = 'REALISED' AND ${e}."archivedAt" IS NULL
    AND (NOT EXISTS (SELECT 1 FROM "ProgrammeEventType" a WHERE a."programmeId" = ${e}."programmeId")
         OR EXISTS (SELECT 1 FROM "ProgrammeEventType" a WHERE a."programmeId" = ${e}."programmeId" AND a."eventTypeId" = ${e}."eventTypeId"))`;

const TALLIES = (d: Dialect, e: string) => [
  { table: "CountedEventDay", keys: { programmeId: `${e}."programmeId"`, day: DAY[d](e) }, sums: { count: "1" } },
  {
    table: "CountedEventSummary",
    keys: {
      programmeId: `${e}."programmeId"`,
      year: YEAR[d](e),
      eventTypeId: `${e}."eventTypeId"`,
      placeId: `COALESCE(${e}."placeId", '')`,
    },
    sums: {
      count: "1",
      peopleReached: `COALESCE(${e}."peopleReached", 0)`,
      inquiries: `COALESCE(${e}."inquiries", 0)`,
      applicants: `COALESCE(${e}."applicants", 0)`,
      costHaler: `COALESCE(${e}."costHaler", 0)`,
    },
  },
  {
    table: "CountedEventOrganisation",
    keys: { programmeId: `${e}."programmeId"`, year: YEAR[d](e), organisationId: `${e}."organisationId"` },
    sums: { count: "1" },
  },
];
const q = (names: string[]) => names.map((n) => `"${n}"`).join(", ");

/** Adds (sign 1) or removes (sign -1) the row `e` from every tally; rows that fall to zero are deleted. */
function addRow(d: Dialect, e: string, sign: "1" | "-1"): string {
  return TALLIES(d, e)
    .map(({ table, keys, sums }) => {
      const cols = [...Object.keys(keys), ...Object.keys(sums)];
      const values = [...Object.values(keys), ...Object.values(sums).map((s) => `${sign} * ${s}`)];
      const upsert = `INSERT INTO "${table}" (${q(cols)}) VALUES (${values.join(", ")})
    ON CONFLICT (${q(Object.keys(keys))}) DO UPDATE SET ${Object.keys(sums)
      .map((s) => `"${s}" = "${table}"."${s}" + excluded."${s}"`)
      .join(", ")};`;
      const cleanup = `DELETE FROM "${table}" WHERE ${Object.entries(keys)
        .map(([k, v]) => `"${k}" = ${v}`)
        .join(" AND ")} AND "count" = 0;`;
      return sign === "1" ? upsert : `${upsert}\n  ${cleanup}`;
    })
    .join("\n  ");
}

/** Recounts the tallies from the events (all programmes, or the one whose id is the SQL expression `programme`). */
export function recount(d: Dialect, programme?: string): string {
  return TALLIES(d, "e")
    .map(({ table, keys, sums }) => {
      const where = programme ? ` AND e."programmeId" = ${programme}` : "";
      const aggregates = Object.values(sums).map((s) => (s === "1" ? "COUNT(*)" : `SUM(${s})`));
      return `DELETE FROM "${table}"${programme ? ` WHERE "programmeId" = ${programme}` : ""};
  INSERT INTO "${table}" (${q([...Object.keys(keys), ...Object.keys(sums)])})
    SELECT ${[...Object.values(keys), ...aggregates].join(", ")} FROM "RecruitmentEvent" e WHERE ${counted("e")}${where}
    GROUP BY ${Object.keys(keys)
      .map((_, i) => i + 1)
      .join(", ")};`;
    })
    .join("\n  ");
}

const WATCHED = q([
  "status",
  "realisation",
  "archivedAt",
  "programmeId",
  "eventTypeId",
  "placeId",
  "organisationId",
  "startDate",
  "peopleReached",
  "inquiries",
  "applicants",
  "costHaler",
]);

function sqlite(): string {
  const trigger = (name: string, on: string, when: string, body: string) =>
    `CREATE TRIGGER "${name}" AFTER ${on} FOR EACH ROW WHEN ${when}\nBEGIN\n  ${body}\nEND;`;
  return [
    trigger(
      "RecruitmentEvent_tally_insert",
      `INSERT ON "RecruitmentEvent"`,
      counted("NEW"),
      addRow("sqlite", "NEW", "1"),
    ),
    trigger(
      "RecruitmentEvent_tally_update_old",
      `UPDATE OF ${WATCHED} ON "RecruitmentEvent"`,
      counted("OLD"),
      addRow("sqlite", "OLD", "-1"),
    ),
    trigger(
      "RecruitmentEvent_tally_update_new",
      `UPDATE OF ${WATCHED} ON "RecruitmentEvent"`,
      counted("NEW"),
      addRow("sqlite", "NEW", "1"),
    ),
    trigger(
      "RecruitmentEvent_tally_delete",
      `DELETE ON "RecruitmentEvent"`,
      counted("OLD"),
      addRow("sqlite", "OLD", "-1"),
    ),
    trigger(
      "ProgrammeEventType_tally_insert",
      `INSERT ON "ProgrammeEventType"`,
      "1",
      recount("sqlite", `NEW."programmeId"`),
    ),
    trigger(
      "ProgrammeEventType_tally_delete",
      `DELETE ON "ProgrammeEventType"`,
      "1",
      recount("sqlite", `OLD."programmeId"`),
    ),
    trigger(
      "ProgrammeEventType_tally_update",
      `UPDATE ON "ProgrammeEventType"`,
      "1",
      `${recount("sqlite", `OLD."programmeId"`)}\n  ${recount("sqlite", `NEW."programmeId"`)}`,
    ),
  ].join("\n\n");
}

function postgresql(): string {
  return `CREATE FUNCTION "recruitment_event_tally"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND ${counted("OLD")} THEN
  ${addRow("postgresql", "OLD", "-1")}
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND ${counted("NEW")} THEN
  ${addRow("postgresql", "NEW", "1")}
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "RecruitmentEvent_tally" AFTER INSERT OR DELETE OR UPDATE OF ${WATCHED} ON "RecruitmentEvent"
  FOR EACH ROW EXECUTE FUNCTION "recruitment_event_tally"();

CREATE FUNCTION "programme_event_type_tally"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
  ${recount("postgresql", `OLD."programmeId"`)}
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
  ${recount("postgresql", `NEW."programmeId"`)}
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "ProgrammeEventType_tally" AFTER INSERT OR DELETE OR UPDATE ON "ProgrammeEventType"
  FOR EACH ROW EXECUTE FUNCTION "programme_event_type_tally"();`;
}

export function tallyTriggersSql(d: Dialect): string {
  return `\n-- Triggers that keep the tallies current (generated by prisma/tally-triggers.ts), then the first count.\n${d === "sqlite" ? sqlite() : postgresql()}\n\n${recount(d)}\n`;
}

if (process.argv[1]?.endsWith("tally-triggers.ts")) {
  for (const d of ["sqlite", "postgresql"] as const) {
    const dir = path.join("prisma", "migrations", d);
    const migration = readdirSync(dir).find((m) => m.endsWith("_event_tallies"))!;
    appendFileSync(path.join(dir, migration, "migration.sql"), tallyTriggersSql(d));
  }
}
