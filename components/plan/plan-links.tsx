import { getTranslations } from "next-intl/server";
import { PageOrFileLink } from "@/components/ui/page-or-file-link";

/** The plan's other views and tools: list, action plans, export, import, plan settings. */
export async function PlanLinks({
  planId,
  canEdit,
  canManage,
}: {
  planId: string;
  canEdit: boolean;
  canManage: boolean;
}) {
  const t = await getTranslations("plan");
  const links = [
    { href: `/strategicky-plan/opatreni?plan=${planId}`, label: t("measuresList"), show: true },
    { href: `/strategicky-plan/akcni-plany?plan=${planId}`, label: t("actionPlans"), show: true },
    { href: `/api/export/plan/${planId}?format=xlsx`, label: t("exportXlsx"), show: true },
    { href: `/api/export/plan/${planId}?format=csv`, label: t("exportCsv"), show: true },
    { href: `/strategicky-plan/import?plan=${planId}`, label: t("import"), show: canEdit },
    { href: `/strategicky-plan/plany/${planId}`, label: t("editPlan"), show: canManage },
    { href: `/strategicky-plan/plany/novy`, label: t("newPlan"), show: canManage },
  ];
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {links
        .filter((l) => l.show)
        .map((l) => (
          <li key={l.href}>
            <PageOrFileLink href={l.href}>{l.label}</PageOrFileLink>
          </li>
        ))}
    </ul>
  );
}
