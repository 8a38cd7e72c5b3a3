-- CreateEnum
CREATE TYPE "CommentKind" AS ENUM ('COMMENT', 'RETURNED', 'RESUBMITTED', 'CONFIRMED');

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "recruitmentEventId" TEXT,
    "measureId" TEXT,
    "authorId" TEXT NOT NULL,
    "kind" "CommentKind" NOT NULL DEFAULT 'COMMENT',
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Comment_recruitmentEventId_createdAt_idx" ON "Comment"("recruitmentEventId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_measureId_createdAt_idx" ON "Comment"("measureId", "createdAt");

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_recruitmentEventId_fkey" FOREIGN KEY ("recruitmentEventId") REFERENCES "RecruitmentEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
