-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "RecruitmentEvent" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';
