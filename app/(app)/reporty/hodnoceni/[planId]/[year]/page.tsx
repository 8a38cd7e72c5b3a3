import { notFound } from "next/navigation";
import { EvaluationView } from "@/components/evaluation/evaluation-view";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { evaluationPage } from "@/lib/evaluation/page";

type Params = {
  params: Promise<{ planId: string; year: string }>;
  searchParams: Promise<{ verze?: string | string[] }>;
};

export default async function EvaluationPage({ params, searchParams }: Params) {
  const user = await requirePage("reports.view");
  const [{ planId, year }, { verze }] = await Promise.all([params, searchParams]);
  const page = await evaluationPage(planId, year, Array.isArray(verze) ? verze[0] : verze);
  if (!page) notFound();
  return (
    <EvaluationView
      page={page}
      canEdit={can(user.role, "evaluation.prepare")}
      canApprove={can(user.role, "evaluation.approve")}
    />
  );
}
