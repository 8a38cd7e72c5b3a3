import { NodeForm } from "@/components/plan/node-form";
import { requirePage } from "@/lib/auth/guard";
import { nodeFormData } from "@/lib/plan/node-queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ oblast?: string }> };

export default async function GoalPage({ params, searchParams }: Props) {
  await requirePage("plan.write");
  const { node, ...data } = await nodeFormData("goal", (await params).id, (await searchParams).oblast);
  return <NodeForm kind="goal" {...data} initial={node ?? undefined} />;
}
