// The weekly digest e-mail (Czech, plain text): the user's due items by kind, each with an absolute link.
import { createTranslator } from "use-intl/core";
import cs from "@/messages/cs/evaluation.json";
import { formatDate } from "@/lib/format";
import { TASK_KINDS, type Task } from "@/lib/tasks/due";

const t = createTranslator({ locale: "cs", messages: cs, namespace: "tasks" });

export type Digest = { subject: string; text: string };

export function digestMail(input: {
  name: string;
  tasks: Task[];
  week: { year: number; week: number };
  appUrl: string;
}): Digest {
  const base = input.appUrl.replace(/\/+$/, "");
  const sections = TASK_KINDS.map((kind) => {
    const items = input.tasks.filter((task) => task.kind === kind);
    if (items.length === 0) return null;
    const lines = items.map((task) => {
      const notes = [
        task.plan ? t("plan", { period: task.plan }) : null,
        task.date
          ? t(kind === "overdue" ? "email.deadline" : "email.eventDate", { date: formatDate(task.date) })
          : null,
      ].filter(Boolean);
      return `- ${task.title}${notes.length ? ` (${notes.join(", ")})` : ""}\n  ${base}${task.href}`;
    });
    return `${t(`kinds.${kind}`)} (${items.length}):\n${lines.join("\n")}`;
  }).filter((section) => section !== null);
  const text = [
    t("email.greeting", { name: input.name }),
    t("email.intro"),
    ...sections,
    `${t("email.all", { url: `${base}/moje-ukoly` })}\n${t("email.optOut")}`,
    t("email.signature"),
  ].join("\n\n");
  return { subject: t("email.subject", input.week), text: `${text}\n` };
}
