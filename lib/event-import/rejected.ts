import "server-only";
// The rows of an events file the import refused, as an XLSX with a "Chyba" column (lib/spreadsheet/rejected.ts),
// to fix and import again. A row's import key (key.ts: day, type, ORP, title) is read from four columns every file
// must have, so the workbook always carries it: re-imported, the fixed rows come in as new events, and the rows
// imported before are not in it (nor would they be doubled if they were: they match their stored events).
import { createTranslator } from "use-intl/core";
import cs from "@/messages/cs/event-import.json";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { UserError } from "@/lib/actions/errors";
import { rejectedWorkbook } from "@/lib/spreadsheet/rejected";
import { listIssues } from "@/lib/spreadsheet/upload";
import { COLUMNS, headerOf, positionOf } from "./columns";
import { planEvents } from "./changes";
import { readEventUpload, rejectedLines } from "./import";
import { NO_PARAMS } from "./issue-text";
import type { EventImportInput } from "./schema";
import type { Issue } from "./types";

const t = createTranslator({ locale: "cs", messages: cs, namespace: "eventImport" });

const errorText = (issue: Issue) => {
  const message = t(`issues.${issue.code}`, { ...NO_PARAMS, ...issue.params });
  return issue.column ? `${headerOf(issue.column)}: ${message}` : message;
};

export async function rejectedEventRows(
  input: EventImportInput,
  user: SessionUser,
): Promise<{ fileName: string; base64: string }> {
  const { upload, chosen } = await readEventUpload(input, user, false);
  if (!upload.read) throw new UserError("validation");
  const { sheet, index } = upload.read;
  const planned = await planEvents(db, sheet, index, user, chosen);
  const lines = rejectedLines(planned);
  if (lines.size === 0) throw new UserError("notFound");
  const errors = new Map<number, string[]>();
  for (const issue of listIssues(planned.issues, positionOf).issues)
    errors.set(issue.line!, [...(errors.get(issue.line!) ?? []), errorText(issue)]);
  const rows = sheet.rows.filter((row) => lines.has(row.line));
  const bytes = await rejectedWorkbook(COLUMNS, index, rows, (line) => errors.get(line) ?? [], "Odmítnuté řádky");
  return {
    fileName: `${upload.base.fileName.replace(/\.[^.]*$/, "")}-odmitnute-radky.xlsx`,
    base64: Buffer.from(bytes).toString("base64"),
  };
}
