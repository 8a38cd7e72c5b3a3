import { NewProgramme } from "@/components/programmes/new-programme";
import { requirePage } from "@/lib/auth/guard";
import { programmeFormOptions } from "@/lib/programmes/overview";

export default async function NewProgrammePage() {
  await requirePage("programmes.manage");
  return <NewProgramme options={await programmeFormOptions()} />;
}
