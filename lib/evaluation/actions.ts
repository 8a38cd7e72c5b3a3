"use server";
// Saving the yearly evaluation: every save is a new version (1, 2, 3…), never an overwrite. The editor sends the
// version its form was based on; when a newer one exists the save is refused ("staleVersion", with the latest
// content) and nothing is written. Comments may only name measures of the plan and programmes running in the year.
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { defineAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/actions/errors";
import { isUniqueViolation } from "@/lib/db/errors";
import { programmesOfYear } from "./programmes";
import { contentOf, parseContent, saveEvaluationSchema } from "./schema";

const refuse = (fieldErrors: Record<string, string[]>) => {
  throw new UserError("validation", { fieldErrors });
};

/** The keys of `record` not among `allowed`, as field errors under `prefix`. */
const foreign = (prefix: string, record: Record<string, string>, allowed: Set<string>, key: string) =>
  Object.fromEntries(
    Object.keys(record)
      .filter((id) => !allowed.has(id))
      .map((id) => [`${prefix}.${id}`, [key]]),
  );

export const saveEvaluation = defineAction("evaluation.save", {
  permission: "evaluation.prepare",
  schema: saveEvaluationSchema,
  refreshes: ["evaluation"],
  run: async ({ planId, year, baseVersion, ...input }, user) => {
    try {
      const result = await db.$transaction(async (tx) => {
        const plan = await tx.plan.findUnique({ where: { id: planId }, select: { yearFrom: true, yearTo: true } });
        if (!plan) throw new UserError("notFound");
        if (year < plan.yearFrom || year > plan.yearTo) refuse({ year: ["yearOutsidePlan"] });
        const [measures, programmes] = await Promise.all([
          tx.measure.findMany({
            where: { planId, archivedAt: null, id: { in: Object.keys(input.measures) } },
            select: { id: true },
          }),
          programmesOfYear(year, tx),
        ]);
        const errors = {
          ...foreign("measures", input.measures, new Set(measures.map((m) => m.id)), "measureNotInPlan"),
          ...foreign("programmes", input.programmes, new Set(programmes.map((p) => p.id)), "programmeNotInYear"),
        };
        if (Object.keys(errors).length) refuse(errors);

        const evaluation = await tx.evaluation.upsert({
          where: { planId_year: { planId, year } },
          create: { planId, year },
          update: {},
        });
        const latest = await tx.evaluationVersion.findFirst({
          where: { evaluationId: evaluation.id },
          orderBy: { version: "desc" },
        });
        const current = latest?.version ?? 0;
        if (baseVersion !== current)
          throw new UserError("staleVersion", {
            version: current,
            current: latest ? parseContent(latest.content) : null,
          });
        const content = contentOf(input);
        const created = await tx.evaluationVersion.create({
          data: {
            evaluationId: evaluation.id,
            version: current + 1,
            content: JSON.stringify(content),
            createdById: user.id,
          },
        });
        await audit(tx, {
          userId: user.id,
          action: "create_version",
          entity: "Evaluation",
          entityId: evaluation.id,
          before: latest ? { version: current } : null,
          after: { planId, year, version: created.version, ...content },
        });
        return { version: created.version };
      });
      return result;
    } catch (error) {
      // Two saves from the same version at the same moment: the second one loses on the unique version number.
      if (isUniqueViolation(error)) throw new UserError("staleVersion");
      throw error;
    }
  },
});
