import "server-only";
import type { z } from "@/lib/validation";
import { toDate, toHaler } from "@/lib/validation/fields";
import { measureSearchText } from "@/lib/search";
import { UserError } from "@/lib/actions/errors";
import { isUniqueViolation } from "@/lib/db/errors";
import type { measureSchema } from "./schema";

type MeasureValues = z.output<typeof measureSchema>;

/** The Prisma fields of a measure from its form values (without ids, plan and version). */
export function measureFields(m: MeasureValues) {
  return {
    code: m.code,
    title: m.title,
    description: m.description || null,
    responsibleBody: m.responsibleBody || null,
    responsibleOrgId: m.responsibleOrgId || null,
    startDate: toDate(m.startDate),
    deadline: toDate(m.deadline),
    plannedBudgetHaler: toHaler(m.plannedBudget),
    spentBudgetHaler: toHaler(m.spentBudget),
    fundingSources: m.fundingSources || null,
    status: m.status,
    statusReason: m.statusReason || null,
    progressPercent: m.progressPercent ?? null,
    weight: m.weight,
    searchText: measureSearchText(m),
  };
}

/** "2.1.3" must continue "2.1"; a top-level code has no parent. */
export function assertCodeUnder(parentCode: string | null, code: string) {
  const parts = code.split(".");
  const expectedParent = parts.slice(0, -1).join(".");
  if ((parentCode ?? "") !== expectedParent)
    throw new UserError("validation", { fieldErrors: { code: ["codeFormat"] } });
}

/** Runs a write; a unique-code clash becomes a field error on "code". */
export async function withUniqueCode<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserError("validation", { fieldErrors: { code: ["duplicateCode"] } });
    throw error;
  }
}
