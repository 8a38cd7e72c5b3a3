-- DropIndex
DROP INDEX "RecruitmentEvent_startDate_idx";

-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RecruitmentEvent_startDate_id_idx" ON "RecruitmentEvent"("startDate", "id");

-- The one row that every write bumps (lib/cache/data-version.ts).
INSERT INTO "DataVersion" ("id", "version", "updatedAt") VALUES (1, 0, CURRENT_TIMESTAMP);
