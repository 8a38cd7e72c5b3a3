-- Reviews made before events had a thread: each reviewed event gets its latest review as a thread entry (the
-- return reason or the confirmation note), so that the event's history still says what was decided and said.
-- Confirmations without a note are included too: the history shows reviews from the thread, not from the audit log.
INSERT INTO "Comment" ("id", "recruitmentEventId", "authorId", "kind", "text", "createdAt")
SELECT 'review_' || "id", "id", "reviewedById",
       CASE WHEN "status" = 'CONFIRMED' THEN 'CONFIRMED' ELSE 'RETURNED' END,
       COALESCE("reviewComment", ''), COALESCE("reviewedAt", "updatedAt")
FROM "RecruitmentEvent"
WHERE "reviewedById" IS NOT NULL AND ("reviewComment" IS NOT NULL OR "status" = 'CONFIRMED')
  AND NOT EXISTS (SELECT 1 FROM "Comment" WHERE "Comment"."id" = 'review_' || "RecruitmentEvent"."id");
