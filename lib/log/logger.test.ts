import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { childLogger, createLogger, logEvent, logLevel } from "./logger";

function collecting() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { lines, log: createLogger(stream, "info") };
}

const SECRETS = {
  password: "Demo.Heslo.2026",
  current: "Old.Heslo.1",
  confirm: "New.Heslo.2",
  code: "123456",
  token: "t".repeat(43),
  cookie: "next-auth.session-token=abc.def",
  authorization: "Bearer xyz",
  secret: "JBSWY3DPEHPK3PXP",
};

describe("logger", () => {
  it("writes one JSON line with the fields and redacts secrets at the top level and one level down", () => {
    const { lines, log } = collecting();
    logEvent(
      "action",
      {
        action: "users.create",
        requestId: "req-12345678",
        userId: "u1",
        role: "ADMIN",
        durationMs: 12.5,
        outcome: "ok",
        ...SECRETS,
        input: { ...SECRETS },
        headers: { cookie: SECRETS.cookie, authorization: SECRETS.authorization },
      },
      undefined,
      log,
    );
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({
      level: "info",
      msg: "action",
      action: "users.create",
      requestId: "req-12345678",
      userId: "u1",
      role: "ADMIN",
      durationMs: 12.5,
      outcome: "ok",
    });
    expect(typeof line.time).toBe("string");
    for (const key of Object.keys(SECRETS)) {
      expect(line[key]).toBe("[redacted]");
      if (key !== "code") expect(line.input[key]).toBe("[redacted]");
    }
    expect(line.headers).toEqual({ cookie: "[redacted]", authorization: "[redacted]" });
    for (const value of Object.values(SECRETS)) if (value !== SECRETS.code) expect(lines[0]).not.toContain(value);
  });

  it("logs an error at error level with its stack, and keeps an error's own code", () => {
    const { lines, log } = collecting();
    const error = Object.assign(new Error("database gone"), { code: "P1001" });
    logEvent("action", { action: "x", outcome: "unexpected" }, error, childLogger({ requestId: "req-abcdefgh" }, log));
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({
      level: "error",
      requestId: "req-abcdefgh",
      outcome: "unexpected",
      err: { message: "database gone", code: "P1001" },
    });
    expect(line.err.stack).toContain("database gone");
  });

  it("takes its level from LOG_LEVEL, info by default and silent under Vitest", () => {
    expect(logLevel({ LOG_LEVEL: "debug" })).toBe("debug");
    expect(logLevel({})).toBe("info");
    expect(logLevel({ VITEST: "true" })).toBe("silent");
    expect(logLevel({ VITEST: "true", LOG_LEVEL: "warn" })).toBe("warn");
    const { lines, log } = collecting();
    log.level = "silent";
    logEvent("action", { outcome: "ok" }, undefined, log);
    expect(lines).toEqual([]);
  });
});
