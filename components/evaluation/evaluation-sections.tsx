// The body of a yearly evaluation, shared by the read-only view and the editor: the overall summary, the measures by
// priority area and the programmes, each row ending with the coordinator's comment (text or input).
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { CommentTable, type CommentRow, type CommentTableData } from "./comment-table";

export type CommentKind = "measures" | "programmes";

type Props = {
  year: number;
  summary: ReactNode;
  measures: CommentTableData[];
  programmes: CommentTableData | null;
  comment: (kind: CommentKind, row: CommentRow) => ReactNode;
};

export function EvaluationSections({ year, summary, measures, programmes, comment }: Props) {
  const t = useTranslations("evaluation");
  return (
    <>
      <section className="card" aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="mb-3 text-lg font-semibold">
          {t("summaryHeading")}
        </h2>
        {summary}
      </section>
      <section className="card space-y-6" aria-labelledby="measures-heading">
        <h2 id="measures-heading" className="text-lg font-semibold">
          {t("measuresHeading")}
        </h2>
        {measures.map((table) => (
          <CommentTable key={table.key} table={table} comment={(row) => comment("measures", row)} />
        ))}
      </section>
      <section className="card" aria-labelledby="programmes-heading">
        <h2 id="programmes-heading" className="mb-3 text-lg font-semibold">
          {t("programmesHeading", { year })}
        </h2>
        {programmes ? (
          <CommentTable table={programmes} comment={(row) => comment("programmes", row)} />
        ) : (
          <p>{t("noProgrammes")}</p>
        )}
      </section>
    </>
  );
}
