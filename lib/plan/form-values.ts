// Stored rows → the string values the forms edit (and the "current values" sent back on a version conflict).
import { formatNumber } from "@/lib/format";
import type { MeasureInput } from "./schema";

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
const money = (haler: bigint | null) =>
  haler === null ? "" : formatNumber(Number(haler) / 100, "cs").replace(/\s/g, " ");

type MeasureRow = {
  id: string;
  version: number;
  goalId: string;
  code: string;
  title: string;
  description: string | null;
  responsibleBody: string | null;
  responsibleOrgId: string | null;
  startDate: Date | null;
  deadline: Date | null;
  plannedBudgetHaler: bigint | null;
  spentBudgetHaler: bigint | null;
  fundingSources: string | null;
  status: MeasureInput["status"];
  statusReason: string | null;
  progressPercent: number | null;
  weight: number;
  partners?: { organisationId: string }[];
};

export function measureFormValues(m: MeasureRow): MeasureInput {
  return {
    id: m.id,
    version: m.version,
    goalId: m.goalId,
    code: m.code,
    title: m.title,
    description: m.description ?? "",
    responsibleBody: m.responsibleBody ?? "",
    responsibleOrgId: m.responsibleOrgId ?? "",
    partnerIds: m.partners?.map((p) => p.organisationId) ?? [],
    startDate: isoDay(m.startDate),
    deadline: isoDay(m.deadline),
    plannedBudget: money(m.plannedBudgetHaler),
    spentBudget: money(m.spentBudgetHaler),
    fundingSources: m.fundingSources ?? "",
    status: m.status,
    statusReason: m.statusReason ?? "",
    progressPercent: m.progressPercent ?? "",
    weight: m.weight,
  };
}
