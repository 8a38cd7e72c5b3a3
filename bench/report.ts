// npm run bench, last step: turns the measurements into bench/results.md and checks the budgets of issue 7.
// Usage: tsx bench/report.ts <results.json> <results.md>   (exit code 1 when a budget is missed)
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import type { Check } from "./scale-out-check";
import type { RunResult } from "./measure";
import { SIZE } from "./size";

const [input, output] = process.argv.slice(2);
const runs: RunResult[] = JSON.parse(readFileSync(input, "utf8"));
const scaleOutFile = input.replace(/\.json$/, ".scale-out.json");
const checks: Check[] = existsSync(scaleOutFile) ? JSON.parse(readFileSync(scaleOutFile, "utf8")) : [];
const BUDGET = { dashboardP95Ms: 150, dashboardShareOfStatic: 0.5, firstLoadJsKb: 180 };

const fmt = (n: number) => (Number.isFinite(n) ? n.toLocaleString("en-US").replaceAll(",", " ") : "–");
const budgets: { run: string; name: string; ok: boolean; value: string }[] = [];

function table(run: RunResult) {
  const ceiling = run.rows.find((r) => r.path === "/pristupnost")?.rps ?? NaN;
  const lines = [
    "| page | req/s | p50 ms | p95 ms | share of static | errors |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of run.rows) {
    lines.push(
      `| ${r.page} (\`${r.path}\`) | ${r.failed ?? fmt(r.rps)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${r.failed ? "–" : `${Math.round((r.rps / ceiling) * 100)} %`} | ${r.errors} |`,
    );
  }
  const dashboard = run.rows.find((r) => r.path === "/");
  if (dashboard) {
    budgets.push({
      run: run.label,
      name: `dashboard p95 < ${BUDGET.dashboardP95Ms} ms`,
      ok: dashboard.p95 < BUDGET.dashboardP95Ms,
      value: `${fmt(dashboard.p95)} ms`,
    });
    budgets.push({
      run: run.label,
      name: `dashboard ≥ ${BUDGET.dashboardShareOfStatic * 100} % of the static page`,
      ok: dashboard.rps >= ceiling * BUDGET.dashboardShareOfStatic,
      value: `${Math.round((dashboard.rps / ceiling) * 100)} %`,
    });
  }
  if (run.firstLoadJsGzip !== undefined) {
    budgets.push({
      run: run.label,
      name: `dashboard first-load JS < ${BUDGET.firstLoadJsKb} kB gzip, charts loaded later`,
      ok: run.firstLoadJsGzip < BUDGET.firstLoadJsKb && !run.chartCodeInFirstLoad,
      value: `${run.firstLoadJsGzip} kB, chart code in first load: ${run.chartCodeInFirstLoad ? "yes" : "no"}`,
    });
  }
  const extra = [];
  if (run.export)
    extra.push(
      `Full XLSX export (all ${fmt(SIZE.events)}+ events, one request): ${fmt(run.export.bytes)} bytes in ${run.export.seconds} s; server memory (RSS) ${fmt(run.export.rssBeforeMb)} MB before, peak ${fmt(run.export.rssPeakMb)} MB during.`,
    );
  return [`### ${run.label}`, "", ...lines, "", ...extra].join("\n");
}

const body = runs.map(table).join("\n\n");
const md = [
  "# Benchmark results (`npm run bench`)",
  "",
  `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}.`,
  `Data: ${fmt(SIZE.events)} recruitment events over ${SIZE.years[1] - SIZE.years[0] + 1} years, ${SIZE.organisations} organisations, ${fmt(SIZE.measures)} measures with ${fmt(SIZE.measures * SIZE.valuesPerIndicator)} indicator values (plus the demo data).`,
  `autocannon on loopback, 20 connections, ${process.env.BENCH_SECONDS ?? 10} s per page after a 2 s warm-up; p50/p95 from every response's latency. "share of static" compares with the prerendered page of the same app in the same run.`,
  "",
  body,
  "",
  "## Budgets",
  "",
  "| run | budget | measured | |",
  "| --- | --- | --- | --- |",
  ...budgets.map((b) => `| ${b.run} | ${b.name} | ${b.value} | ${b.ok ? "met" : "**missed**"} |`),
  ...(checks.length
    ? [
        "",
        "## Two instances: no state in one process",
        "",
        ...checks.map((c) => `- ${c.ok ? "ok" : "**FAILED**"} — ${c.name}: ${c.detail}`),
      ]
    : []),
  "",
].join("\n");
writeFileSync(output, md);
console.log(md);
if (budgets.some((b) => !b.ok) || checks.some((c) => !c.ok)) process.exit(1);
