import { CampaignList } from "@/components/campaigns/campaign-list";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listCampaigns } from "@/lib/campaigns/queries";

export default async function CampaignsPage() {
  const user = await requirePage("recruitment.view");
  return <CampaignList campaigns={await listCampaigns()} canManage={can(user.role, "campaigns.manage")} />;
}
