import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / next links that keep the other URL parameters; `param` holds the page number. */
export async function Pager({
  page,
  pages,
  params,
  param = "strana",
}: {
  page: number;
  pages: number;
  params: Record<string, string | undefined>;
  param?: string;
}) {
  const t = await getTranslations("pager");
  const href = (to: number) =>
    `?${new URLSearchParams({ ...(Object.fromEntries(Object.entries(params).filter(([, v]) => v)) as Record<string, string>), [param]: String(to) })}`;
  return (
    <nav aria-label={t("label")} className="mt-3 flex items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="link-target">
          {t("previous")}
        </Link>
      ) : null}
      <span>{t("page", { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className="link-target">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
