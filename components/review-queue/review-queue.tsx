import { getTranslations } from "next-intl/server";
import type { QueueItem as Item } from "@/lib/review-queue/queries";
import { BulkConfirm } from "./bulk-confirm";
import { QUEUE_HEADING_ID, QueueProvider } from "./queue-context";
import { QueueItem } from "./queue-item";

/** The coordinator's review queue: submitted events, oldest first, each confirmed or returned here, several at once. */
export async function ReviewQueue({ items, total }: { items: Item[]; total: number }) {
  const t = await getTranslations("reviewQueue");
  return (
    <div className="space-y-4">
      <h1 id={QUEUE_HEADING_ID} tabIndex={-1} className="text-2xl font-semibold">
        {t("title")}
      </h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <p data-testid="queue-count">
        {t("waiting", { count: total })}
        {total > items.length ? ` ${t("shownFirst", { shown: items.length })}` : ""}
      </p>
      <QueueProvider ids={items.map((e) => e.id)}>
        {items.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <>
            <BulkConfirm />
            <section aria-labelledby="queue-list" className="space-y-3">
              <h2 id="queue-list" className="text-lg font-semibold">
                {t("list")}
              </h2>
              <ul className="space-y-3">
                {items.map((e) => (
                  <QueueItem key={e.id} item={e} />
                ))}
              </ul>
            </section>
          </>
        )}
      </QueueProvider>
    </div>
  );
}
