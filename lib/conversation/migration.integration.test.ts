// The data migration that gave reviews made before the thread existed their thread entry.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listMigrations } from "@/lib/db/migrations";
import { currentProvider } from "@/lib/db/url";

const { sql } = listMigrations(currentProvider()).find((m) => m.name.endsWith("_comments_from_review"))!;

describe("comments from earlier reviews (migration)", () => {
  it("writes each reviewed event's latest return reason or confirmation note once, by its reviewer, at the review's time", async () => {
    await db.comment.deleteMany();
    const noted = await db.recruitmentEvent.findFirstOrThrow({
      where: { status: "CONFIRMED", organisationId: "org-rvc" },
      orderBy: { id: "asc" },
    });
    await db.recruitmentEvent.update({ where: { id: noted.id }, data: { reviewComment: "Děkujeme za podklady." } });
    await db.$executeRawUnsafe(sql);
    await db.$executeRawUnsafe(sql); // a second run adds nothing

    const returned = await db.recruitmentEvent.findUniqueOrThrow({ where: { id: "evt-2026-open-4" } });
    expect(await db.comment.findUnique({ where: { id: "review_evt-2026-open-4" } })).toMatchObject({
      recruitmentEventId: returned.id,
      authorId: returned.reviewedById,
      kind: "RETURNED",
      text: returned.reviewComment,
      createdAt: returned.reviewedAt,
    });
    expect(await db.comment.findUnique({ where: { id: `review_${noted.id}` } })).toMatchObject({
      kind: "CONFIRMED",
      text: "Děkujeme za podklady.",
    });
    const confirmed = await db.recruitmentEvent.count({ where: { status: "CONFIRMED", reviewedById: { not: null } } });
    expect(await db.comment.count({ where: { kind: "CONFIRMED" } })).toBe(confirmed);
    expect(await db.comment.count({ where: { kind: "RETURNED" } })).toBe(1);
    expect(
      await db.comment.count({
        where: { recruitmentEvent: { status: { in: ["SUBMITTED", "DRAFT"] }, reviewedById: null } },
      }),
    ).toBe(0);
  });
});
