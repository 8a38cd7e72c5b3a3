import { NodeForm } from "@/components/plan/node-form";
import { requirePage } from "@/lib/auth/guard";
import { nodeFormData } from "@/lib/plan/node-queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ plan?: string }> };

export default async function AreaPage({ params, searchParams }: Props) {
  await requirePage("plan.write");
  const { node, ...data } = await nodeFormData("area", (await params).id, (await searchParams).plan);
  return <NodeForm kind="area" {...data} initial={node ?? undefined} />;
}
