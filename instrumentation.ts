// Runs once when a server process starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { finishOnTermination } = await import("./lib/shutdown/termination");
  finishOnTermination();
  // Before the first request: an import this host:port left running was cut short by the process before this one.
  const { markInterruptedAtStart } = await import("./lib/import-runs/record");
  await markInterruptedAtStart();
}
