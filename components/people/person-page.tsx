import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";
import type { PersonDetail } from "@/lib/people/queries";
import { AccessActions } from "./access-actions";
import { PersonForm } from "./person-form";
import { StateBadge } from "./state-badge";
import { ResetSecondFactor } from "@/components/two-factor/reset-second-factor";

type Props = {
  person: PersonDetail;
  organisations: { id: string; name: string; active: boolean }[];
  selfId: string;
  now: Date;
};

/** One person's account: facts, the edit form, access (deactivation, links) and the second factor. */
export async function PersonPage({ person, organisations, selfId, now }: Props) {
  const t = await getTranslations();
  const locale = await getLocale();
  const when = (date: Date | null) => (date ? formatDateTime(date, locale) : t("people.never"));
  const self = person.id === selfId;
  const invitation = person.invitationExpiresAt;
  return (
    <div className="max-w-3xl space-y-6">
      <Link href="/sprava/uzivatele" className="link-target text-sm">
        {t("people.backToList")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{person.name}</h1>
        <StateBadge state={person.state} label={t(`people.state.${person.state}`)} />
        {self ? <span className="text-sm text-gray-700">{t("people.person.you")}</span> : null}
      </div>

      <section aria-labelledby="account-heading" className="card">
        <h2 id="account-heading" className="mb-3 text-lg font-semibold">
          {t("people.person.account")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t("people.form.email")}</dt>
          <dd className="break-all">{person.email}</dd>
          <dt className="font-medium">{t("people.column.role")}</dt>
          <dd>{t(`roles.${person.role}`)}</dd>
          <dt className="font-medium">{t("people.column.organisation")}</dt>
          <dd>{person.organisation?.name ?? "—"}</dd>
          <dt className="font-medium">{t("people.person.createdAt")}</dt>
          <dd>{when(person.createdAt)}</dd>
          <dt className="font-medium">{t("people.person.lastSignIn")}</dt>
          <dd>{when(person.lastSignInAt)}</dd>
          {person.state === "ceka" ? (
            <>
              <dt className="font-medium">{t("people.person.invitationUntil")}</dt>
              <dd>
                {!invitation
                  ? t("people.person.noInvitation")
                  : invitation > now
                    ? when(invitation)
                    : t("people.person.invitationExpired", { when: when(invitation) })}
              </dd>
            </>
          ) : null}
        </dl>
        <p className="mt-2 text-xs text-gray-700">{t("people.form.emailFixed")}</p>
      </section>

      <section aria-labelledby="details-heading" className="card space-y-3">
        <h2 id="details-heading" className="text-lg font-semibold">
          {t("people.person.details")}
        </h2>
        <p className="text-sm text-gray-700">{t("people.person.detailsHint")}</p>
        <PersonForm
          initial={{ id: person.id, name: person.name, role: person.role, organisationId: person.organisationId ?? "" }}
          organisations={organisations}
        />
      </section>

      <section aria-labelledby="access-heading" className="card space-y-3">
        <h2 id="access-heading" className="text-lg font-semibold">
          {t("people.person.access")}
        </h2>
        <AccessActions id={person.id} state={person.state} self={self} />
      </section>

      {/* Two-factor sign-in (H4) adds its "reset the second factor" control to this section. */}
      <section aria-labelledby="two-factor-heading" className="card space-y-3" data-testid="two-factor-section">
        <h2 id="two-factor-heading" className="text-lg font-semibold">
          {t("people.person.twoFactor")}
        </h2>
        <p className="text-sm">
          {person.totpEnabledAt
            ? t("people.person.twoFactorOn", { since: when(person.totpEnabledAt) })
            : t("people.person.twoFactorOff")}
        </p>
        <ResetSecondFactor userId={person.id} enabled={!!person.totpEnabledAt} />
      </section>
    </div>
  );
}
