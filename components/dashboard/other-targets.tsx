import { getTranslations } from "next-intl/server";
import type { ProgrammeSummary } from "@/lib/programmes/overview";
import { ProgrammesTable } from "@/components/overview/programmes-table";
import { PerParticipant } from "@/components/programmes/per-participant";
import { PlaceTable } from "@/components/programmes/place-table";

/** The project's other counted targets: totals, and per place where targets are set per ORP or district. */
export async function OtherTargets({ programmes }: { programmes: ProgrammeSummary[] }) {
  const t = await getTranslations("dashboard");
  const others = programmes.filter((p) => !p.code.startsWith("NRP"));
  return (
    <>
      <ProgrammesTable programmes={others} heading={t("otherTargets")} />
      {others.map((p) => (
        <PerParticipant key={p.id} p={p} withName />
      ))}
      <div className="grid gap-6 lg:grid-cols-2">
        {others
          .filter((p) => p.places.length > 0)
          .map((p) => (
            <section key={p.id} className="card overflow-x-auto" aria-label={p.name} tabIndex={0}>
              <PlaceTable rows={p.places} caption={p.name} />
            </section>
          ))}
      </div>
    </>
  );
}
