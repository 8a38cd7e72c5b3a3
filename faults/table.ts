// One row of the fault table per scenario and database: the fault, the requests made while it lasted, what was
// acknowledged and what is stored, what the users saw, and how long until the app served normally again.
export type Row = {
  fault: string;
  database: "SQLite" | "PostgreSQL";
  requests: number;
  acknowledged: number;
  stored: number;
  /** what users were told, e.g. "503 unavailable × 37" */
  errorsSeen: string;
  /** e.g. "1.2 s after the database was back" */
  recovery: string;
  /** the scenario's own checks; a row that fails one makes `npm run faults` exit 1 */
  failures: string[];
};

export type Scenario = {
  name: string;
  fault: string;
  databases: Row["database"][];
  run: (database: Row["database"], port: number) => Promise<Row>;
};

const HEADER = [
  "Fault",
  "Database",
  "Requests",
  "Acknowledged",
  "Stored",
  "Errors seen by users",
  "Recovery",
  "Result",
];

export function markdown(rows: Row[]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [
    line(HEADER),
    line(HEADER.map(() => "---")),
    ...rows.map((r) =>
      line([
        r.fault,
        r.database,
        r.requests,
        r.acknowledged,
        r.stored,
        r.errorsSeen || "none",
        r.recovery,
        r.failures.length ? `FAILED: ${r.failures.join("; ")}` : "ok",
      ]),
    ),
  ].join("\n");
}

/** "503 unavailable × 12, network × 1" from a tally's statuses and messages (2xx left out). */
export function errorsSeen(statuses: Map<number | string, number>, messages: Map<number, string> = new Map()): string {
  return [...statuses]
    .filter(([status]) => typeof status !== "number" || status >= 300)
    .map(
      ([status, n]) =>
        `${status}${typeof status === "number" && messages.has(status) ? ` ${messages.get(status)}` : ""} × ${n}`,
    )
    .join(", ");
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
