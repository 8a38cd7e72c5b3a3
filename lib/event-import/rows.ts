// One spreadsheet row → the values of the event form (lib/recruitment/schema.ts), checked by the form's own
// schema. Names become ids through the code lists; an unknown type, ORP or programme is reported here, whatever
// else is wrong with the row (every error of a row in one pass), and also passed on as typed, so that the form's
// database rules (lib/recruitment/rules.ts) refuse it as they would in the form.
import { cellReader } from "@/lib/spreadsheet/cells";
import type { SheetRow } from "@/lib/spreadsheet/types";
import { matchLabel, parseDateCell, parseNumberCell, text } from "@/lib/spreadsheet/values";
import { xlsxValue } from "@/lib/spreadsheet/write";
import { eventSchema, type EventInput, type EventValues } from "@/lib/recruitment/schema";
import { fieldErrorsOf } from "@/lib/actions/define-action";
import { COLUMNS, type ColumnIndex, type ColumnKey } from "./columns";
import { AUDIENCE_LABELS, REALISATION_LABELS } from "./labels";
import { issuesOf } from "./field-errors";
import type { Lookups } from "./lookups";
import type { EventRecord } from "./record";
import type { Issue, IssueCode } from "./types";
import { now } from "@/lib/clock";

export type ReadRow = {
  line: number;
  input: EventInput;
  /** The form values when the schema accepts the row (the database rules are still to be checked). */
  values?: EventValues;
  /** The organisation the row names (undefined: none, null: an unknown one). */
  organisationId?: string | null;
  issues: Issue[];
  textOf: (column: ColumnKey) => string | null;
};

const iso = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : undefined);

/** Reads a row; a column the file leaves out is taken from `stored` (the matching event, when there is one). */
export function readRow(
  row: SheetRow,
  fileIndex: ColumnIndex,
  lookups: Lookups,
  stored?: EventRecord,
  today = now(),
): ReadRow {
  const cells = [...row.cells];
  const index = { ...fileIndex };
  let next = Math.max(cells.length, ...Object.values(index).map((i) => (i ?? 0) + 1)); // past every cell of the file
  for (const { key } of COLUMNS) {
    if (index[key] === undefined && stored) cells[(index[key] = next++)] = xlsxValue(stored[key]);
  }
  const r = cellReader<ColumnKey, IssueCode>(row.line, cells, index);
  const textOf = (key: ColumnKey) => text(r.cell(key) ?? null);
  /** An id by its name; an unknown name is reported and passed on as typed. */
  const idOf = (key: ColumnKey, find: (name: string) => string | undefined, unknown: IssueCode) => {
    const name = textOf(key);
    if (name !== null && !find(name)) r.report(key, unknown, { value: name });
    return name === null ? undefined : (find(name) ?? name);
  };
  const campaign = textOf("campaign");
  const campaignId = campaign === null ? "" : lookups.campaigns.find(campaign);
  if (campaignId === undefined) r.report("campaign", "unknownCampaign", { value: campaign! });

  const start = r.parsed("startDate", parseDateCell);
  const realisation = matchLabel(REALISATION_LABELS, r.cell("realisation") ?? null);
  if (textOf("realisation") !== null && !realisation)
    r.report("realisation", "unknownRealisation", { value: textOf("realisation")! });
  const audience = matchLabel(AUDIENCE_LABELS, r.cell("audience") ?? null);
  if (textOf("audience") !== null && !audience) r.report("audience", "unknownAudience", { value: textOf("audience")! });
  const count = (key: ColumnKey) => r.parsed(key, parseNumberCell) ?? undefined;
  const cost = r.cell("cost");

  const input: EventInput = {
    programmeId:
      idOf("programme", lookups.programmes.find, "unknownProgramme") ??
      (start ? lookups.programmeOn(start) : undefined) ??
      "",
    eventTypeId: idOf("type", lookups.types.find, "unknownType") ?? "",
    campaignId: campaignId ?? "",
    title: textOf("title") ?? "",
    description: textOf("description") ?? "",
    startDate: iso(start) ?? "",
    endDate: iso(r.parsed("endDate", parseDateCell)) ?? "",
    municipality: textOf("municipality") ?? "",
    placeId: idOf("place", lookups.places.find, "unknownPlace") ?? "",
    audience: audience ?? "PUBLIC",
    realisation: realisation ?? (start && start > today ? "PLANNED" : "REALISED"),
    peopleReached: count("peopleReached"),
    cost: typeof cost === "number" ? String(cost) : (textOf("cost") ?? ""),
    inquiries: count("inquiries"),
    applicants: count("applicants"),
    submit: true,
    partnerIds: [],
  };
  const organisationId =
    textOf("organisation") === null ? undefined : (lookups.organisations.find(textOf("organisation")!) ?? null);

  const parsed = eventSchema.safeParse(input);
  const flagged = new Set(r.issues.map((i) => i.column));
  if (!start && textOf("programme") === null) flagged.add("programme"); // no date, no default programme: the date's issue says it
  const schemaIssues = parsed.success
    ? []
    : issuesOf(row.line, fieldErrorsOf(parsed.error), textOf).filter((i) => !flagged.has(i.column));
  return {
    line: row.line,
    input,
    values: parsed.success && r.issues.length === 0 ? parsed.data : undefined,
    organisationId,
    issues: [...r.issues, ...schemaIssues],
    textOf,
  };
}
