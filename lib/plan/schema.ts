// One zod schema per form of the strategic-plan module: the form validates with it and the action parses it again.
import { z } from "@/lib/validation";
import {
  dateField,
  filesField,
  id,
  intField,
  numberField,
  optionalDate,
  optionalInt,
  optionalMoney,
  optionalText,
  text,
} from "@/lib/validation/fields";
import { CARE_FIGURES, CARE_KINDS, INDICATOR_SOURCES } from "@/lib/indicators/source";
import { MEASURE_STATUSES } from "./status";

export const planSchema = z
  .object({
    id: id().optional(),
    name: text(200),
    yearFrom: intField(2000, 2100),
    yearTo: intField(2000, 2100),
    state: z.enum(["DRAFT", "ADOPTED", "ARCHIVED"]),
    adoptedOn: optionalDate(),
    adoptedBy: z.union([z.literal(""), z.enum(["COUNCIL", "ASSEMBLY"])]).optional(),
    resolutionNo: optionalText(40),
    previousPlanId: z.union([z.literal(""), id()]).optional(),
  })
  .refine((p) => p.yearTo >= p.yearFrom, { message: "yearRange", path: ["yearTo"] })
  .refine((p) => p.state === "DRAFT" || (p.adoptedOn && p.adoptedBy && p.resolutionNo), {
    message: "adoptionRequired",
    path: ["resolutionNo"],
  });

/** A priority area ("2") or a goal ("2.1"): code, title and description. */
export const nodeSchema = z.object({
  kind: z.enum(["area", "goal"]),
  id: id().optional(),
  parentId: id(), // the plan of an area, the area of a goal
  code: z
    .string()
    .trim()
    .regex(/^\d{1,2}(\.\d{1,2})?$/, "codeFormat"),
  title: text(300),
  description: optionalText(5000),
});

export const measureSchema = z
  .object({
    id: id().optional(),
    version: z.number().int().min(1).optional(),
    goalId: id(),
    code: z
      .string()
      .trim()
      .regex(/^\d{1,2}\.\d{1,2}\.\d{1,2}$/, "codeFormat"),
    title: text(300),
    description: optionalText(5000),
    responsibleBody: optionalText(200),
    responsibleOrgId: z.union([z.literal(""), id()]).optional(),
    partnerIds: z.array(id()).max(50).default([]),
    startDate: optionalDate(),
    deadline: optionalDate(),
    plannedBudget: optionalMoney(),
    spentBudget: optionalMoney(),
    fundingSources: optionalText(500),
    status: z.enum(MEASURE_STATUSES),
    statusReason: optionalText(2000),
    progressPercent: optionalInt(0, 100),
    weight: numberField(0, 100).default(1),
  })
  .refine((m) => !["DELAYED", "CANCELLED"].includes(m.status) || !!m.statusReason, {
    message: "reasonRequired",
    path: ["statusReason"],
  })
  .refine((m) => !m.startDate || !m.deadline || m.deadline >= m.startDate, {
    message: "deadlineBeforeStart",
    path: ["deadline"],
  });

export type MeasureInput = z.input<typeof measureSchema>;

export const indicatorSchema = z
  .object({
    id: id().optional(),
    measureId: id(),
    name: text(300),
    unit: text(40),
    direction: z.enum(["HIGHER_IS_BETTER", "LOWER_IS_BETTER"]),
    baselineValue: numberField(),
    baselineYear: intField(1990, 2100),
    targetValue: numberField(),
    targetDate: dateField(),
    yearlyTargets: z
      .array(z.object({ year: intField(1990, 2100), value: numberField() }))
      .max(30)
      .default([]),
    weight: numberField(0, 100).default(1),
    // Where the values come from (lib/indicators): typed by hand, or computed from a programme, the care statistics or
    // the measure's action plans. Fields of other sources are ignored.
    source: z.enum(INDICATOR_SOURCES).default("MANUAL"),
    sourceProgrammeId: z.union([z.literal(""), id()]).optional(),
    sourcePlaceId: z.union([z.literal(""), id()]).optional(),
    sourceTypeIds: z.array(id()).max(50).default([]),
    sourceCareKind: z.union([z.literal(""), z.enum(CARE_KINDS)]).optional(),
    sourceCareFigure: z.union([z.literal(""), z.enum(CARE_FIGURES)]).optional(),
  })
  .refine((i) => i.source !== "PROGRAMME" || !!i.sourceProgrammeId, {
    message: "sourceRequired",
    path: ["sourceProgrammeId"],
  })
  .refine((i) => i.source !== "CARE_STATISTICS" || !!i.sourceCareFigure, {
    message: "sourceRequired",
    path: ["sourceCareFigure"],
  });

export const indicatorValueSchema = z.object({
  indicatorId: id(),
  value: numberField(),
  measuredOn: dateField(),
  source: optionalText(300),
  note: optionalText(1000),
});

/** A row of the update form: left empty when the indicator was not measured this time (then dropped). */
const valueRow = indicatorValueSchema
  .extend({ value: z.union([z.literal(""), numberField()]).optional(), measuredOn: optionalDate() })
  .refine((r) => r.value === "" || r.value === undefined || !!r.measuredOn, {
    message: "valueDateRequired",
    path: ["measuredOn"],
  });

export const progressUpdateSchema = z
  .object({
    measureId: id(),
    text: text(5000),
    status: z.union([z.literal(""), z.enum(MEASURE_STATUSES)]).optional(),
    statusReason: optionalText(2000),
    progressPercent: optionalInt(0, 100),
    values: z
      .array(valueRow)
      .max(30)
      .default([])
      .transform((rows) =>
        rows.filter((r): r is typeof r & { value: number; measuredOn: string } => typeof r.value === "number"),
      ),
    attachments: filesField(5),
  })
  .refine((u) => !u.status || !["DELAYED", "CANCELLED"].includes(u.status) || !!u.statusReason, {
    message: "reasonRequired",
    path: ["statusReason"],
  });

export const archiveSchema = z.object({ kind: z.enum(["area", "goal", "measure", "indicator"]), id: id() });
export const moveSchema = z.object({
  kind: z.enum(["area", "goal", "measure"]),
  id: id(),
  direction: z.enum(["up", "down"]),
});
export const carryOverSchema = z.object({ measureId: id(), goalId: id() });
