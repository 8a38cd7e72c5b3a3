import { ArchivedProgrammes } from "@/components/programmes/archived-programmes";
import { ProgrammeList } from "@/components/programmes/programme-list";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { programmesOverview } from "@/lib/programmes/overview";
import { archivedProgrammes } from "@/lib/programmes/queries";

export default async function ProgrammesPage() {
  const user = await requirePage("recruitment.view");
  const [programmes, archived] = await Promise.all([programmesOverview(), archivedProgrammes()]);
  return (
    <div className="space-y-6">
      <ProgrammeList programmes={programmes} canManage={can(user.role, "programmes.manage")} />
      <ArchivedProgrammes programmes={archived} />
    </div>
  );
}
