-- AlterTable
ALTER TABLE "Programme" ADD COLUMN "participants" INTEGER;

-- CreateTable
CREATE TABLE "IndicatorSourceEventType" (
    "indicatorId" TEXT NOT NULL,
    "eventTypeId" TEXT NOT NULL,

    PRIMARY KEY ("indicatorId", "eventTypeId"),
    CONSTRAINT "IndicatorSourceEventType_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "IndicatorSourceEventType_eventTypeId_fkey" FOREIGN KEY ("eventTypeId") REFERENCES "EventType" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EvaluationVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "evaluationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedAt" DATETIME,
    "approvedById" TEXT,
    "snapshot" TEXT,
    CONSTRAINT "EvaluationVersion_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EvaluationVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EvaluationVersion_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_EvaluationVersion" ("content", "createdAt", "createdById", "evaluationId", "id", "version") SELECT "content", "createdAt", "createdById", "evaluationId", "id", "version" FROM "EvaluationVersion";
DROP TABLE "EvaluationVersion";
ALTER TABLE "new_EvaluationVersion" RENAME TO "EvaluationVersion";
CREATE UNIQUE INDEX "EvaluationVersion_evaluationId_version_key" ON "EvaluationVersion"("evaluationId", "version");
CREATE TABLE "new_Indicator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "measureId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "direction" TEXT NOT NULL DEFAULT 'HIGHER_IS_BETTER',
    "baselineValue" REAL NOT NULL,
    "baselineYear" INTEGER NOT NULL,
    "targetValue" REAL NOT NULL,
    "targetDate" DATETIME NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "weight" REAL NOT NULL DEFAULT 1,
    "archivedAt" DATETIME,
    "source" TEXT NOT NULL DEFAULT 'MANUAL',
    "sourceProgrammeId" TEXT,
    "sourcePlaceId" TEXT,
    "sourceCareKind" TEXT,
    "sourceCareFigure" TEXT,
    CONSTRAINT "Indicator_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Indicator_sourceProgrammeId_fkey" FOREIGN KEY ("sourceProgrammeId") REFERENCES "Programme" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Indicator_sourcePlaceId_fkey" FOREIGN KEY ("sourcePlaceId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Indicator" ("archivedAt", "baselineValue", "baselineYear", "direction", "id", "measureId", "name", "sortOrder", "targetDate", "targetValue", "unit") SELECT "archivedAt", "baselineValue", "baselineYear", "direction", "id", "measureId", "name", "sortOrder", "targetDate", "targetValue", "unit" FROM "Indicator";
DROP TABLE "Indicator";
ALTER TABLE "new_Indicator" RENAME TO "Indicator";
CREATE INDEX "Indicator_measureId_idx" ON "Indicator"("measureId");
CREATE INDEX "Indicator_sourceProgrammeId_idx" ON "Indicator"("sourceProgrammeId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
