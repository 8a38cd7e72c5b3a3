// Runs once when a server process starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { finishOnTermination } = await import("./lib/shutdown/termination");
  finishOnTermination();
}
