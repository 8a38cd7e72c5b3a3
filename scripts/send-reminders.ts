// npm run reminders:send — the weekly "Moje úkoly" digest by e-mail (run it e.g. every Monday from cron).
// Needs SMTP_URL (smtp://user:pass@host:587) and MAIL_FROM; links point to APP_URL (default http://localhost:3000).
// One digest per user and ISO week: a second run in the same week sends nothing.
import { db } from "../lib/db";
import { sendReminders } from "../lib/reminders/send";

try {
  const run = await sendReminders();
  if (!run.configured) {
    console.log("SMTP_URL is not set: no reminders sent.");
  } else {
    console.log(
      `Week ${run.week}: sent ${run.sent.length}, nothing due ${run.nothingDue}, already sent ${run.alreadySent}, failed ${run.failed.length}.`,
    );
    for (const email of run.sent) console.log(`  sent to ${email}`);
    for (const email of run.failed) console.error(`  FAILED: ${email}`);
    if (run.failed.length) process.exitCode = 1;
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
