// npm run faults [-- <scenario>…]: builds the app, runs each fault scenario on SQLite and PostgreSQL where it
// applies (one at a time, each on a fresh database with the demo data), prints the fault table and writes it to
// faults/results.md. Exits 1 when any scenario's checks fail. Not part of `npm test` (minutes, and some need root).
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { markdown, type Row, type Scenario } from "./table";
import { scenarios } from "./scenarios";

const chosen = process.argv.slice(2);
const todo: Scenario[] = chosen.length ? scenarios.filter((s) => chosen.includes(s.name)) : scenarios;
if (chosen.length && todo.length !== chosen.length) {
  console.error(`Unknown scenario; known: ${scenarios.map((s) => s.name).join(", ")}`);
  process.exit(2);
}
const port = Number(process.env.FAULTS_PORT ?? 3600);
if (!process.env.FAULTS_SKIP_BUILD)
  execFileSync("npx", ["next", "build"], { stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });

const rows: Row[] = [];
for (const scenario of todo) {
  for (const database of scenario.databases) {
    console.log(`… ${scenario.fault} (${database})`);
    try {
      rows.push(await scenario.run(database, port));
    } catch (error) {
      rows.push({
        fault: scenario.fault,
        database,
        requests: 0,
        acknowledged: 0,
        stored: 0,
        errorsSeen: "",
        recovery: "",
        failures: [String(error)],
      });
    }
    console.log(markdown(rows.slice(-1)).split("\n").at(-1));
  }
}
const table = markdown(rows);
console.log(`\n${table}`);
if (!chosen.length)
  writeFileSync(
    "faults/results.md",
    `# Fault table (npm run faults, ${new Date().toISOString().slice(0, 10)})\n\n${table}\n`,
  );
process.exit(rows.some((r) => r.failures.length) ? 1 : 0);
