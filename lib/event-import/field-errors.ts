// The event form's field errors (lib/recruitment/schema.ts and rules.ts) as import issues on the row's columns.
import type { FieldErrors } from "@/lib/actions/errors";
import { splitMessage } from "@/lib/validation";
import type { ColumnKey } from "./columns";
import type { Issue, IssueCode } from "./types";

const COLUMN_OF: Record<string, ColumnKey> = {
  programmeId: "programme",
  organisationId: "organisation",
  eventTypeId: "type",
  campaignId: "campaign",
  title: "title",
  description: "description",
  startDate: "startDate",
  endDate: "endDate",
  municipality: "municipality",
  placeId: "place",
  audience: "audience",
  realisation: "realisation",
  peopleReached: "peopleReached",
  cost: "cost",
  inquiries: "inquiries",
  applicants: "applicants",
  costHaler: "cost",
};

/** The column of a field of the event form (or of the stored event). */
export const columnOfField = (field: string): ColumnKey | null => COLUMN_OF[field] ?? null;
/** A code-list column: any error but a missing value means the name is not known. */
const UNKNOWN: Partial<Record<ColumnKey, IssueCode>> = {
  type: "unknownType",
  place: "unknownPlace",
  programme: "unknownProgramme",
  campaign: "unknownCampaign",
  organisation: "unknownOrganisation",
  audience: "unknownAudience",
  realisation: "unknownRealisation",
};
const COUNTS = new Set<ColumnKey>(["peopleReached", "inquiries", "applicants"]);
const SAME = new Set<string>([
  "required",
  "realisedInFuture",
  "endBeforeStart",
  "applicantsOverInquiries",
  "outsideProgramme",
]);

function codeOf(column: ColumnKey | null, key: string): IssueCode {
  if (key === "required") return "required";
  if (column && UNKNOWN[column]) return UNKNOWN[column]!;
  if (SAME.has(key)) return key as IssueCode;
  const count = column !== null && COUNTS.has(column);
  const codes: Record<string, IssueCode> = {
    too_big: count ? "tooBig" : "tooLong",
    too_small: "negative",
    invalid_type: count ? "notWhole" : "invalid",
    invalid_date: "badDate",
    invalid_money: "badMoney",
  };
  return codes[key] ?? "invalid";
}

/** One issue per message; `value` is the cell's text, `max`/`min`/`period` the message's parameter. */
export function issuesOf(line: number, errors: FieldErrors, valueOf: (column: ColumnKey) => string | null): Issue[] {
  return Object.entries(errors).flatMap(([field, messages]) => {
    const column = COLUMN_OF[field] ?? null;
    return messages.map((message): Issue => {
      const { key, param } = splitMessage(message);
      const code = codeOf(column, key);
      const named = { too_big: "max", too_small: "min", outsideProgramme: "period" }[key];
      const params = { value: (column && valueOf(column)) ?? "", ...(named && param ? { [named]: param } : {}) };
      return { line, column, code, params };
    });
  });
}
