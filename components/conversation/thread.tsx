import { getLocale, getTranslations } from "next-intl/server";
import type { HistoryEntry } from "@/lib/conversation/queries";
import type { ThreadRecord } from "@/lib/conversation/write";
import { formatDateTime } from "@/lib/format";
import { AddCommentForm } from "./add-comment-form";

type Props = { entries: HistoryEntry[]; record: ThreadRecord; canComment: boolean };

const accent = {
  RETURNED: "border-amber-500",
  RESUBMITTED: "border-blue-500",
  CONFIRMED: "border-green-600",
  COMMENT: "border-gray-300",
  edit: "border-gray-200",
};

/** A record's thread (on an event also its edits): who said or did what and when, oldest first. */
export async function Thread({ entries, record, canComment }: Props) {
  const t = await getTranslations();
  const locale = await getLocale();
  const who = ({ author }: HistoryEntry) => {
    if (!author) return "—";
    const { name, role, organisation } = author;
    return t("conversation.author", {
      name,
      of: role === "MEMBER" && organisation ? organisation.name : t(`conversation.role.${role}`),
    });
  };
  const what = (e: HistoryEntry) => {
    if (e.type === "edit") return t.has(`event.action.${e.action}`) ? t(`event.action.${e.action}`) : e.action;
    const kind = t(`conversation.kind.${e.kind}`);
    return e.text ? t("conversation.said", { kind, text: e.text }) : kind;
  };
  return (
    <section className="card" aria-labelledby="thread-heading">
      <h2 id="thread-heading" className="mb-3 text-lg font-semibold">
        {t(record.eventId ? "conversation.title" : "conversation.titleMeasure")}
      </h2>
      {entries.length === 0 ? (
        <p>{t("conversation.empty")}</p>
      ) : (
        <ol className="space-y-3" data-testid="thread">
          {entries.map((e) => (
            <li key={e.id} className={`border-l-4 pl-3 ${accent[e.type === "edit" ? "edit" : e.kind]}`}>
              <p className="text-sm text-gray-700">
                <span className="font-medium text-gray-900">{who(e)}</span> ·{" "}
                <time dateTime={e.createdAt.toISOString()} className="whitespace-nowrap">
                  {formatDateTime(e.createdAt, locale)}
                </time>
              </p>
              <p className={`whitespace-pre-line break-words ${e.type === "edit" ? "text-sm text-gray-700" : ""}`}>
                {what(e)}
              </p>
            </li>
          ))}
        </ol>
      )}
      {canComment ? <AddCommentForm record={record} /> : null}
    </section>
  );
}
