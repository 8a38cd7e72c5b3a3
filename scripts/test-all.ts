// npm test: types, lint, unit + integration tests on SQLite and PostgreSQL, then the browser suite in Chromium.
// Brings what the machine lacks: a PostgreSQL (test/services/postgres.ts) and a Chromium (test/services/chromium.ts).
// Every step runs even when an earlier one failed, and the last line sums up all runners: "N passed, N failed, N skipped".
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { chromiumBrowser } from "../test/services/chromium";
import { ensurePostgres, type RunningPostgres } from "../test/services/postgres";

const OUT = ".test-output";
type Count = { passed: number; failed: number; skipped: number };
const step = (name: string) => console.log(`\n== ${name} ==`);

let postgres: RunningPostgres | null = null;
let stopping = false;
async function cleanUp(code: number) {
  if (stopping) return;
  stopping = true;
  await postgres?.stop();
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void cleanUp(130));

function run(cmd: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", () => resolve(1));
  });
}

const json = (file: string) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);

function vitestCount(exit: number): Count {
  const r = json(path.join(OUT, "vitest.json"));
  if (!r) return { passed: 0, failed: 1, skipped: 0 };
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests + (exit && !r.numFailedTests ? 1 : 0),
    skipped: r.numPendingTests + r.numTodoTests,
  };
}

function playwrightCount(exit: number): Count {
  const r = json(path.join(OUT, "playwright.json"));
  if (!r) return { passed: 0, failed: 1, skipped: 0 };
  const s = r.stats;
  const failed = s.unexpected + (r.errors?.length ?? 0);
  return { passed: s.expected + s.flaky, failed: failed + (exit && !failed ? 1 : 0), skipped: s.skipped };
}

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  step("Services");
  postgres = await ensurePostgres();
  console.log(
    postgres.started
      ? `PostgreSQL: none answered at TEST_PG_URL; started one for this run (${postgres.url})`
      : `PostgreSQL: ${postgres.url}`,
  );
  const browser = await chromiumBrowser();
  console.log(`Chromium: ${browser.path} (${browser.source})`);
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    TEST_PG_URL: postgres.url,
    CHROMIUM_PATH: browser.path,
    CHROMIUM_ARGS: JSON.stringify(browser.args),
    E2E_JSON: path.resolve(OUT, "playwright.json"),
  };

  const total: Count = { passed: 0, failed: 0, skipped: 0 };
  const add = (c: Count) => {
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
  };
  const check = (exit: number): Count =>
    exit === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };

  step("TypeScript");
  add(check(await run(["npx", "tsc", "--noEmit"], env)));
  step("Prettier");
  add(check(await run(["npx", "prettier", "--check", "."], env)));
  step("ESLint");
  add(check(await run(["npx", "eslint", ".", "--max-warnings", "0"], env)));
  step("Vitest: unit, SQLite, PostgreSQL");
  const vitest = await run(
    ["npx", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${OUT}/vitest.json`],
    env,
  );
  add(vitestCount(vitest));
  step("Playwright e2e in Chromium");
  add(playwrightCount(await run(["npx", "playwright", "test"], env)));

  console.log(`\nTypeScript, Prettier and ESLint count as one check each; Vitest and Playwright count their tests.`);
  console.log(`Summary: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  await cleanUp(total.failed ? 1 : 0);
}

main().catch(async (error) => {
  console.error(error);
  await cleanUp(1);
});
