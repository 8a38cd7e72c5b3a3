// The demo accounts the suite signs in with (prisma/seed/people.ts) and where their saved sessions live.
import { DEMO_ADMIN_TOTP_SECRET } from "../prisma/seed/people";

export const PASSWORD = "Demo.Heslo.2026";
export const USERS = {
  admin: "spravce@demo.rodina-lk.cz",
  coordinator: "koordinatorka@demo.rodina-lk.cz",
  memberA: "clen.naruc@demo.rodina-lk.cz",
  memberB: "clen.rvc@demo.rodina-lk.cz",
  council: "rada@demo.rodina-lk.cz",
} as const;
export type Who = keyof typeof USERS;
/** Accounts with a second factor (the demo admin, as the demo's policy requires): the sign-in also asks for a code
 * from this secret (e2e/totp.ts). */
export const TOTP_SECRETS: Partial<Record<Who, string>> = { admin: DEMO_ADMIN_TOTP_SECRET };
// Outside test-results, which Playwright empties when a run starts; one folder per server port, so that two suites
// on two ports (each with its own database) can run side by side.
export const stateOf = (who: Who) => `data/e2e-auth-${process.env.E2E_PORT ?? 3100}/${who}.json`;
