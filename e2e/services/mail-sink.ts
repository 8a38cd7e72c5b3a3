// The e2e suite's mail server, run by Playwright as a webServer before the app (npx tsx e2e/services/mail-sink.ts):
// SMTP on 127.0.0.1:(E2E_PORT+1) keeps every mail it receives; HTTP on 127.0.0.1:(E2E_PORT+2) answers
// GET /health and GET /messages?to=<address> (JSON, oldest first, newest last; without `to` every mail).
import { createServer } from "node:http";
import { startSmtpSink } from "../../lib/reminders/smtp-sink";

const base = Number(process.env.E2E_PORT ?? 3100);
const smtpPort = (port = base) => port + 1;
const httpPort = (port = base) => port + 2;

async function main() {
  const sink = await startSmtpSink(smtpPort());
  const http = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
      response.end(JSON.stringify(body));
    };
    if (request.method !== "GET") return json(405, { error: "GET only" });
    if (url.pathname === "/health") return json(200, { ok: true, smtp: sink.url, messages: sink.received.length });
    if (url.pathname === "/messages") {
      const to = url.searchParams.get("to")?.toLowerCase();
      return json(200, to ? sink.received.filter((m) => m.to.some((a) => a.toLowerCase() === to)) : sink.received);
    }
    return json(404, { error: "not found" });
  });
  await new Promise<void>((resolve, reject) => {
    http.on("error", reject);
    http.listen(httpPort(), "127.0.0.1", () => resolve());
  });
  console.log(`mail sink: ${sink.url}, http://127.0.0.1:${httpPort()}/messages`);
  const stop = () => {
    http.close();
    void sink.close().then(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
