import { notFound } from "next/navigation";
import { ProgrammeDetail } from "@/components/programmes/programme-detail";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { programmeDetail } from "@/lib/programmes/overview";

export default async function ProgrammePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("recruitment.view");
  const detail = await programmeDetail((await params).id);
  if (!detail) notFound();
  return <ProgrammeDetail detail={detail} canManage={can(user.role, "programmes.manage")} />;
}
