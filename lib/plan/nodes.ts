import "server-only";
// One shape for the rows of the plan tree (areas, goals, measures, indicators), so that archiving, reordering and
// saving are written once: `parentId` is the plan of an area, the area of a goal, the goal of a measure...
import type { Tx } from "@/lib/db";
import { UserError } from "@/lib/actions/errors";

export type NodeKind = "area" | "goal" | "measure" | "indicator";
export type Node = { id: string; parentId: string; code?: string; archivedAt: Date | null; [field: string]: unknown };
type Row = Record<string, unknown> & { id: string };
type Delegate = {
  findUnique(args: object): Promise<Row | null>;
  findMany(args: object): Promise<Row[]>;
  update(args: object): Promise<Row>;
  create(args: object): Promise<Row>;
  count(args: object): Promise<number>;
};

const PARENT = { area: "planId", goal: "areaId", measure: "goalId", indicator: "measureId" } as const;

export function nodeModel(tx: Tx, kind: NodeKind) {
  const delegate = { area: tx.priorityArea, goal: tx.goal, measure: tx.measure, indicator: tx.indicator }[
    kind
  ] as unknown as Delegate;
  const field = PARENT[kind];
  const node = (row: Row | null) => (row ? ({ ...row, parentId: row[field] } as Node) : null);
  return {
    findUnique: async (where: { id: string }) => node(await delegate.findUnique({ where })),
    update: async (id: string, data: object) => node(await delegate.update({ where: { id }, data }))!,
    create: async (parentId: string, data: object) =>
      node(await delegate.create({ data: { ...data, [field]: parentId } }))!,
    children: async (parentId: string) =>
      (
        await delegate.findMany({
          where: { [field]: parentId, archivedAt: null },
          orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        })
      ).map((r) => node(r)!),
  };
}

/** The code of the parent a new area (none) or goal (the area's) must continue; notFound when it does not exist. */
export async function parentCodeOf(tx: Tx, kind: "area" | "goal", parentId: string): Promise<string | null> {
  if (kind === "area") {
    if (!(await tx.plan.count({ where: { id: parentId } }))) throw new UserError("notFound");
    return null;
  }
  const area = await tx.priorityArea.findUnique({ where: { id: parentId } });
  if (!area || area.archivedAt) throw new UserError("notFound");
  return area.code;
}
