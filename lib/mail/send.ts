// One e-mail through SMTP_URL. Returns false when no SMTP server is configured, so the caller can show the link
// instead; a configured server that refuses the message throws.
import nodemailer from "nodemailer";
import { mailFrom, smtpUrl } from "./config";

export type Mail = { subject: string; text: string; html?: string };

export async function sendMail(to: string, mail: Mail): Promise<boolean> {
  const url = smtpUrl();
  if (!url) return false;
  const transport = nodemailer.createTransport(url);
  try {
    await transport.sendMail({ from: mailFrom(), to, ...mail });
    return true;
  } finally {
    transport.close();
  }
}
