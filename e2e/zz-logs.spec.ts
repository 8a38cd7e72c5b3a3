// Runs last (files run in name order, one worker): the app's log of the whole run (data/e2e-<port>.log, written by
// scripts/e2e-server.sh) holds JSON lines for actions and requests, and no password, session cookie or link token.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { PASSWORD, stateOf } from "./users";

const LOG = `data/e2e-${process.env.E2E_PORT ?? 3100}.log`;
const readLog = () => readFileSync(LOG, "utf8");
const jsonLines = () =>
  readLog()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

test.use({ storageState: stateOf("coordinator") });

test("requests carry a request id, taken from the proxy when it looks safe, and the log lines carry it", async ({
  request,
}) => {
  const given = "e2e-logs-0123456789";
  const answer = await request.get("/api/export/events?format=csv", { headers: { "X-Request-Id": given } });
  expect(answer.status()).toBe(200);
  expect(answer.headers()["x-request-id"]).toBe(given);
  const unsafe = await request.get("/prihlaseni", { headers: { "X-Request-Id": "bad id<script>" } });
  expect(unsafe.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  // An action through the JSON API, refused by validation: one route line and one action line with the same id.
  const refused = await request.post("/api/v1/events", { data: {}, headers: { "X-Request-Id": "e2e-logs-action-42" } });
  expect(refused.status()).toBe(422);
  await expect
    .poll(() =>
      jsonLines()
        .filter((l) => l.requestId === "e2e-logs-action-42")
        .map((l) => l.msg)
        .sort(),
    )
    .toEqual(["action", "request", "route"]);
  const lines = jsonLines();
  expect(lines.find((l) => l.requestId === given && l.msg === "route")).toMatchObject({
    route: "export.events",
    outcome: 200,
  });
  expect(lines.find((l) => l.requestId === given && l.msg === "request")).toMatchObject({
    method: "GET",
    path: "/api/export/events",
  });
  const action = lines.find((l) => l.requestId === "e2e-logs-action-42" && l.msg === "action");
  expect(action).toMatchObject({
    action: expect.any(String),
    outcome: "validation",
    userId: expect.any(String),
    role: "COORDINATOR",
  });
  expect(typeof action!.durationMs).toBe("number");
});

test("the log of the whole run holds action lines and no password, session cookie or link token", async ({
  request,
}) => {
  const token = "Ab".repeat(21) + "c";
  await request.get(`/prihlaseni/heslo/${token}?next=secret-query`);
  await expect.poll(() => readLog()).toContain("/prihlaseni/heslo/[token]");
  const log = readLog();
  expect(jsonLines().filter((l) => "action" in l && "outcome" in l).length).toBeGreaterThan(0);
  expect(log).not.toContain(PASSWORD);
  expect(log).not.toContain(token);
  expect(log).not.toContain("secret-query");
  expect(log).not.toMatch(/\/prihlaseni\/heslo\/[A-Za-z0-9_-]{43}/);
  expect(log).not.toMatch(/next-auth\.session-token=[^;\s"]/);
  for (const who of ["admin", "coordinator"] as const) {
    const { cookies } = JSON.parse(readFileSync(stateOf(who), "utf8")) as {
      cookies: { name: string; value: string }[];
    };
    const session = cookies.find((c) => c.name.includes("session-token"));
    expect(session?.value.length, who).toBeGreaterThan(20);
    expect(log).not.toContain(session!.value);
  }
});
