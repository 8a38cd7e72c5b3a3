-- CreateEnum
CREATE TYPE "IndicatorSource" AS ENUM ('MANUAL', 'PROGRAMME', 'CARE_STATISTICS', 'ACTION_PLAN');

-- CreateEnum
CREATE TYPE "CareFigure" AS ENUM ('APPLICATIONS_FILED', 'APPLICANTS_REGISTERED', 'CHILDREN_PLACED');

-- AlterTable
ALTER TABLE "EvaluationVersion" ADD COLUMN     "approvedAt" TIMESTAMP(3),
ADD COLUMN     "approvedById" TEXT,
ADD COLUMN     "snapshot" TEXT;

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "source" "IndicatorSource" NOT NULL DEFAULT 'MANUAL',
ADD COLUMN     "sourceCareFigure" "CareFigure",
ADD COLUMN     "sourceCareKind" "CareKind",
ADD COLUMN     "sourcePlaceId" TEXT,
ADD COLUMN     "sourceProgrammeId" TEXT,
ADD COLUMN     "weight" DOUBLE PRECISION NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "participants" INTEGER;

-- CreateTable
CREATE TABLE "IndicatorSourceEventType" (
    "indicatorId" TEXT NOT NULL,
    "eventTypeId" TEXT NOT NULL,

    CONSTRAINT "IndicatorSourceEventType_pkey" PRIMARY KEY ("indicatorId","eventTypeId")
);

-- CreateIndex
CREATE INDEX "Indicator_sourceProgrammeId_idx" ON "Indicator"("sourceProgrammeId");

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_sourceProgrammeId_fkey" FOREIGN KEY ("sourceProgrammeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_sourcePlaceId_fkey" FOREIGN KEY ("sourcePlaceId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorSourceEventType" ADD CONSTRAINT "IndicatorSourceEventType_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorSourceEventType" ADD CONSTRAINT "IndicatorSourceEventType_eventTypeId_fkey" FOREIGN KEY ("eventTypeId") REFERENCES "EventType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationVersion" ADD CONSTRAINT "EvaluationVersion_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
