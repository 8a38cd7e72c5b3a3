"use client";
import { useTranslations } from "next-intl";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { ROLES } from "@/lib/auth/permissions";
import { Field, inputClass } from "@/components/ui/field";

type Organisation = { id: string; name: string; active?: boolean };

/** Role and organisation of a person, as the invitation and the person page ask for them. An organisation that was
 * deactivated after the person was assigned to it is still offered, marked. */
export function RoleFields({
  role,
  organisation,
  errors,
  organisations,
}: {
  role: UseFormRegisterReturn;
  organisation: UseFormRegisterReturn;
  errors: { role?: FieldError; organisationId?: FieldError };
  organisations: Organisation[];
}) {
  const t = useTranslations();
  return (
    <>
      <Field id="role" ns="people" label={t("people.form.role")} error={errors.role}>
        {(aria) => (
          <select {...aria} className={inputClass} {...role}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="organisationId"
        ns="people"
        label={t("people.form.organisation")}
        hint={t("people.form.organisationHint")}
        error={errors.organisationId}
      >
        {(aria) => (
          <select {...aria} className={inputClass} {...organisation}>
            <option value="">{t("people.form.noOrganisation")}</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.active === false ? t("people.form.inactiveOrganisation", { name: o.name }) : o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
