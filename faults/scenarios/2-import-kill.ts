// The app killed (SIGKILL) in the middle of a 5 000-row XLSX import, then restarted on the same port: a member
// uploads the file on the events import page, checks it and confirms; once the run is RUNNING in the database the
// app is killed. No event of the file may be stored (all or nothing); after the restart the run reads INTERRUPTED
// and the page's "Poslední importy" says so; the same file imported again stores all 5 000 rows exactly once and its
// run is APPLIED. Recovery: the restart until ready, and the re-import. SQLite's file must pass integrity_check.
import { writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb } from "../../lib/db";
import { sampleEvents, xlsxOf } from "../../lib/event-import/test-files";
import { confirmEventImport, signedInPage } from "../browser";
import { startApp, type App } from "../app";
import { freshDatabase } from "../databases";
import { signedInMembers } from "../members";
import { seconds, type Row, type Scenario } from "../table";
import { waitFor } from "../wait";

const FAULT = "app SIGKILLed mid 5 000-row XLSX import, restarted";
const ROWS = 5_000;
const TITLE = "Beseda před poruchou";
const FILE = path.resolve("data/faults/import-kill.xlsx");
const WAIT_MS = 180_000;

function integrity(url: string): string {
  const file = new Database(url.slice("file:".length), { readonly: true });
  try {
    return String(file.pragma("integrity_check", { simple: true }));
  } finally {
    file.close();
  }
}

async function run(database: Row["database"], port: number): Promise<Row> {
  const url = await freshDatabase(database === "SQLite" ? "sqlite" : "postgresql", "import-kill");
  writeFileSync(FILE, await xlsxOf(sampleEvents(ROWS, TITLE)));
  const db = createDb(url);
  const failures: string[] = [];
  const expect = (ok: boolean, what: string) => void (ok || failures.push(what));
  const stored = () => db.recruitmentEvent.count({ where: { title: { startsWith: TITLE } } });
  const runs = () => db.importRun.findMany({ where: { fileName: path.basename(FILE) }, orderBy: { startedAt: "asc" } });
  let app: App = await startApp(port, url);
  const [member] = await signedInMembers(url, app.url, 1);
  const browser = await signedInPage(app.url, member.cookie);
  const { page } = browser;
  try {
    await confirmEventImport(page, app.url, FILE);
    await waitFor(
      "the import's run to be RUNNING",
      WAIT_MS,
      async () => (await runs()).some((r) => r.status === "RUNNING"),
      20,
    );
    await app.kill();
    const atKill = await page
      .getByText("Spojení se serverem se během importu přerušilo")
      .textContent({ timeout: 30_000 })
      .catch(() => null);
    expect(!!atKill, "the page said nothing when the server went away");
    const left = await stored();
    expect(left === 0, `${left} events of the file stored after the kill`);
    expect((await runs())[0]?.status === "RUNNING", "the killed run is not RUNNING before the restart");

    const restarted = performance.now();
    app = await startApp(port, url);
    const readyMs = performance.now() - restarted;
    const [killed] = await runs();
    expect(killed?.status === "INTERRUPTED", `the killed run is ${killed?.status} after the restart, not INTERRUPTED`);
    await page.goto(`${app.url}/nabor/import`);
    const notice =
      (await page.getByTestId("recent-imports").locator('tr[data-status="INTERRUPTED"] td').last().textContent()) ?? "";
    expect(notice.includes("nic z něj nebylo uloženo"), `the page shows the interrupted run as "${notice}"`);

    const again = performance.now();
    await confirmEventImport(page, app.url, FILE);
    const done = (await page.getByText(/^Import dokončen/).textContent({ timeout: WAIT_MS })) ?? "";
    const reimportMs = performance.now() - again;
    const acknowledged = Number(/Import dokončen: ([\d\s]+)/.exec(done)?.[1].replace(/\D/g, "") ?? 0);
    const titles = await db.recruitmentEvent.groupBy({ by: ["title"], where: { title: { startsWith: TITLE } } });
    const total = await stored();
    expect(total === ROWS && titles.length === ROWS, `${total} events stored for ${titles.length} of ${ROWS} rows`);
    expect(acknowledged === ROWS, `the page acknowledged ${acknowledged} events`);
    const statuses = (await runs())
      .map((r) => `${r.status}${r.status === "APPLIED" ? ` ${r.created}` : ""}`)
      .join(", ");
    expect(statuses === `INTERRUPTED, APPLIED ${ROWS}`, `runs: ${statuses}`);
    await page.reload();
    const newest = await page.getByTestId("recent-imports").locator("tbody tr").first().getAttribute("data-status");
    expect(newest === "APPLIED", `the newest run on the page is ${newest}`);

    await app.stop();
    if (url.startsWith("file:")) expect(integrity(url) === "ok", `integrity_check: ${integrity(url)}`);
    return {
      fault: FAULT,
      database,
      requests: ROWS,
      acknowledged,
      stored: total,
      errorsSeen: `at the kill "${atKill}"; after the restart "${notice}"`,
      recovery: `ready ${seconds(readyMs)} after the restart; re-import ${seconds(reimportMs)}`,
      failures,
    };
  } finally {
    await browser.close();
    await app.stop();
    await db.$disconnect();
  }
}

export default { name: "import-kill", fault: FAULT, databases: ["SQLite", "PostgreSQL"], run } satisfies Scenario;
