// The yearly evaluation's commentary: one schema for the form and the action, and the stored JSON content of a
// version ({ summary, measures: { [measureId]: comment }, programmes: { [programmeId]: comment } }).
// Custom messages are keys under "evaluation.errors"; built-in ones under "errors.field" (lib/validation).
import { z } from "@/lib/validation";
import { id, intField } from "@/lib/validation/fields";

export const SUMMARY_MAX = 8000;
export const COMMENT_MAX = 4000;
/** More comments than any plan has measures (or a year programmes): a bound on the request's size. */
export const COMMENTS_MAX = 500;

const comments = z
  .record(id(), z.string().trim().max(COMMENT_MAX))
  .refine((record) => Object.keys(record).length <= COMMENTS_MAX, `too_big|${COMMENTS_MAX}`);

export const saveEvaluationSchema = z.object({
  planId: id(),
  year: intField(1990, 2100),
  /** The version the editor's form was based on (0 when there was none yet): a save over a newer one is refused. */
  baseVersion: intField(0, 1_000_000),
  summary: z.string().trim().max(SUMMARY_MAX),
  measures: comments,
  programmes: comments,
});

export type SaveEvaluationInput = z.input<typeof saveEvaluationSchema>;

/** Approving the version the coordinator is looking at (it must still be the latest). */
export const approveEvaluationSchema = z.object({
  planId: id(),
  year: intField(1990, 2100),
  version: intField(1, 1_000_000),
});

export type EvaluationContent = {
  summary: string;
  measures: Record<string, string>;
  programmes: Record<string, string>;
};

export const EMPTY_CONTENT: EvaluationContent = { summary: "", measures: {}, programmes: {} };

const nonEmpty = (record: Record<string, string>) =>
  Object.fromEntries(Object.entries(record).filter(([, text]) => text !== ""));

/** What a version stores: the trimmed texts, without the empty comments. */
export const contentOf = (input: EvaluationContent): EvaluationContent => ({
  summary: input.summary,
  measures: nonEmpty(input.measures),
  programmes: nonEmpty(input.programmes),
});

const stored = z.object({
  summary: z.string().catch(""),
  measures: z.record(z.string(), z.string()).catch({}),
  programmes: z.record(z.string(), z.string()).catch({}),
});

/** A version's content as stored; anything unreadable reads as empty rather than breaking the page. */
export function parseContent(json: string): EvaluationContent {
  try {
    return stored.parse(JSON.parse(json));
  } catch {
    return EMPTY_CONTENT;
  }
}
