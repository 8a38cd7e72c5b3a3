// Before the first test: every demo role signs in once and its session is saved (e2e/users.ts), then the server is
// warmed: every route the suite visits is rendered once, so no test pays for a cold route on a busy machine.
// A role whose sign-in fails is named with the reason; its tests then run without a session and fail on their own,
// while every other test still runs and reports.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium, type FullConfig, type Page } from "@playwright/test";
import { freshTotpCode } from "./totp";
import { PASSWORD, TOTP_SECRETS, USERS, stateOf, type Who } from "./users";

// Upper bounds for a 2-core machine under load; each wait ends as soon as its signal arrives.
const SLOW = 120_000;
const ROUTES = [
  "/",
  "/strategicky-plan",
  "/strategicky-plan/opatreni",
  "/strategicky-plan/opatreni/plan-2024-2028-plan-2019-2023-a4-g1-m1",
  "/strategicky-plan/akcni-plany",
  "/strategicky-plan/import",
  "/nabor",
  "/nabor/import",
  "/nabor/kalendar",
  "/nabor/kampane",
  "/nabor/programy",
  "/nabor/programy/prog-nrp-2024",
  "/nabor/programy/novy",
  "/nabor/statistiky",
  "/nabor/ke-schvaleni",
  "/nabor/organizace/org-naruc",
  "/nabor/akce/nova",
  "/reporty",
  "/reporty/rada",
  "/reporty/hodnoceni",
  "/reporty/hodnoceni/plan-2024-2028/2025",
  "/moje-ukoly",
  "/jak-se-signal-pocita",
  "/ucet",
  "/sprava",
  "/sprava/audit",
  "/sprava/typy-akci",
  "/sprava/uzivatele",
  "/sprava/uzivatele/pozvat",
  "/pristupnost",
  "/sprava/organizace",
];

async function signIn(page: Page, who: Who, baseURL: string) {
  await page.goto(`${baseURL}/prihlaseni`, { timeout: SLOW });
  await page.getByLabel("E-mail").fill(USERS[who]);
  await page.getByLabel("Heslo").fill(PASSWORD);
  const secret = TOTP_SECRETS[who];
  if (secret) {
    // The second step (lib/auth/login): the form asks for the code, then signs in with all three.
    await page.getByRole("button", { name: "Přihlásit se" }).click();
    await page.getByLabel("Kód z ověřovací aplikace nebo záchranný kód").waitFor({ timeout: SLOW });
    await page.getByLabel("Kód z ověřovací aplikace nebo záchranný kód").fill(await freshTotpCode(USERS[who], secret));
  }
  const submit = page.getByRole("button", { name: secret ? "Ověřit a přihlásit" : "Přihlásit se" });
  await Promise.all([page.waitForURL(`${baseURL}/`, { timeout: SLOW }), submit.click()]);
  const cookies = await page.context().cookies();
  if (!cookies.some((c) => c.name.includes("session-token"))) throw new Error("no session cookie after signing in");
  // The landing page: the regional overview, or a member's own organisation (components/my-organisation).
  await page.getByRole("heading", { name: /^(Přehled|Moje organizace – )/, level: 1 }).waitFor({ timeout: SLOW });
}

export default async function globalSetup(config: FullConfig) {
  const use = config.projects[0].use;
  const baseURL = use.baseURL!;
  const browser = await chromium.launch(use.launchOptions);
  const failed: string[] = [];
  try {
    for (const who of Object.keys(USERS) as Who[]) {
      const context = await browser.newContext({ locale: "cs-CZ", timezoneId: "Europe/Prague" });
      const page = await context.newPage();
      mkdirSync(path.dirname(stateOf(who)), { recursive: true });
      try {
        await signIn(page, who, baseURL);
        await context.storageState({ path: stateOf(who) });
      } catch (error) {
        failed.push(`sign-in as ${who} (${USERS[who]}) failed: ${(error as Error).message.split("\n")[0]}`);
        writeFileSync(stateOf(who), JSON.stringify({ cookies: [], origins: [] }));
      }
      if (who === "admin" && !failed.length) {
        for (const route of ROUTES)
          await page
            .goto(`${baseURL}${route}`, { timeout: SLOW })
            .catch((e: Error) => console.warn(`warm-up ${route}: ${e.message.split("\n")[0]}`));
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  for (const line of failed) console.error(`e2e setup: ${line}`);
}
