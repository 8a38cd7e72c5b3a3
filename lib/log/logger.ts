// The app's one logger: JSON lines on stdout (pino), for journald or a Docker log driver to ship. One line per
// request (proxy.ts), per server action (lib/actions/define-action.ts) and per route handler (lib/log/route.ts).
// Secrets never belong in a line; the redaction below is the safety net for a mistake, not a licence to log input.
import pino, { type DestinationStream, type Logger } from "pino";

/** Keys whose values are replaced by "[redacted]" wherever a line carries them (top level or one level down). */
const SECRET_KEYS = [
  "password",
  "newPassword",
  "current",
  "confirm",
  "code",
  "totpCode",
  "recoveryCode",
  "token",
  "cookie",
  "cookies",
  "authorization",
  "secret",
  "totpSecret",
  "passwordHash",
  "content",
];
export const REDACT_PATHS = [
  ...SECRET_KEYS,
  // "code" one level down is an error's own code (Prisma's P2002…), which is worth keeping.
  ...SECRET_KEYS.filter((key) => key !== "code").map((key) => `*.${key}`),
  "headers.cookie",
  "headers.authorization",
  "*.headers.cookie",
  "*.headers.authorization",
  'headers["set-cookie"]',
];

/** LOG_LEVEL (trace…fatal, or "silent"); "info" by default, "silent" under Vitest so test output stays readable. */
export function logLevel(env: Record<string, string | undefined> = process.env): string {
  return env.LOG_LEVEL || (env.VITEST ? "silent" : "info");
}

export function createLogger(destination?: DestinationStream, level = logLevel()): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    },
    destination,
  );
}

export const logger = createLogger();

/** The fields of a completion line; more may be added, never input values. */
export type LogFields = {
  requestId?: string;
  userId?: string;
  role?: string;
  durationMs?: number;
  outcome?: string | number;
  [key: string]: unknown;
};

/** One line: "info" for an ordinary outcome, "error" with the stack when an error is passed. */
export function logEvent(message: string, fields: LogFields, error?: unknown, log: Logger = logger): void {
  if (error !== undefined) log.error({ ...fields, err: error }, message);
  else log.info(fields, message);
}

/** A logger whose lines all carry these fields (e.g. the request id). */
export function childLogger(bindings: LogFields, log: Logger = logger): Logger {
  return log.child(bindings);
}

/** Milliseconds since `start` (from performance.now()), rounded to a tenth. */
export function since(start: number): number {
  return Math.round((performance.now() - start) * 10) / 10;
}
