import { ProgrammeList } from "@/components/programmes/programme-list";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { programmesOverview } from "@/lib/programmes/overview";

export default async function ProgrammesPage() {
  const user = await requirePage("recruitment.view");
  return <ProgrammeList programmes={await programmesOverview()} canManage={can(user.role, "programme.manage")} />;
}
