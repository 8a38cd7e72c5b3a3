import { describe, expect, it } from "vitest";
import { accountLinkMail } from "./mail";

describe("account link e-mail", () => {
  const input = {
    name: "Petra <Nová>",
    email: "petra@example.cz",
    url: "https://rodina.kraj-lbc.cz/prihlaseni/heslo/abc",
    expiresAt: new Date("2026-12-03T17:00:00Z"),
  };

  it("invites in Czech with the link and its Prague expiry, in text and HTML", () => {
    const mail = accountLinkMail({ ...input, kind: "INVITATION", inviter: "Tomáš Veselý" });
    expect(mail.subject).toBe("Pozvánka do aplikace Rodinná politika Libereckého kraje");
    expect(mail.text).toContain("Tomáš Veselý vás zve");
    expect(mail.text).toContain("odkaz platí do 3. 12. 2026 18:00");
    expect(mail.text).toContain(input.url);
    expect(mail.html).toContain(`href="${input.url}"`);
    // The name is escaped in HTML, not interpreted.
    expect(mail.html).toContain("Petra &lt;Nová&gt;");
    expect(mail.html).not.toContain("<Nová>");
  });

  it("words a reset differently", () => {
    const mail = accountLinkMail({ ...input, kind: "PASSWORD_RESET" });
    expect(mail.subject).toContain("Obnovení hesla");
    expect(mail.text).toContain("požádal o nové heslo k účtu petra@example.cz");
  });
});
