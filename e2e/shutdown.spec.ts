// Graceful shutdown of a production instance (lib/shutdown): a second instance of the same build on a copy of the
// e2e database gets SIGTERM while an event is being uploaded. The upload completes and is stored once, a new
// connection is refused, and the process exits 0 within the limit.
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { APP_CLOCK_START } from "./clock";
import { stateOf } from "./users";

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const PORT = E2E_PORT + 5;
const COPY = `data/e2e-shutdown-${E2E_PORT}.db`;
const LIMIT_MS = 10_000;

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });

test("SIGTERM: the upload in flight completes and is stored once, new connections are refused, the exit code is 0", async () => {
  test.setTimeout(180_000);
  rmSync(COPY, { force: true });
  const source = new Database(`data/e2e-${E2E_PORT}.db`, { readonly: true });
  await source.backup(COPY);
  source.close();
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
    env: {
      ...process.env,
      DATABASE_URL: `file:${process.cwd()}/${COPY}`,
      AUTH_SECRET: "e2e-secret-not-for-production",
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      LOG_LEVEL: "info",
      APP_CLOCK_START, // the same pinned clock as the suite's server (playwright.config.ts)
    },
    stdio: ["ignore", "pipe", "ignore"],
  });
  let log = "";
  server.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    server.once("exit", (code) => resolve({ code, at: Date.now() })),
  );
  await expect
    .poll(async () => (await fetch(`http://127.0.0.1:${PORT}/api/ready`).catch(() => null))?.status, {
      timeout: 120_000,
    })
    .toBe(200);

  const state = JSON.parse(readFileSync(stateOf("coordinator"), "utf8")) as {
    cookies: { name: string; value: string }[];
  };
  const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const key = `shutdown-${Date.now()}`;
  let signalledAt = 0;
  const body = JSON.stringify({
    programmeId: "prog-nrp-2024",
    eventTypeId: "TALK",
    title: "Beseda při ukončování serveru",
    startDate: "2025-09-10",
    placeId: "5107",
    municipality: "Semily",
    audience: "PUBLIC",
    realisation: "REALISED",
    peopleReached: "12",
    inquiries: "1",
    applicants: "0",
    cost: "0",
    idempotencyKey: key,
    organisationId: "org-naruc",
  });
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: PORT,
        path: "/api/v1/events",
        method: "POST",
        headers: {
          "x-request-id": key,
          cookie,
          origin: `http://localhost:${PORT}`,
          host: `localhost:${PORT}`,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
        },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    request.on("error", reject);
    // Half the body now; SIGTERM once the instance has taken the request (its request line is in the log); the rest
    // once the instance has stopped taking connections.
    request.write(body.slice(0, 40));
    void expect
      .poll(() => log.includes(`"requestId":"${key}"`), { timeout: 30_000 })
      .toBe(true)
      .then(() => {
        signalledAt = Date.now();
        server.kill("SIGTERM");
        return expect.poll(() => refused(PORT), { timeout: LIMIT_MS }).toBe(true);
      })
      .then(() => request.end(body.slice(40)), reject);
  });
  const response = await answer;
  expect(response.status, response.text).toBe(201);
  const { code, at } = await exited;
  expect(code).toBe(0);
  // The limit, plus the time to close the database and leave.
  expect(at - signalledAt).toBeLessThan(LIMIT_MS + 2_000);
  const copy = new Database(COPY, { readonly: true });
  const stored = copy.prepare("SELECT COUNT(*) AS n FROM RecruitmentEvent WHERE idempotencyKey = ?").get(key) as {
    n: number;
  };
  copy.close();
  expect(stored.n).toBe(1);
  for (const file of [COPY, `${COPY}-wal`, `${COPY}-shm`]) rmSync(file, { force: true });
});
