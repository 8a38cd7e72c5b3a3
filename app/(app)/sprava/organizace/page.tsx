import { OrganisationRegister } from "@/components/organisations/organisation-register";
import { requirePage } from "@/lib/auth/guard";
import { listOrganisations, parseActiveFilter } from "@/lib/organisations/queries";

export default async function OrganisationsPage({
  searchParams,
}: {
  searchParams: Promise<{ stav?: string | string[] }>;
}) {
  await requirePage("organisations.manage");
  const filter = parseActiveFilter((await searchParams).stav);
  return <OrganisationRegister rows={await listOrganisations(filter)} filter={filter} />;
}
