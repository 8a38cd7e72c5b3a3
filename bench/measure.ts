// npm run bench, step 2: measures one running deployment (one instance, or several behind the proxy) with autocannon
// and appends its figures to a JSON file that bench/report.ts turns into bench/results.md.
// Usage: DATABASE_URL=... tsx bench/measure.ts <label> <base URL> <results.json> [server port for the memory probe]
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { RENDER_HEADER } from "../lib/cache/render-header";
import { signInOverHttp } from "../lib/http/sign-in-client";
import { createDb } from "../lib/db";
import { databaseUrl } from "../lib/db/url";

const [label, base, out, serverPort] = process.argv.slice(2);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;
const PASSWORD = "Demo.Heslo.2026";

export type Row = {
  page: string;
  path: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  errors: number;
  failed?: string;
};
export type RunResult = {
  label: string;
  rows: Row[];
  firstLoadJsGzip?: number;
  chartCodeInFirstLoad?: boolean;
  export?: ExportFigures;
};
type ExportFigures = { bytes: number; seconds: number; rssBeforeMb: number; rssPeakMb: number };

async function signIn(email: string): Promise<string> {
  const session = await signInOverHttp(base, email, PASSWORD);
  if (!session) throw new Error(`sign-in of ${email} failed`);
  return session;
}

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}

async function load(
  page: string,
  path: string,
  cookie?: string,
  extra: Record<string, string> = {},
  connections = CONNECTIONS,
): Promise<Row> {
  const headers = { ...extra, ...(cookie ? { cookie } : {}) };
  const check = await fetch(base + path, { headers, redirect: "manual" });
  await check.arrayBuffer();
  if (check.status !== 200) {
    console.log(`${label} | ${page}: HTTP ${check.status}, not measured`);
    return { page, path, requests: 0, rps: 0, p50: NaN, p95: NaN, errors: 0, failed: `HTTP ${check.status}` };
  }
  // A short warm-up, so the numbers are of the steady state and not of the first compile of each route.
  await autocannon({ url: base + path, connections: 4, duration: 2, headers });
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: base + path, connections, duration: SECONDS, headers }, (err, r) =>
      err ? reject(err) : resolve(r),
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      latencies.push(ms);
      if (status !== 200) errors++;
    });
  });
  latencies.sort((a, b) => a - b);
  const row = {
    page,
    path,
    requests: latencies.length,
    rps: Math.round((latencies.length / SECONDS) * 10) / 10,
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    errors: errors + result.errors,
  };
  console.log(
    `${label} | ${page}: ${row.rps} req/s, p50 ${row.p50} ms, p95 ${row.p95} ms${row.errors ? `, ${row.errors} errors` : ""}`,
  );
  return row;
}

/** First-load JS: the gzip size of every script the page's HTML loads in a current browser; and whether chart code
 * is among them. */
async function firstLoadJs(path: string, cookie: string) {
  const res = await fetch(base + path, { headers: { cookie } });
  const html = await res.text();
  if (res.status !== 200) return {};
  // Browsers with ES modules skip the legacy polyfill (<script noModule>), so it is not part of what they load.
  const sources = [...html.matchAll(/<script[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/nomodule/i.test(tag))
    .flatMap((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1].replaceAll("&amp;", "&") ?? []);
  let gzip = 0;
  let charts = false;
  for (const src of sources) {
    const code = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    gzip += gzipSync(code).length;
    charts ||= code.includes("recharts-wrapper");
  }
  return { firstLoadJsGzip: Math.round(gzip / 102.4) / 10, chartCodeInFirstLoad: charts };
}

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

/** The whole events table as XLSX, one request, with the server's resident memory sampled every 50 ms. */
async function exportFigures(cookie: string, port: string): Promise<ExportFigures> {
  const pids = execFileSync("fuser", [`${port}/tcp`], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
    .trim()
    .split(/\s+/)
    .map(Number);
  const pid = pids.at(-1)!;
  const before = rssMb(pid);
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
  const started = Date.now();
  const res = await fetch(`${base}/api/export/events?format=xlsx`, { headers: { cookie } });
  let bytes = 0;
  const reader = res.body!.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.length;
  const seconds = (Date.now() - started) / 1000;
  clearInterval(timer);
  return {
    bytes,
    seconds: Math.round(seconds * 10) / 10,
    rssBeforeMb: Math.round(before),
    rssPeakMb: Math.round(peak),
  };
}

/** The URL the events list's "Next" link gives on page 300 of confirmed 2021 events: a cursor to the last row of
 * page 300 (read from the database, as following 300 links would take long). */
async function deepPage(): Promise<string> {
  const db = createDb(databaseUrl());
  const [row] = await db.recruitmentEvent.findMany({
    where: {
      status: "CONFIRMED",
      archivedAt: null,
      startDate: { gte: new Date("2021-01-01T00:00:00Z"), lt: new Date("2022-01-01T00:00:00Z") },
    },
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
    skip: 300 * 25 - 1,
    take: 1,
    select: { startDate: true, id: true },
  });
  await db.$disconnect();
  return `/nabor?rok=2021&stav=CONFIRMED&strana=301&po=${row.startDate.getTime()}_${row.id}`;
}

/** The static page and the dashboard measured in turn, twice (S, D, S, D), so that a passing disturbance of the
 * shared machine does not decide their ratio: each row is the mean of its two rounds (p95: the worse round). */
async function inTurn(a: () => Promise<Row>, b: () => Promise<Row>): Promise<Row[]> {
  const rounds = [await a(), await b(), await a(), await b()];
  const mean = (x: Row, y: Row): Row => ({
    ...x,
    requests: x.requests + y.requests,
    rps: Math.round(((x.rps + y.rps) / 2) * 10) / 10,
    p50: Math.round((x.p50 + y.p50) / 2),
    p95: Math.max(x.p95, y.p95),
    errors: x.errors + y.errors,
  });
  return [mean(rounds[0], rounds[2]), mean(rounds[1], rounds[3])];
}

const council = await signIn("rada@demo.rodina-lk.cz");
const coordinator = await signIn("koordinatorka@demo.rodina-lk.cz");
// The export first, while the server holds nothing else: its memory then shows what the export itself needs.
const exported = serverPort ? await exportFigures(coordinator, serverPort) : undefined;
const rows = [
  ...(await inTurn(
    () => load("static page (ceiling)", "/pristupnost"),
    () => load("overview dashboard", "/", council),
  )),
  await load("overview dashboard, rendered on every request (cache bypassed)", "/", council, { [RENDER_HEADER]: "1" }),
  await load("events list, page 1", "/nabor", coordinator),
  await load("events list, filtered, page 301 (Next link's cursor)", await deepPage(), coordinator),
  await load("measure page", "/strategicky-plan/opatreni/bench-measure-Z5.13.10", coordinator),
  await load(
    "XLSX export of one year (~10 000 events), 2 connections",
    "/api/export/events?format=xlsx&rok=2022",
    coordinator,
    {},
    2,
  ),
];
const result: RunResult = { label, rows, ...(await firstLoadJs("/", council)), export: exported };
const all: RunResult[] = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")) : [];
writeFileSync(out, JSON.stringify([...all.filter((r) => r.label !== label), result], null, 2));
