// Test helper (not shipped code): a local SMTP server on 127.0.0.1 (a random port, or a fixed one) that keeps what
// it receives, decoded by mailparser. The e2e suite runs it as a process of its own (e2e/services/mail-sink.ts).
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type Received = { from: string; to: string[]; subject: string; text: string; html: string; receivedAt: string };

export async function startSmtpSink(port = 0) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const envelope = session.envelope;
      simpleParser(stream)
        .then((mail) => {
          received.push({
            from: envelope.mailFrom ? envelope.mailFrom.address : "",
            to: envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? "",
            text: (mail.text ?? "").replace(/\r\n/g, "\n"),
            html: typeof mail.html === "string" ? mail.html : "",
            receivedAt: new Date().toISOString(),
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.on("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const { port: actual } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${actual}`,
    port: actual,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
