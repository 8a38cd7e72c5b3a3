"use client";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { archiveNode, moveNode } from "@/lib/plan/actions/structure";

type Props = { kind: "area" | "goal" | "measure"; id: string; name: string; editHref: string };

/** Edit, move up/down and archive buttons of one row of the plan tree (coordinator only). */
export function NodeControls({ kind, id, name, editHref }: Props) {
  const t = useTranslations("plan");
  const [pending, start] = useTransition();
  const run = (action: () => Promise<unknown>) =>
    start(async () => {
      await action();
    });
  const archive = () => {
    if (window.confirm(t("archiveConfirm", { name }))) run(() => archiveNode({ kind, id }));
  };
  return (
    <span role="group" aria-label={t("controlsOf", { name })} className="ml-2 inline-flex gap-1 align-middle">
      <a href={editHref} className="btn-secondary px-2 py-0.5 text-xs no-underline">
        {t("edit")}
      </a>
      <button
        type="button"
        className="btn-secondary px-2 py-0.5 text-xs"
        disabled={pending}
        onClick={() => run(() => moveNode({ kind, id, direction: "up" }))}
      >
        <span aria-hidden="true">↑</span>
        <span className="sr-only">{t("moveUp")}</span>
      </button>
      <button
        type="button"
        className="btn-secondary px-2 py-0.5 text-xs"
        disabled={pending}
        onClick={() => run(() => moveNode({ kind, id, direction: "down" }))}
      >
        <span aria-hidden="true">↓</span>
        <span className="sr-only">{t("moveDown")}</span>
      </button>
      <button type="button" className="btn-secondary px-2 py-0.5 text-xs" disabled={pending} onClick={archive}>
        {t("archive")}
      </button>
    </span>
  );
}
