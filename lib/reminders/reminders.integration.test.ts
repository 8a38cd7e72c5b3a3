import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEMO } from "@/test/act-as";
import { isoWeek } from "@/lib/tasks/time";
import { sendReminders } from "./send";
import { startSmtpSink } from "./smtp-sink";

const NOW = new Date("2027-03-03T08:00:00Z"); // ISO week 9 of 2027, a week the script's real clock will not be in
const RETURNED = "evt-2026-open-4"; // Rodina v centru's returned event
const PLANNED = "evt-2026-open-5"; // NÁRUČ's event planned for 2026-12-05, not marked realised
const MEASURE = "plan-2024-2028-plan-2019-2023-a4-g1-m3"; // "2.1.2", overdue after 2026-12-31
const APP_URL = "https://rodina.kraj-lbc.test/";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const remindersOn = (who: (typeof DEMO)[keyof typeof DEMO][], on: boolean) =>
  db.user.updateMany({ where: { id: { in: who } }, data: { emailReminders: on } });

beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

describe("weekly reminder digest", () => {
  it("sends nothing and records nothing without SMTP_URL", async () => {
    await remindersOn([DEMO.coordinator], true);
    expect(await sendReminders({ now: NOW, smtpUrl: "" })).toEqual({ configured: false });
    expect(await db.reminderDigest.count()).toBe(0);
    expect(sink.received).toEqual([]);
  });

  it("sends one Czech digest per user with reminders on and something due, once a week", async () => {
    await remindersOn([DEMO.coordinator, DEMO.memberA, DEMO.council], true); // the council has nothing due
    await remindersOn([DEMO.memberB], false); // has a returned event, but reminders off
    const options = {
      now: NOW,
      smtpUrl: sink.url,
      from: "Rodinná politika LK <rodina@kraj-lbc.test>",
      appUrl: APP_URL,
    };

    const first = await sendReminders(options);
    expect(first).toMatchObject({
      configured: true,
      week: "2027-W09",
      sent: ["clen.naruc@demo.rodina-lk.cz", "koordinatorka@demo.rodina-lk.cz"],
      nothingDue: 1,
      failed: [],
    });
    expect(sink.received).toHaveLength(2);
    const [naruc, mail] = sink.received;
    const planned = await db.recruitmentEvent.findUniqueOrThrow({ where: { id: PLANNED } });
    expect(naruc.to).toEqual(["clen.naruc@demo.rodina-lk.cz"]);
    expect(naruc.text).toContain(`Plánované akce, které už proběhly (1):\n- ${planned.title} (akce 5. 12. 2026)`);
    expect(naruc.text).not.toContain("Po termínu");
    expect(mail.to).toEqual(["koordinatorka@demo.rodina-lk.cz"]);
    expect(mail.from).toBe("rodina@kraj-lbc.test");
    expect(mail.subject).toBe("Přehled úkolů – rodinná politika LK, týden 9/2027");
    const measure = await db.measure.findUniqueOrThrow({ where: { id: MEASURE } });
    const submitted = await db.recruitmentEvent.findMany({ where: { status: "SUBMITTED", archivedAt: null } });
    expect(mail.text).toContain("Dobrý den, Jana Dvořáková,");
    expect(mail.text).toContain("Po termínu");
    expect(mail.text).toContain(`${measure.code} ${measure.title} (plán 2024–2028, termín plnění 31. 12. 2026)`);
    expect(mail.text).toContain(`https://rodina.kraj-lbc.test/strategicky-plan/opatreni/${MEASURE}`);
    expect(mail.text).toContain("Čeká na schválení (3):");
    for (const event of submitted) expect(mail.text).toContain(`${event.title} (akce `);
    expect(mail.text).toContain("https://rodina.kraj-lbc.test/moje-ukoly");
    expect(
      await db.reminderDigest.findMany({ select: { userId: true, week: true }, orderBy: { userId: "asc" } }),
    ).toEqual([
      { userId: DEMO.coordinator, week: "2027-W09" },
      { userId: DEMO.memberA, week: "2027-W09" },
    ]);

    expect(await sendReminders(options)).toMatchObject({ sent: [], nothingDue: 1, failed: [] });
    expect(sink.received).toHaveLength(2);

    // Switched on later in the same week: memberB gets theirs, the coordinator still nothing more.
    await remindersOn([DEMO.memberB], true);
    expect(await sendReminders(options)).toMatchObject({ sent: ["clen.rvc@demo.rodina-lk.cz"] });
    const event = await db.recruitmentEvent.findUniqueOrThrow({ where: { id: RETURNED } });
    expect(sink.received[2]).toMatchObject({ to: ["clen.rvc@demo.rodina-lk.cz"] });
    expect(sink.received[2].text).toContain(`Vráceno k doplnění (1):\n- ${event.title}`);
    expect(sink.received[2].text).toContain(`https://rodina.kraj-lbc.test/nabor/akce/${RETURNED}`);
    expect(await db.reminderDigest.count()).toBe(3);
  });

  it("gives the claim back when the SMTP server cannot be reached", async () => {
    const now = new Date("2027-03-10T08:00:00Z");
    const run = await sendReminders({ now, smtpUrl: "smtp://127.0.0.1:1", appUrl: APP_URL });
    expect(run).toMatchObject({ configured: true, sent: [] });
    expect(run.configured && run.failed.length).toBeGreaterThan(0);
    expect(await db.reminderDigest.count({ where: { week: isoWeek(now).key } })).toBe(0);
  });

  it("npm run reminders:send sends this week's digests once", async () => {
    await remindersOn([DEMO.memberB], true);
    const script = () =>
      promisify(execFile)(process.execPath, ["node_modules/.bin/tsx", "scripts/send-reminders.ts"], {
        // The script's clock (lib/clock) starts at the test's moment, not the machine's date.
        env: {
          ...process.env,
          SMTP_URL: sink.url,
          MAIL_FROM: "rodina@kraj-lbc.test",
          APP_URL,
          APP_CLOCK_START: new Date().toISOString(),
        },
        encoding: "utf8",
      });
    const before = sink.received.length;
    const week = isoWeek(new Date()).key;
    expect((await script()).stdout).toContain(`Week ${week}: sent `);
    const sent = sink.received.slice(before);
    expect(sent.map((m) => m.to[0])).toContain("clen.rvc@demo.rodina-lk.cz");
    expect(sent[0].subject).toMatch(/^Přehled úkolů – rodinná politika LK, týden \d+\/\d{4}$/);
    expect((await script()).stdout).toContain(`Week ${week}: sent 0,`);
    expect(sink.received.length).toBe(before + sent.length);
  });
});
