import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { programmeFormValues } from "@/lib/programmes/form-values";
import type { ProgrammeDetail as Detail } from "@/lib/programmes/overview";
import { ProgrammeForm } from "./programme-form";
import { ProgrammeSummary } from "./programme-summary";
import { ArchiveProgrammeButton } from "./archive-programme-button";

/** One programme: its numbers and tables, its confirmed events per type, and the coordinator's edit form. */
export async function ProgrammeDetail({ detail, canManage }: { detail: Detail; canManage: boolean }) {
  const t = await getTranslations("programmes");
  const locale = await getLocale();
  const { programme, summary, typeCounts, eventTypes, places, linkedIndicators } = detail;
  const typeName = (type?: { nameCs: string; nameEn: string }) =>
    type ? (locale === "cs" ? type.nameCs : type.nameEn) : "—";
  const counted = eventTypes.filter((e) => programme.countedTypes.some((c) => c.eventTypeId === e.id));
  return (
    <div className="space-y-6">
      <Link href="/nabor/programy" className="text-sm">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">{programme.name}</h1>
      {programme.active ? null : (
        <p className="rounded-md bg-amber-100 p-2 text-sm text-amber-900">{t("archive.archivedState")}</p>
      )}
      {programme.description ? <p className="max-w-3xl">{programme.description}</p> : null}
      <section className="card" aria-labelledby="numbers-heading">
        <h2 id="numbers-heading" className="mb-2 text-lg font-semibold">
          {t("numbers")}
        </h2>
        <ProgrammeSummary p={summary} />
      </section>
      {linkedIndicators.length ? (
        <section className="card space-y-2" aria-labelledby="linked-heading">
          <h2 id="linked-heading" className="text-lg font-semibold">
            {t("linkedIndicators")}
          </h2>
          <p className="text-sm">{t("linkedIndicatorsHint")}</p>
          <ul className="list-disc pl-5 text-sm">
            {linkedIndicators.map((i) => (
              <li key={i.id}>
                <Link href={`/strategicky-plan/opatreni/${i.measure.id}`}>
                  {i.measure.code} {i.measure.title}
                </Link>{" "}
                – {i.name} ({i.measure.plan.name})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card space-y-3" aria-labelledby="types-heading">
        <h2 id="types-heading" className="text-lg font-semibold">
          {t("types")}
        </h2>
        <p className="text-sm">
          {t("countedTypes")}: {counted.length ? counted.map(typeName).join(", ") : t("allTypes")}
        </p>
        {typeCounts.length === 0 ? (
          <p className="text-sm">{t("noEvents")}</p>
        ) : (
          <table className="table max-w-xl">
            <thead>
              <tr>
                <th scope="col">{t("type")}</th>
                <th scope="col" className="!text-right">
                  {t("confirmed")}
                </th>
              </tr>
            </thead>
            <tbody>
              {typeCounts.map((row) => (
                <tr key={row.eventTypeId}>
                  <th scope="row" className="font-normal">
                    {typeName(row.type)}
                  </th>
                  <td className="text-right">{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="text-sm">
          <Link href={`/nabor?program=${programme.id}`}>{t("eventsLink")}</Link>
        </p>
      </section>
      {canManage ? (
        <section className="card space-y-2" aria-labelledby="archive-heading">
          <h2 id="archive-heading" className="text-lg font-semibold">
            {t("archive.heading")}
          </h2>
          <p className="text-sm">{t("archive.hint")}</p>
          <ArchiveProgrammeButton id={programme.id} active={programme.active} />
        </section>
      ) : null}
      {canManage ? (
        <section className="card" aria-labelledby="edit-heading">
          <h2 id="edit-heading" className="mb-3 text-lg font-semibold">
            {t("form.edit")}
          </h2>
          <ProgrammeForm
            initial={programmeFormValues(programme, places)}
            eventTypes={eventTypes}
            places={places}
            locale={locale}
          />
        </section>
      ) : null}
    </div>
  );
}
