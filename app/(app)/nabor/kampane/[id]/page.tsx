import { notFound } from "next/navigation";
import { CampaignDetail } from "@/components/campaigns/campaign-detail";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { campaignDetail } from "@/lib/campaigns/queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ strana?: string }> };

export default async function CampaignPage({ params, searchParams }: Props) {
  const user = await requirePage("recruitment.view");
  const page = Math.min(10_000, Math.max(1, Number.parseInt((await searchParams).strana ?? "1", 10) || 1));
  const detail = await campaignDetail((await params).id, user, page);
  if (!detail) notFound();
  return (
    <CampaignDetail
      detail={detail}
      page={page}
      canManage={can(user.role, "campaigns.manage")}
      canReview={can(user.role, "event.review")}
    />
  );
}
