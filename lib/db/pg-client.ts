// The pg connection class of the PostgreSQL pool. When the server ends a connection between two statements (it is
// shutting down or restarting, 57P01), pg fails every later statement on it with a plain Error of no code — an
// interactive transaction's next statement gets one. This class gives such errors the failure that ended the
// connection as their cause, so lib/db/failures.ts recognises the fault by its code.
import pg from "pg";

type Query = (...args: unknown[]) => unknown;

export class PgClient extends pg.Client {
  #ended: Error | undefined;

  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // Listening also keeps an error arriving while nobody else listens from crashing the process.
    this.on("error", (error) => (this.#ended ??= error));
    const query = (super.query as Query).bind(this);
    this.query = ((...args: unknown[]) => {
      const result = query(...args);
      if (!(result instanceof Promise)) return result;
      return result.catch((error: unknown) => {
        if (this.#ended && error instanceof Error && !("code" in error) && !error.cause) error.cause = this.#ended;
        throw error;
      });
    }) as pg.Client["query"];
  }
}
