// The systemd units in deploy/systemd stay runnable as the app changes: the npm scripts and the Next.js binary they
// start exist, the stop timeout leaves room for the graceful shutdown, and systemd itself accepts the files.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SHUTDOWN_LIMIT_MS } from "@/lib/shutdown/termination";

const dir = path.dirname(new URL(import.meta.url).pathname);
const units = readdirSync(dir).filter((f) => /\.(service|timer)$/.test(f));
const text = (f: string) => readFileSync(path.join(dir, f), "utf8");
const scripts = Object.keys(JSON.parse(readFileSync("package.json", "utf8")).scripts);
const hasSystemd = (() => {
  try {
    execFileSync("systemd-analyze", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("deploy/systemd", () => {
  it("starts only npm scripts and files that exist", () => {
    const started = units.flatMap((f) => [...text(f).matchAll(/npm run --silent ([\w:-]+)/g)].map((m) => m[1]));
    expect(started.sort()).toEqual(["backup", "db:migrate", "reminders:send"]);
    for (const script of started) expect(scripts).toContain(script);
    const binary = text("rodina@.service").match(/node (node_modules\/\S+)/)![1];
    expect(existsSync(binary)).toBe(true);
  });

  it("gives every instance longer to stop than the app's own shutdown limit", () => {
    const seconds = Number(text("rodina@.service").match(/TimeoutStopSec=(\d+)/)![1]);
    expect(seconds * 1000).toBeGreaterThan(SHUTDOWN_LIMIT_MS);
  });

  it.runIf(hasSystemd)("are accepted by systemd-analyze verify", () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), "units-"));
    cpSync(dir, copy, { recursive: true, filter: (f) => !f.endsWith(".ts") && !f.endsWith(".example") });
    renameSync(path.join(copy, "rodina@.service"), path.join(copy, "rodina@3001.service"));
    const names = readdirSync(copy).filter((f) => /\.(service|timer)$/.test(f));
    const out = execFileSync("systemd-analyze", ["verify", "--man=no", ...names], {
      cwd: copy,
      env: { ...process.env, SYSTEMD_UNIT_PATH: `${copy}:` },
      encoding: "utf8",
    });
    expect(out).toBe("");
  });
});
