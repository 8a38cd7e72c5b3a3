import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { VersionInfo } from "@/lib/evaluation/versions";
import { formatDateTime } from "@/lib/format";

/** Every saved version, newest first, each openable read-only (?verze=N). */
export async function VersionList({
  base,
  versions,
  shown,
}: {
  base: string;
  versions: VersionInfo[];
  shown: number | null;
}) {
  const t = await getTranslations("evaluation");
  const locale = await getLocale();
  return (
    <section className="card" aria-labelledby="versions-heading">
      <h2 id="versions-heading" className="mb-3 text-lg font-semibold">
        {t("versionsHeading")}
      </h2>
      {versions.length === 0 ? (
        <p>{t("noVersions")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("version")}</th>
              <th scope="col">{t("author")}</th>
              <th scope="col">{t("savedAt")}</th>
              <th scope="col">{t("versionState")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v, i) => (
              <tr key={v.version} data-version={v.version}>
                <th scope="row">
                  <Link
                    href={i === 0 ? base : `${base}?verze=${v.version}`}
                    aria-current={v.version === shown ? "page" : undefined}
                  >
                    {t("openVersion", { version: v.version })}
                  </Link>
                  {i === 0 ? <span className="ml-2 text-sm font-normal text-gray-700">({t("current")})</span> : null}
                  {v.version === shown ? (
                    <span className="ml-2 text-sm font-normal text-gray-700">({t("shown")})</span>
                  ) : null}
                </th>
                <td>{v.author}</td>
                <td>{formatDateTime(v.createdAt, locale)}</td>
                <td data-testid="version-state">
                  {v.approved ? (
                    <span className="inline-flex rounded border border-green-700 bg-green-50 px-2 py-0.5 text-xs font-medium text-green-900">
                      <span aria-hidden="true">✔&nbsp;</span>
                      {t("approvedOn", { date: formatDateTime(v.approved.at, locale), by: v.approved.by })}
                    </span>
                  ) : (
                    <span className="text-gray-700">{t("draft")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
