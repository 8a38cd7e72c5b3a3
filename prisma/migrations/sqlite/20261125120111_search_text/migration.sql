-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Measure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "responsibleOrgId" TEXT,
    "responsibleBody" TEXT,
    "startDate" DATETIME,
    "deadline" DATETIME,
    "plannedBudgetHaler" BIGINT,
    "spentBudgetHaler" BIGINT,
    "fundingSources" TEXT,
    "status" TEXT NOT NULL DEFAULT 'NOT_STARTED',
    "statusReason" TEXT,
    "progressPercent" INTEGER,
    "weight" REAL NOT NULL DEFAULT 1,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "carriedOverFromId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "searchText" TEXT NOT NULL DEFAULT '',
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Measure_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Measure_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Measure_responsibleOrgId_fkey" FOREIGN KEY ("responsibleOrgId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Measure_carriedOverFromId_fkey" FOREIGN KEY ("carriedOverFromId") REFERENCES "Measure" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Measure" ("archivedAt", "carriedOverFromId", "code", "createdAt", "deadline", "description", "fundingSources", "goalId", "id", "planId", "plannedBudgetHaler", "progressPercent", "responsibleBody", "responsibleOrgId", "sortOrder", "spentBudgetHaler", "startDate", "status", "statusReason", "title", "updatedAt", "version", "weight") SELECT "archivedAt", "carriedOverFromId", "code", "createdAt", "deadline", "description", "fundingSources", "goalId", "id", "planId", "plannedBudgetHaler", "progressPercent", "responsibleBody", "responsibleOrgId", "sortOrder", "spentBudgetHaler", "startDate", "status", "statusReason", "title", "updatedAt", "version", "weight" FROM "Measure";
DROP TABLE "Measure";
ALTER TABLE "new_Measure" RENAME TO "Measure";
CREATE UNIQUE INDEX "Measure_carriedOverFromId_key" ON "Measure"("carriedOverFromId");
CREATE INDEX "Measure_goalId_idx" ON "Measure"("goalId");
CREATE INDEX "Measure_status_idx" ON "Measure"("status");
CREATE INDEX "Measure_deadline_idx" ON "Measure"("deadline");
CREATE UNIQUE INDEX "Measure_planId_code_key" ON "Measure"("planId", "code");
CREATE TABLE "new_RecruitmentEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "eventTypeId" TEXT NOT NULL,
    "campaignId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "startDate" DATETIME NOT NULL,
    "endDate" DATETIME,
    "municipality" TEXT,
    "placeId" TEXT,
    "audience" TEXT NOT NULL DEFAULT 'PUBLIC',
    "peopleReached" INTEGER,
    "costHaler" BIGINT,
    "inquiries" INTEGER,
    "applicants" INTEGER,
    "realisation" TEXT NOT NULL DEFAULT 'REALISED',
    "status" TEXT NOT NULL DEFAULT 'SUBMITTED',
    "reviewComment" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" DATETIME,
    "createdById" TEXT,
    "idempotencyKey" TEXT,
    "importKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "searchText" TEXT NOT NULL DEFAULT '',
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RecruitmentEvent_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RecruitmentEvent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RecruitmentEvent_eventTypeId_fkey" FOREIGN KEY ("eventTypeId") REFERENCES "EventType" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RecruitmentEvent_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "RecruitmentEvent_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "RecruitmentEvent_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "RecruitmentEvent_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_RecruitmentEvent" ("applicants", "archivedAt", "audience", "campaignId", "costHaler", "createdAt", "createdById", "description", "endDate", "eventTypeId", "id", "idempotencyKey", "importKey", "inquiries", "municipality", "organisationId", "peopleReached", "placeId", "programmeId", "realisation", "reviewComment", "reviewedAt", "reviewedById", "startDate", "status", "title", "updatedAt", "version") SELECT "applicants", "archivedAt", "audience", "campaignId", "costHaler", "createdAt", "createdById", "description", "endDate", "eventTypeId", "id", "idempotencyKey", "importKey", "inquiries", "municipality", "organisationId", "peopleReached", "placeId", "programmeId", "realisation", "reviewComment", "reviewedAt", "reviewedById", "startDate", "status", "title", "updatedAt", "version" FROM "RecruitmentEvent";
DROP TABLE "RecruitmentEvent";
ALTER TABLE "new_RecruitmentEvent" RENAME TO "RecruitmentEvent";
CREATE UNIQUE INDEX "RecruitmentEvent_idempotencyKey_key" ON "RecruitmentEvent"("idempotencyKey");
CREATE INDEX "RecruitmentEvent_programmeId_status_startDate_idx" ON "RecruitmentEvent"("programmeId", "status", "startDate");
CREATE INDEX "RecruitmentEvent_organisationId_startDate_idx" ON "RecruitmentEvent"("organisationId", "startDate");
CREATE INDEX "RecruitmentEvent_placeId_startDate_idx" ON "RecruitmentEvent"("placeId", "startDate");
CREATE INDEX "RecruitmentEvent_eventTypeId_startDate_idx" ON "RecruitmentEvent"("eventTypeId", "startDate");
CREATE INDEX "RecruitmentEvent_startDate_idx" ON "RecruitmentEvent"("startDate");
CREATE UNIQUE INDEX "RecruitmentEvent_organisationId_importKey_key" ON "RecruitmentEvent"("organisationId", "importKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
