import { EvaluationIndex } from "@/components/evaluation/evaluation-index";
import { requirePage } from "@/lib/auth/guard";
import { evaluationIndex } from "@/lib/evaluation/versions";

export default async function EvaluationsPage() {
  await requirePage("reports.view");
  return <EvaluationIndex plans={await evaluationIndex()} />;
}
