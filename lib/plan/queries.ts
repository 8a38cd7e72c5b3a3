import "server-only";
import { db } from "@/lib/db";

/** The adopted plan with the latest period. */
export function currentPlan() {
  return db.plan.findFirst({ where: { state: "ADOPTED" }, orderBy: { yearFrom: "desc" } });
}

export function listPlans() {
  return db.plan.findMany({ orderBy: { yearFrom: "desc" } });
}
