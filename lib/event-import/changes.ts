import "server-only";
// What an import would do, worked out against the stored data with nothing written: each row is read, checked
// with the event form's schema and database rules, given its organisation and matched to the event it stands for.
// The preview shows the result; the apply step recomputes it inside its transaction and writes it.
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { eventFields } from "@/lib/recruitment/event-write";
import { loggingOrganisation } from "@/lib/recruitment/access";
import { eventRuleErrors } from "@/lib/recruitment/rules";
import { parseCalendarDate } from "@/lib/format";
import type { ColumnIndex } from "./columns";
import { columnOfField, issuesOf } from "./field-errors";
import { importKeyOf } from "./key";
import { loadLookups, type Lookups } from "./lookups";
import { storedMatches, type Stored } from "./match";
import { recordOf } from "./record";
import { readRow, type ReadRow } from "./rows";
import type { Issue } from "./types";
import type { Sheet } from "@/lib/spreadsheet/types";

type Fields = ReturnType<typeof eventFields>;
export type Change = {
  line: number;
  organisationId: string;
  key: string;
  fields: Fields;
  existing?: Stored;
  before?: Partial<Fields>;
};
export type Planned = {
  issues: Issue[];
  changes: Change[];
  unchanged: number;
  organisationIgnored: boolean;
  organisationName: (id: string) => string;
};
type Importer = Pick<SessionUser, "role" | "organisationId">;

/** The form's database lookups, each asked once per run however many rows name the same programme, ORP or type. */
function cachedRules(client: Tx): Parameters<typeof eventRuleErrors>[0] {
  const memo = new Map<string, Promise<unknown>>();
  const model = (name: "programme" | "place" | "eventType") => ({
    findUnique(args: { where: { id: string } }) {
      const key = `${name}|${args.where.id}`;
      if (!memo.has(key))
        memo.set(key, (client[name] as unknown as { findUnique(a: object): Promise<unknown> }).findUnique(args));
      return memo.get(key);
    },
  });
  return {
    programme: model("programme"),
    place: model("place"),
    eventType: model("eventType"),
  } as unknown as Parameters<typeof eventRuleErrors>[0];
}

async function ruleIssues(rules: Parameters<typeof eventRuleErrors>[0], row: ReadRow): Promise<Issue[]> {
  const { input } = row;
  if (!parseCalendarDate(input.startDate) || !input.eventTypeId || !input.placeId || !input.programmeId) return [];
  const flagged = new Set(row.issues.map((i) => i.column));
  return issuesOf(row.line, await eventRuleErrors(rules, input), row.textOf).filter((i) => !flagged.has(i.column));
}

const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : (a ?? null) === (b ?? null);

/** Each row read, given its organisation, and checked against the file's other rows (problems in `own`). */
function identify(sheet: Sheet, index: ColumnIndex, lookups: Lookups, user: Importer, chosenOrganisation?: string) {
  const fixed = loggingOrganisation(user);
  const member = fixed !== undefined;
  const firstLine = new Map<string, number>();
  return sheet.rows.map((row) => {
    const r = readRow(row, index, lookups);
    const own: Issue[] = [];
    const organisationId = (member ? fixed : (r.organisationId ?? chosenOrganisation)) ?? "";
    if (!member && r.organisationId === null)
      own.push({
        line: r.line,
        column: "organisation",
        code: "unknownOrganisation",
        params: { value: r.textOf("organisation")! },
      });
    else if (!organisationId) own.push({ line: r.line, column: "organisation", code: "organisationRequired" });
    const key = importKeyOf(r.input);
    const first = firstLine.get(`${organisationId}|${key}`);
    if (first !== undefined) own.push({ line: r.line, column: "title", code: "duplicateRow", params: { line: first } });
    else firstLine.set(`${organisationId}|${key}`, r.line);
    return { row, r, own, wanted: { organisationId, key, startDate: r.input.startDate } };
  });
}

export async function planEvents(
  client: Tx,
  sheet: Sheet,
  index: ColumnIndex,
  user: Importer,
  chosenOrganisation?: string,
): Promise<Planned> {
  const lookups = await loadLookups(client);
  const rules = cachedRules(client);
  const rows = identify(sheet, index, lookups, user, chosenOrganisation);
  const matchable = rows.filter((x) => x.own.length === 0 && parseCalendarDate(x.wanted.startDate));
  const matchOf = await storedMatches(
    client,
    matchable.map((x) => x.wanted),
  );
  const issues: Issue[] = [];
  const changes: Change[] = [];
  let unchanged = 0;

  for (const { row, r: first, own, wanted } of rows) {
    const existing = own.length === 0 && parseCalendarDate(wanted.startDate) ? matchOf(wanted) : undefined;
    const r = existing ? readRow(row, index, lookups, recordOf(existing, lookups)) : first;
    const fields = r.values && eventFields(r.values);
    const changed =
      existing &&
      fields &&
      (Object.keys(fields) as (keyof Fields)[]).filter(
        (k) => k !== "searchText" && !same(fields[k], existing[k as keyof Stored]),
      );
    if (changed && changed.length === 0 && !existing!.archivedAt) {
      unchanged++; // already stored as it is: nothing to write, nothing to check
      continue;
    }
    const found = [...own, ...r.issues, ...(await ruleIssues(rules, r))];
    if (existing?.archivedAt) found.push({ line: r.line, column: null, code: "archived" });
    else if (existing?.status === "CONFIRMED" && found.length === 0)
      found.push({ line: r.line, column: columnOfField(changed![0]), code: "confirmed" });
    if (found.length > 0 || !fields) {
      issues.push(...found);
      continue;
    }
    const before = changed && Object.fromEntries(changed.map((k) => [k, existing![k as keyof Stored]]));
    changes.push({ line: r.line, organisationId: wanted.organisationId, key: wanted.key, fields, existing, before });
  }
  const fixed = loggingOrganisation(user);
  const organisationIgnored =
    fixed !== undefined && rows.some(({ r }) => r.organisationId !== undefined && r.organisationId !== fixed);
  return {
    issues,
    changes,
    unchanged,
    organisationIgnored,
    organisationName: (id) => lookups.organisations.label(id) ?? id,
  };
}
