// Reading what the app e-mailed during the suite: the mail sink (e2e/services/mail-sink.ts) keeps every message and
// lists them over HTTP on E2E_PORT+2.
import { expect } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const SINK = `http://127.0.0.1:${PORT + 2}`;
export const APP_URL = `http://localhost:${PORT}`;

export type SentMail = { from: string; to: string[]; subject: string; text: string; html: string; receivedAt: string };

/** Every mail the sink received for this address, oldest first. */
export async function mailsTo(to: string): Promise<SentMail[]> {
  const response = await fetch(`${SINK}/messages?to=${encodeURIComponent(to)}`);
  if (!response.ok) throw new Error(`mail sink answered ${response.status}`);
  return (await response.json()) as SentMail[];
}

/** Waits until a mail for `to` matching `predicate` has arrived and returns the newest such mail. */
export async function waitForMail(
  to: string,
  predicate: (mail: SentMail) => boolean = () => true,
  timeout = 20_000,
): Promise<SentMail> {
  let found: SentMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailsTo(to)).filter(predicate).at(-1);
        return !!found;
      },
      { message: `a mail for ${to}`, timeout },
    )
    .toBe(true);
  return found!;
}

/** The first link into the app in a mail's plain text. */
export function linkIn(mail: SentMail): string {
  const escaped = APP_URL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`${escaped}/\\S+`).exec(mail.text);
  if (!match) throw new Error(`no ${APP_URL} link in the mail "${mail.subject}"`);
  return match[0];
}
