// An app instance for a fault scenario: the production build (`next start`) on its own port and database, started,
// waited for until /api/ready answers, and stopped or killed as the scenario needs.
import { spawn, type ChildProcess } from "node:child_process";
import { waitFor } from "./wait";

export type App = { url: string; process: ChildProcess; stop: () => Promise<void>; kill: () => Promise<void> };

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve()),
  );

export async function startApp(port: number, databaseUrl: string, env: Record<string, string> = {}): Promise<App> {
  const url = `http://127.0.0.1:${port}`;
  // Detached: the instance is its own process group, so a kill reaches `next start`'s server process too.
  const child = spawn("npx", ["next", "start", "-p", String(port)], {
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: "faults-secret-not-for-production",
      NEXTAUTH_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
      ...env,
    },
  });
  const signal = async (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      return; // already gone
    }
    await exited(child);
  };
  // An instance that never gets ready is killed, so that it does not hold the port for the next scenario.
  await waitFor(`the app on port ${port} to be ready`, 120_000, async () => {
    if (child.exitCode !== null) throw new Error(`the app on port ${port} exited with ${child.exitCode}`);
    return (await fetch(`${url}/api/ready`).catch(() => null))?.status === 200;
  }).catch(async (error: unknown) => {
    await signal("SIGKILL");
    throw error;
  });
  return { url, process: child, stop: () => signal("SIGTERM"), kill: () => signal("SIGKILL") };
}
