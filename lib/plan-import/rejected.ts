import "server-only";
// The rows of a measures file the import refused, as an XLSX with a "Chyba" column (lib/spreadsheet/rejected.ts),
// to fix and import again. Rows are matched by the measure code (and area and goal codes), columns every file
// must have, so the workbook always carries them: re-imported, the fixed rows come in and the rows imported before
// (not in it) are left as they are.
import { createTranslator } from "use-intl/core";
import cs from "@/messages/cs/plan-import.json";
import { db } from "@/lib/db";
import { UserError } from "@/lib/actions/errors";
import { rejectedWorkbook } from "@/lib/spreadsheet/rejected";
import { listIssues } from "@/lib/spreadsheet/upload";
import { COLUMNS, headerOf, positionOf } from "./columns";
import { planImport, readPlanUpload } from "./import";
import { NO_PARAMS } from "./issue-text";
import type { ImportInput } from "./schema";
import type { Issue } from "./types";

const t = createTranslator({ locale: "cs", messages: cs, namespace: "planImport" });

const errorText = (issue: Issue) => {
  const message = t(`issues.${issue.code}`, { ...NO_PARAMS, ...issue.params });
  return issue.column ? `${headerOf(issue.column)}: ${message}` : message;
};

export async function rejectedPlanRows(input: ImportInput): Promise<{ fileName: string; base64: string }> {
  const { upload, refused } = await readPlanUpload(input, false);
  if (refused || !upload.read) throw new UserError("validation");
  const { sheet, index } = upload.read;
  const { issues, rejected } = await planImport(db, input.planId, sheet, index);
  if (rejected.size === 0) throw new UserError("notFound");
  const errors = new Map<number, string[]>();
  for (const issue of listIssues(issues, positionOf).issues)
    errors.set(issue.line!, [...(errors.get(issue.line!) ?? []), errorText(issue)]);
  const rows = sheet.rows.filter((row) => rejected.has(row.line));
  const bytes = await rejectedWorkbook(COLUMNS, index, rows, (line) => errors.get(line) ?? [], "Odmítnuté řádky");
  return {
    fileName: `${upload.base.fileName.replace(/\.[^.]*$/, "")}-odmitnute-radky.xlsx`,
    base64: Buffer.from(bytes).toString("base64"),
  };
}
