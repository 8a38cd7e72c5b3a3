import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { EventPage } from "@/lib/recruitment/event-list";

const PAGING = new Set(["strana", "po", "pred"]);

/**
 * Previous / next links of the events list, keeping the filters. Each link continues from a row of this page (?po= the
 * rows after the last one, ?pred= those before the first), so a far page costs what the first does; ?strana= is only
 * the number shown. Above the counting cap the number of pages is not known and is not shown.
 */
export async function EventPager({
  result,
  params,
}: {
  result: EventPage;
  params: Record<string, string | undefined>;
}) {
  const t = await getTranslations();
  const kept = Object.entries(params).filter(([k, v]) => v && !PAGING.has(k)) as [string, string][];
  const href = (page: number, cursor?: [string, string]) =>
    `?${new URLSearchParams([...kept, ...(page > 1 ? [["strana", String(page)]] : []), ...(cursor ? [cursor] : [])])}`;
  const { page, pages, previous, next } = result;
  return (
    <nav aria-label={t("pager.label")} className="mt-3 flex items-center gap-3 text-sm">
      {previous !== undefined ? (
        <Link
          href={previous === null ? href(1) : href(page - 1, ["pred", previous])}
          rel="prev"
          className="link-target"
        >
          {t("pager.previous")}
        </Link>
      ) : null}
      <span>{result.more ? t("recruitment.pageNumber", { page }) : t("pager.page", { page, pages })}</span>
      {next ? (
        <Link href={href(page + 1, ["po", next])} rel="next" className="link-target">
          {t("pager.next")}
        </Link>
      ) : null}
    </nav>
  );
}
