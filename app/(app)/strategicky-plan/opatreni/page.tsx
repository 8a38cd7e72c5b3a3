import { notFound } from "next/navigation";
import { MeasureList } from "@/components/plan/measure-list";
import { requirePage } from "@/lib/auth/guard";
import { filterOptions, listMeasures, parseFilters } from "@/lib/plan/measure-list";
import { firstValues } from "@/lib/url-params";
import { currentPlan } from "@/lib/plan/queries";
import { db } from "@/lib/db";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MeasuresPage({ searchParams }: Props) {
  await requirePage("plan.view");
  const params = firstValues(await searchParams);
  const plan = params.plan ? await db.plan.findUnique({ where: { id: params.plan } }) : await currentPlan();
  if (!plan) notFound();
  const filters = parseFilters(plan.id, params);
  const [options, result] = await Promise.all([filterOptions(plan.id), listMeasures(filters)]);
  return (
    <MeasureList
      planId={plan.id}
      planName={plan.name}
      filters={filters}
      params={params}
      options={options}
      result={result}
    />
  );
}
