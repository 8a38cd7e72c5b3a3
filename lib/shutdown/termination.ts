// Graceful shutdown on SIGTERM. Next's own handler (next start) stops taking connections, waits for the requests in
// flight and then calls process.exit(143). This completes it for an orchestrator: the wait is capped at
// SHUTDOWN_LIMIT_MS, the database connections are closed after the last request, and the exit code is 0.
import { db } from "@/lib/db";
import { logger } from "@/lib/log/logger";

export const SHUTDOWN_LIMIT_MS = 10_000;

export function finishOnTermination(): void {
  process.once("SIGTERM", () => {
    const exit = process.exit.bind(process);
    const started = Date.now();
    let finishing = false;
    const finish = async (reason: string) => {
      if (finishing) return;
      finishing = true;
      logger.info({ reason, durationMs: Date.now() - started }, "shutdown: closing the database");
      await db
        .$disconnect()
        .catch((error: unknown) => logger.error({ err: error }, "shutdown: closing the database failed"));
      exit(0);
    };
    // Next calls process.exit once its server is closed and its requests are done: close the database first.
    process.exit = (() => void finish("requests done")) as typeof process.exit;
    setTimeout(() => void finish("time limit"), SHUTDOWN_LIMIT_MS);
    logger.info("shutdown: SIGTERM, finishing the requests in flight");
  });
}
