import type { ReactNode } from "react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { TASK_KINDS, taskWindow, type Task } from "@/lib/tasks/due";
import { formatDate } from "@/lib/format";
import { RemindersForm } from "./reminders-form";

type Props = { tasks: Task[]; now: Date; reminders: { enabled: boolean; configured: boolean }; upcoming?: ReactNode };

/** "Moje úkoly": the due items by kind, each linking to its page, and the user's weekly e-mail switch. */
export async function TaskList({ tasks, now, reminders, upcoming }: Props) {
  const t = await getTranslations("tasks");
  const locale = await getLocale();
  const { quarter } = taskWindow(now);
  const groups = TASK_KINDS.map((kind) => ({ kind, items: tasks.filter((task) => task.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-gray-700">{t("intro", quarter)}</p>
      </div>
      {groups.length === 0 ? (
        <p className="card" data-testid="no-tasks">
          {t("none")}
        </p>
      ) : null}
      {groups.map(({ kind, items }) => (
        <section key={kind} className="card" aria-labelledby={`tasks-${kind}`} data-kind={kind}>
          <h2 id={`tasks-${kind}`} className="text-lg font-semibold">
            {t(`kinds.${kind}`)}{" "}
            <span className="text-base font-normal text-gray-700">({t("count", { count: items.length })})</span>
          </h2>
          <p className="mb-3 text-sm text-gray-700">{t(`hints.${kind}`)}</p>
          <ul className="divide-y divide-gray-200">
            {items.map((task) => (
              <li key={task.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span>
                  <Link href={task.href}>{task.title}</Link>
                  {task.plan ? (
                    <span className="ml-2 text-sm text-gray-700">({t("plan", { period: task.plan })})</span>
                  ) : null}
                </span>
                {task.date ? (
                  <span className="text-sm text-gray-700">
                    {t(kind === "overdue" ? "deadline" : "eventDate", { date: formatDate(task.date, locale) })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {upcoming}
      <section className="card" aria-labelledby="reminders-heading">
        <h2 id="reminders-heading" className="text-lg font-semibold">
          {t("reminders.heading")}
        </h2>
        <p className="mb-3 text-sm text-gray-700">{t("reminders.text")}</p>
        {reminders.configured ? null : <p className="mb-3 text-sm text-gray-700">{t("reminders.notConfigured")}</p>}
        <RemindersForm enabled={reminders.enabled} />
      </section>
    </div>
  );
}
