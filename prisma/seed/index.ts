// Demo data: realistic, fictitious where people are concerned, and idempotent (every row has a fixed id and is
// upserted, so a second run changes nothing).
import type { Db } from "@/lib/db";
import { seedPlaces } from "./places";
import { seedPeople } from "./people";
import { linkRecruitmentIndicators, seedPlans } from "./plan";
import { seedRecruitment } from "./recruitment";
import { seedConversation } from "./conversation";
import { seedActionPlans } from "@/lib/action-plans/seed";

export async function seedDemo(db: Db) {
  await seedPlaces(db);
  await seedPeople(db);
  await seedPlans(db);
  await seedActionPlans(db);
  await seedRecruitment(db);
  await linkRecruitmentIndicators(db);
  await seedConversation(db);
}
