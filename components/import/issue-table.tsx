// The errors a dry run found, one per row and column, shared by the imports' previews. Each import's messages
// namespace holds the same keys (issuesTitle, issuesIntro, issuesChoose, line, column, problem, wholeFile, moreIssues,
// issues.<code>); `t` is that namespace's translator.
import type { SheetIssue } from "@/lib/spreadsheet/types";

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Props<Column extends string> = {
  testId: string;
  /** The dry run's report: the issues shown, how many more there are, how many rows they reject. */
  report: { issues: SheetIssue<Column>[]; moreIssues: number; rejected: number };
  t: Translate;
  header: (column: Column) => string;
  noParams: Record<string, string>;
};

export function IssueTable<Column extends string>({
  testId,
  report: { issues, moreIssues, rejected },
  t,
  header,
  noParams,
}: Props<Column>) {
  const total = issues.length + moreIssues;
  if (total === 0) return null;
  return (
    <div className="space-y-2 overflow-x-auto">
      <table className="table" data-testid={testId}>
        <caption className="mb-2 text-left">
          <span className="block text-lg font-semibold text-red-900">{t("issuesTitle", { count: total })}</span>
          <span className="block">{t(rejected > 0 ? "issuesChoose" : "issuesIntro")}</span>
        </caption>
        <thead>
          <tr>
            {[t("line"), t("column"), t("problem")].map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={i}>
              <td className="whitespace-nowrap">{issue.line ?? t("wholeFile")}</td>
              <td>{issue.column ? header(issue.column) : "—"}</td>
              <td>{t(`issues.${issue.code}`, { ...noParams, ...issue.params })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {moreIssues > 0 ? <p>{t("moreIssues", { count: moreIssues })}</p> : null}
    </div>
  );
}
