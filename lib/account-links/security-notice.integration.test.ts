// A change to how a person signs in is followed by an e-mail to them; without a mail server, or when it refuses the
// message, the change still stands.
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkCredentials } from "@/lib/auth/login";
import { startSmtpSink } from "@/lib/reminders/smtp-sink";
import { changePassword } from "@/lib/users/actions";
import { confirmTwoFactor, resetTwoFactor, startTwoFactor } from "@/lib/two-factor/actions";
import { actAs } from "@/test/act-as";
import { sendPasswordResetLink } from "@/lib/password-reset/send-link";
import { setPasswordWithLink } from "@/lib/password-reset/set-password";
import { DEMO_PASSWORD } from "@/prisma/seed/people";

process.env.AUTH_SECRET ||= "integration-test-secret";
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await sink.close();
});
const mailsTo = (email: string) => sink.received.filter((m) => m.to.includes(email));

describe("security notices", () => {
  it("a password change and a second factor turned on, then removed by the admin, each mail the person in Czech", async () => {
    process.env.SMTP_URL = sink.url;
    await actAs("memberB");
    expect(
      await changePassword({
        current: DEMO_PASSWORD,
        password: "Nove-dlouhe-Heslo-77",
        confirm: "Nove-dlouhe-Heslo-77",
      }),
    ).toMatchObject({ ok: true });
    const started = await startTwoFactor({});
    if (!started.ok) throw new Error(started.error);
    expect(await confirmTwoFactor({ code: await generate({ secret: started.data.secret }) })).toMatchObject({
      ok: true,
    });
    await actAs("admin");
    expect(await resetTwoFactor({ userId: "user-member-rvc" })).toMatchObject({ ok: true });
    const mails = mailsTo("clen.rvc@demo.rodina-lk.cz");
    expect(mails.map((m) => m.subject)).toEqual(
      Array(3).fill("Změna přihlašování k vašemu účtu – Rodinná politika LK"),
    );
    expect(mails[0].text).toMatch(/^Dobrý den, Martin Král,\n\n\d+\. \d+\. \d{4} \d+:\d{2} jste si změnili heslo/);
    expect(mails[1].text).toContain("jste si zapnuli dvoufázové ověření");
    expect(mails[2].text).toContain("správce aplikace zrušil vaše dvoufázové ověření");
    expect(mails[0].text).toContain("/prihlaseni/zapomenute-heslo");
    // Nothing secret in them.
    expect(mails.map((m) => m.text).join("\n")).not.toContain("Nove-dlouhe-Heslo-77");
    expect(mails.map((m) => m.text).join("\n")).not.toContain(started.data.secret);
  });

  it("a password set through a reset link is followed by a notice", async () => {
    process.env.SMTP_URL = sink.url;
    const council = "rada@demo.rodina-lk.cz";
    await sendPasswordResetLink(db, "user-council", null);
    const token = /\/prihlaseni\/heslo\/([A-Za-z0-9_-]{43})/.exec(mailsTo(council).at(-1)!.text)![1];
    expect(
      await setPasswordWithLink(db, {
        token,
        password: "Jizerske-Hory-Heslo-2027",
        confirm: "Jizerske-Hory-Heslo-2027",
      }),
    ).toMatchObject({ ok: true });
    expect(mailsTo(council).at(-1)!.text).toContain("bylo k vašemu účtu nastaveno nové heslo odkazem z e-mailu");
  });

  it("a mail server that refuses does not undo the change", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    await actAs("memberA");
    expect(
      await changePassword({
        current: DEMO_PASSWORD,
        password: "Jine-dlouhe-Heslo-88",
        confirm: "Jine-dlouhe-Heslo-88",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await checkCredentials({ email: "clen.naruc@demo.rodina-lk.cz", password: "Jine-dlouhe-Heslo-88" }, "10.9.0.1"),
    ).not.toBeNull();
    expect(mailsTo("clen.naruc@demo.rodina-lk.cz")).toEqual([]);
  });
});
