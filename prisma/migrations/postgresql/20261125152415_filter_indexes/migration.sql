-- CreateIndex
CREATE INDEX "AuditLog_action_createdAt_idx" ON "AuditLog"("action", "createdAt");

-- CreateIndex
CREATE INDEX "Measure_planId_responsibleBody_idx" ON "Measure"("planId", "responsibleBody");

-- CreateIndex
CREATE INDEX "RecruitmentEvent_status_startDate_idx" ON "RecruitmentEvent"("status", "startDate");

-- CreateIndex
CREATE INDEX "RecruitmentEvent_realisation_startDate_idx" ON "RecruitmentEvent"("realisation", "startDate");
