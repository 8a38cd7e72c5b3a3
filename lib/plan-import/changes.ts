// What an import would do to a plan, worked out against the stored data and nothing written: the preview shows
// it, and the apply step recomputes it inside its transaction and carries it out. Records are matched by code
// (areas, goals, measures) and by measure + name (indicators); only fields that differ are changed.
import type { Db } from "@/lib/db";
import type { Goal, Indicator, Measure, PriorityArea } from "@/lib/db/generated/sqlite/client";
import type { ImportReport, ImportRow, Issue } from "./types";

export type Reader = Pick<Db, "priorityArea" | "measure">;
type Node = { code: string; title: string; existing?: PriorityArea | Goal; areaCode?: string; change: boolean };
export type MeasureChange = {
  row: ImportRow;
  goalCode: string;
  existing?: Measure;
  fields: Record<string, unknown>;
  indicator?: { existing?: Indicator; fields: Record<string, unknown> };
};
export type Changes = {
  issues: Issue[];
  areas: Node[];
  goals: Node[];
  measures: MeasureChange[];
  counts: ImportReport["counts"];
};

const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : (a ?? null) === (b ?? null);

/** The fields of `wanted` that differ from `stored` (undefined = not in the file = keep). */
function diff(stored: Record<string, unknown> | undefined, wanted: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(wanted).filter(([key, value]) => value !== undefined && (!stored || !same(stored[key], value))),
  );
}

const zero = () => ({ create: 0, update: 0, unchanged: 0 });

export async function planChanges(client: Reader, planId: string, rows: ImportRow[]): Promise<Changes> {
  const storedAreas = await client.priorityArea.findMany({ where: { planId }, include: { goals: true } });
  const storedMeasures = await client.measure.findMany({
    where: { planId },
    include: { indicators: { where: { archivedAt: null } } },
  });
  const measureByCode = new Map(storedMeasures.map((m) => [m.code, m]));
  const issues: Issue[] = [];
  const areas = new Map<string, Node>();
  const goals = new Map<string, Node>();
  const measures: MeasureChange[] = [];
  const counts = { areas: zero(), goals: zero(), measures: zero(), indicators: zero() };

  const node = (
    nodes: Map<string, Node>,
    code: string,
    title: string,
    existing: PriorityArea | Goal | undefined,
    extra = {},
  ) => {
    if (!nodes.has(code))
      nodes.set(code, { code, title, existing, change: !existing || existing.title !== title, ...extra });
    return nodes.get(code)!;
  };

  for (const row of rows) {
    const issue = (column: Issue["column"], code: Issue["code"], params?: Issue["params"]) =>
      issues.push({ line: row.line, column, code, params });
    const storedArea = storedAreas.find((a) => a.code === row.areaCode);
    const storedGoal = storedArea?.goals.find((g) => g.code === row.goalCode);
    const existing = measureByCode.get(row.code);
    if (storedArea?.archivedAt) issue("areaCode", "archived", { code: row.areaCode });
    if (storedGoal?.archivedAt) issue("goalCode", "archived", { code: row.goalCode });
    if (existing?.archivedAt) issue("code", "archived", { code: row.code });
    node(areas, row.areaCode, row.areaTitle, storedArea);
    node(goals, row.goalCode, row.goalTitle, storedGoal, { areaCode: row.areaCode });

    const status = row.measure.status ?? existing?.status ?? "NOT_STARTED";
    const reason = row.measure.statusReason !== undefined ? row.measure.statusReason : existing?.statusReason;
    if ((status === "DELAYED" || status === "CANCELLED") && !reason) issue("statusReason", "reasonRequired");

    const wanted = { ...row.measure, goalId: storedGoal?.id };
    const fields = diff(existing, existing ? wanted : { ...wanted, status });
    const change: MeasureChange = { row, goalCode: row.goalCode, existing, fields };
    if (existing && !storedGoal) change.fields.goalId = undefined; // moves under a goal created by this import
    if (row.indicator) {
      const storedIndicator = existing?.indicators.find((i) => i.name === row.indicator!.name);
      const direction = row.indicator.direction ?? storedIndicator?.direction ?? "HIGHER_IS_BETTER";
      const indicatorFields = diff(storedIndicator, { ...row.indicator, direction });
      if (Object.keys(indicatorFields).length > 0)
        change.indicator = { existing: storedIndicator, fields: indicatorFields };
      counts.indicators[!storedIndicator ? "create" : change.indicator ? "update" : "unchanged"]++;
    }
    measures.push(change);
    counts.measures[
      !existing ? "create" : Object.keys(change.fields).length || change.indicator ? "update" : "unchanged"
    ]++;
  }
  for (const [nodes, count] of [
    [areas, counts.areas],
    [goals, counts.goals],
  ] as const) {
    for (const n of nodes.values()) count[!n.existing ? "create" : n.change ? "update" : "unchanged"]++;
  }
  return { issues, areas: [...areas.values()], goals: [...goals.values()], measures, counts };
}

export const changeList = (changes: Changes): ImportReport["changes"] =>
  changes.measures
    .filter((m) => !m.existing || Object.keys(m.fields).length > 0 || m.indicator)
    .map((m) => ({
      line: m.row.line,
      code: m.row.code,
      title: m.row.measure.title,
      action: m.existing ? "update" : "create",
    }));
