// Weekly reminder digests: one e-mail per user and ISO week, only when SMTP is configured, the user asked for
// reminders and something is due. The ReminderDigest row (unique per user and week) is claimed before sending, so
// a second run in the same week, or one running at the same time, sends nothing; a failed send gives the claim back.
import nodemailer from "nodemailer";
import { db, type Db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/db/errors";
import { tasksFor } from "@/lib/tasks/queries";
import { isoWeek } from "@/lib/tasks/time";
import { digestMail } from "./digest";
import { appUrl as configuredAppUrl, mailFrom, smtpUrl as configuredSmtpUrl } from "@/lib/mail/config";
import { now as clockNow } from "@/lib/clock";

export type ReminderOptions = { now?: Date; smtpUrl?: string; from?: string; appUrl?: string; client?: Db };
export type ReminderRun =
  | { configured: false }
  | { configured: true; week: string; sent: string[]; nothingDue: number; alreadySent: number; failed: string[] };

export async function sendReminders(options: ReminderOptions = {}): Promise<ReminderRun> {
  const smtpUrl = options.smtpUrl ?? configuredSmtpUrl();
  if (!smtpUrl) return { configured: false };
  const client = options.client ?? db;
  const now = options.now ?? clockNow();
  const week = isoWeek(now);
  const appUrl = options.appUrl ?? configuredAppUrl();
  const from = options.from ?? mailFrom();
  const run = {
    configured: true as const,
    week: week.key,
    sent: [] as string[],
    nothingDue: 0,
    alreadySent: 0,
    failed: [] as string[],
  };

  const users = await client.user.findMany({
    where: { active: true, emailReminders: true, reminderDigests: { none: { week: week.key } } },
    select: { id: true, email: true, name: true, role: true, organisationId: true },
    orderBy: { email: "asc" },
  });
  const transport = nodemailer.createTransport(smtpUrl);
  try {
    for (const user of users) {
      const tasks = await tasksFor(user, now, client);
      if (tasks.length === 0) {
        run.nothingDue++;
        continue;
      }
      const claim = await client.reminderDigest
        .create({ data: { userId: user.id, week: week.key } })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) return null;
          throw error;
        });
      if (!claim) {
        run.alreadySent++;
        continue;
      }
      try {
        await transport.sendMail({ from, to: user.email, ...digestMail({ name: user.name, tasks, week, appUrl }) });
        await audit(client, {
          userId: null,
          action: "reminder_sent",
          entity: "User",
          entityId: user.id,
          after: { week: week.key, items: tasks.length },
        });
        run.sent.push(user.email);
      } catch (error) {
        console.error(`reminder to ${user.email} failed: ${error instanceof Error ? error.message : String(error)}`);
        await client.reminderDigest.delete({ where: { id: claim.id } });
        run.failed.push(user.email);
      }
    }
  } finally {
    transport.close();
  }
  return run;
}
