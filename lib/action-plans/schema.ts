// One zod schema per form of the action-plan module: the form validates with it (zodResolver) and the server action
// parses the same submitted values again. Parsed values keep their input shape (strings for money and dates), so
// the form can send exactly what it validated; conversion to haléře / Date happens in the action (toHaler, toDate).
// Custom messages are keys under "actionPlans.errors"; built-in ones are keys under "errors.field" (lib/validation).
import { parseCalendarDate, parseMoney } from "@/lib/format";
import { z } from "@/lib/validation";
import { MEASURE_STATUSES } from "@/lib/plan/status";

/** The most one activity of a regional action plan may plan or spend: 1 000 000 000 Kč (in haléře). */
export const MAX_BUDGET_HALER = 100_000_000_000n;

/** A Council resolution number: "3373/22/R52" (neighbouring region), "254/25/RK", "318/18/ZK". */
export const RESOLUTION_NO = /^\d{1,5}\/\d{2}\/[A-Z][A-Z0-9]{0,5}$/;

const id = () => z.string().min(1).max(64);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const money = () =>
  z
    .string()
    .trim()
    .max(30)
    .refine((v) => {
      if (v === "") return true;
      const haler = parseMoney(v);
      return haler !== null && haler >= 0n && haler <= MAX_BUDGET_HALER;
    }, "money")
    .optional();

export const toHaler = (value: string | undefined): bigint | null => (value ? parseMoney(value) : null);
export const toDate = (value: string | undefined): Date | null => (value ? parseCalendarDate(value) : null);

export const createActionPlanSchema = z.object({
  planId: id(),
  year: z.number().int().min(2000).max(2100),
});

export const approveActionPlanSchema = z
  .object({
    actionPlanId: id(),
    state: z.enum(["DRAFT", "APPROVED"]),
    approvedOn: z.string().trim().max(10).optional(),
    resolutionNo: z.string().trim().max(30).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.state !== "APPROVED") return;
    if (!value.approvedOn) ctx.addIssue({ code: "custom", message: "approvedOnRequired", path: ["approvedOn"] });
    else if (!parseCalendarDate(value.approvedOn))
      ctx.addIssue({ code: "custom", message: "date", path: ["approvedOn"] });
    if (!value.resolutionNo) ctx.addIssue({ code: "custom", message: "resolutionRequired", path: ["resolutionNo"] });
    else if (!RESOLUTION_NO.test(value.resolutionNo))
      ctx.addIssue({ code: "custom", message: "resolutionFormat", path: ["resolutionNo"] });
  });

export const addActivitySchema = z.object({
  actionPlanId: id(),
  measureId: id(),
  title: z.string().trim().min(1).max(200),
  description: optionalText(2000),
  responsible: z.string().trim().min(1).max(200),
  organisationId: z.string().max(64).optional(),
  plannedBudget: money(),
  indicatorText: optionalText(500),
  status: z.enum(MEASURE_STATUSES),
});

export const updateActivitySchema = z.object({
  activityId: id(),
  status: z.enum(MEASURE_STATUSES),
  spentBudget: money(),
  /** Only while the action plan is a draft; an approved plan's budgets are those the Council approved. */
  plannedBudget: money(),
});

export const activityRefSchema = z.object({ activityId: id() });
export const copyUnfinishedSchema = z.object({ fromActionPlanId: id() });

export type CreateActionPlanInput = z.input<typeof createActionPlanSchema>;
export type ApproveActionPlanInput = z.input<typeof approveActionPlanSchema>;
export type AddActivityInput = z.input<typeof addActivitySchema>;
export type UpdateActivityInput = z.input<typeof updateActivitySchema>;
