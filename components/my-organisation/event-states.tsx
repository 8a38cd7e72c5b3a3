import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import type { MyOrganisation } from "@/lib/my-organisation/queries";

type State = MyOrganisation["events"][number];

const allHref = (organisationId: string, status: string) =>
  `/nabor?organizace=${encodeURIComponent(organisationId)}&stav=${status}`;

/** One review state: its count, the latest events (returned ones with the reason and "Opravit"), and the full list's link. */
async function StateCard({ state, organisationId }: { state: State; organisationId: string }) {
  const t = await getTranslations("myOrganisation");
  const locale = await getLocale();
  const returned = state.status === "RETURNED";
  const name = t(`states.${state.status}`);
  const id = `state-${state.status}`;
  return (
    <section
      className={`card space-y-2 ${returned ? "border-amber-400 bg-amber-50 md:col-span-3" : ""}`}
      aria-labelledby={id}
      data-testid={id}
    >
      <h3 id={id} className="flex flex-wrap items-baseline justify-between gap-2 font-semibold">
        <span>{name}</span>
        <span className="tabular-nums" data-testid={`${id}-count`} data-count={state.count}>
          {t("count", { count: state.count })}
        </span>
      </h3>
      <p className="text-sm text-gray-700">{t(`hints.${state.status}`)}</p>
      {state.latest.length === 0 ? (
        <p className="text-sm">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-gray-200">
          {state.latest.map((e) => (
            <li key={e.id} className="space-y-1 py-2">
              <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                <Link href={`/nabor/akce/${e.id}`} className="break-words">
                  {e.title}
                </Link>
                <span className="text-sm tabular-nums text-gray-700">{formatDate(e.startDate, locale)}</span>
              </div>
              {returned && e.reviewComment ? (
                <p className="text-sm" data-testid="return-reason">
                  <span className="font-medium">{t("reason")}</span> {e.reviewComment}
                </p>
              ) : null}
              {returned || state.status === "DRAFT" ? (
                <Link
                  href={`/nabor/akce/${e.id}/upravit`}
                  className={returned ? "btn" : "btn-secondary"}
                  aria-label={t(returned ? "fixLabel" : "continueLabel", { title: e.title })}
                >
                  {t(returned ? "fix" : "continue")}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {state.count > 0 ? (
        <p className="text-sm">
          <Link href={allHref(organisationId, state.status)}>
            {t("all")} ({state.count})<span className="sr-only"> – {name}</span>
          </Link>
        </p>
      ) : null}
    </section>
  );
}

/** Returned events first and across the page (they need the member's work), then drafts, submitted and confirmed. */
export async function EventStates({ data }: { data: MyOrganisation }) {
  const t = await getTranslations("myOrganisation");
  const [returned, ...rest] = data.events;
  return (
    <section className="space-y-3" aria-labelledby="my-events-heading">
      <h2 id="my-events-heading" className="text-lg font-semibold">
        {t("events")}
      </h2>
      <div className="grid gap-4 md:grid-cols-3">
        {returned.count > 0 ? <StateCard state={returned} organisationId={data.organisation.id} /> : null}
        {rest.map((s) => (
          <StateCard key={s.status} state={s} organisationId={data.organisation.id} />
        ))}
      </div>
    </section>
  );
}
