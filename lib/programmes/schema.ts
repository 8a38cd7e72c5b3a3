// The programme form's schema: the form validates with it and the save action parses the same values again.
// Custom messages are keys under "programmes.errors" (shown by components/ui/field with ns="programmes"), the built-in ones
// keys under "errors.field".
import { parseCalendarDate } from "@/lib/format";
import { z } from "@/lib/validation";
import { dateField, id, intField, optionalInt, optionalText, text } from "@/lib/validation/fields";

/** No programme of a region counts more than this many activities; no period is longer than MAX_YEARS. */
export const MAX_TARGET = 10_000;
export const MAX_YEARS = 20;

const yearOf = (v: string) => parseCalendarDate(v)?.getUTCFullYear() ?? NaN;

/** How many people share the target (KA1: 12 social workers, 144 seminars): blank, or a whole number from 1; any
 * other value gets the one message "participants" (zod's own would say only "invalid value" for 12,5). */
const participantsField = () =>
  z.preprocess(
    (v) =>
      v === null || v === undefined || (typeof v === "string" && v.trim() === "")
        ? undefined
        : typeof v === "string"
          ? Number(v.trim().replace(",", "."))
          : v,
    z
      .number({ error: "participants" })
      .int({ error: "participants" })
      .min(1, { error: "participants" })
      .max(MAX_TARGET, { error: "participants" })
      .optional(),
  );

export const programmeSchema = z
  .object({
    id: id().optional(),
    /** The programme's updatedAt when the form was opened (ISO); a save over a newer edit is refused. */
    updatedAt: z.iso.datetime().optional(),
    /** Only when creating; the code never changes afterwards. */
    code: z
      .union([
        z.literal(""),
        z
          .string()
          .trim()
          .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, "codeFormat"),
      ])
      .optional(),
    name: text(200),
    description: optionalText(2000),
    periodStart: dateField(),
    periodEnd: dateField(),
    totalTarget: intField(1, MAX_TARGET),
    participants: participantsField(),
    yearTargets: z
      .array(z.object({ year: intField(2000, 2100), target: optionalInt(0, MAX_TARGET) }))
      .max(MAX_YEARS)
      .default([]),
    countedTypeIds: z.array(id()).max(100).default([]),
    placeTargets: z
      .array(z.object({ placeId: id(), target: optionalInt(0, MAX_TARGET) }))
      .max(100)
      .default([]),
  })
  .superRefine((p, ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: "custom", message, path });
    const [from, to] = [yearOf(p.periodStart), yearOf(p.periodEnd)];
    if (p.periodEnd < p.periodStart) issue("periodEndBeforeStart", ["periodEnd"]);
    else if (to - from + 1 > MAX_YEARS) issue(`periodTooLong|${MAX_YEARS}`, ["periodEnd"]);
    const years = p.yearTargets.map((y) => y.year);
    if (years.some((y) => y < from || y > to)) issue(`yearOutsidePeriod|${from}–${to}`, ["yearTargets"]);
    if (new Set(years).size !== years.length) issue("duplicateYear", ["yearTargets"]);
    p.yearTargets.forEach(
      (y, i) => (y.target ?? 0) > p.totalTarget && issue(`overTotal|${p.totalTarget}`, ["yearTargets", i, "target"]),
    );
    p.placeTargets.forEach(
      (t, i) => (t.target ?? 0) > p.totalTarget && issue(`overTotal|${p.totalTarget}`, ["placeTargets", i, "target"]),
    );
    if (new Set(p.placeTargets.map((t) => t.placeId)).size !== p.placeTargets.length)
      issue("invalid_value", ["placeTargets"]);
    if (new Set(p.countedTypeIds).size !== p.countedTypeIds.length) issue("invalid_value", ["countedTypeIds"]);
  });

export type ProgrammeInput = z.input<typeof programmeSchema>;
export type ProgrammeValues = z.output<typeof programmeSchema>;

/** Archive a programme (kept with its events and history, no longer offered or counted as running) or restore it. */
export const archiveProgrammeSchema = z.object({ id: id(), archived: z.boolean() });
