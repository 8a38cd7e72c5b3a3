import { expect, test, type Browser } from "@playwright/test";
import { expectAccessible } from "./axe";
import { appDay } from "./clock";
import { confirmedActivities } from "./db";
import { stateOf, type Who } from "./users";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const TITLE = "Beseda o pěstounské péči v knihovně Turnov";

const as = async (browser: Browser, who: Who) =>
  (await browser.newContext({ storageState: stateOf(who), locale: "cs-CZ" })).newPage();

test("an event goes from a member's log through return and fix to confirmation, counted once", async ({ browser }) => {
  const before = confirmedActivities("NRP-2024-2028");
  const member = await as(browser, "memberA");
  await member.goto("/nabor/akce/nova");
  await expectAccessible(member);
  await member.getByLabel("Typ akce").selectOption("TALK");
  await member.getByLabel("Název akce").fill(TITLE);
  await member.getByLabel("Datum (začátek)").fill(appDay(-20)); // realised: before the app's today
  await member.getByLabel("Obec").fill("Turnov");
  await member.getByLabel("ORP", { exact: true }).selectOption({ label: "Turnov" });
  await member.getByLabel("Oslovené osoby").fill("38");
  await member.getByLabel("Zájemci (dotazy)").fill("2");
  await member.getByLabel("Žadatelé o NRP").fill("5");
  await member.getByLabel(/Přílohy/).setInputFiles({ name: "pozvanka.pdf", mimeType: "application/pdf", buffer: PDF });
  await member.getByRole("button", { name: "Odeslat ke schválení" }).click();
  await expect(member.locator("#applicants-error")).toContainText("Žadatelů nemůže být víc než zájemců");
  await member.getByLabel("Žadatelé o NRP").fill("1");
  await member.getByRole("button", { name: "Odeslat ke schválení" }).click();
  await expect(member.getByRole("heading", { name: TITLE, level: 1 })).toBeVisible();
  await expect(member.getByTestId("event-status")).toHaveText("Odesláno ke schválení · Realizováno");
  await expect(member.getByRole("link", { name: /Stáhnout pozvanka\.pdf/ })).toBeVisible();
  const eventUrl = member.url();

  const coordinator = await as(browser, "coordinator");
  await coordinator.goto(eventUrl);
  await coordinator.getByLabel(/^Komentář/).fill("Doplňte prosím náklady akce."); // not the thread, "Historie a komentáře"
  await coordinator.getByRole("button", { name: "Vrátit s komentářem" }).click();
  await expect(coordinator.getByTestId("event-status")).toHaveText("Vráceno k doplnění · Realizováno");
  expect(confirmedActivities("NRP-2024-2028")).toBe(before);

  await member.goto(eventUrl);
  await expect(member.getByText("Doplňte prosím náklady akce.").first()).toBeVisible(); // the notice and the thread
  await member.getByRole("link", { name: "Upravit akci" }).click();
  await member.getByLabel("Náklady (Kč)").fill("1 250");
  await member.getByRole("button", { name: "Odeslat ke schválení" }).click();
  await expect(member.getByTestId("event-status")).toHaveText("Odesláno ke schválení · Realizováno");

  await coordinator.goto(eventUrl);
  await coordinator.getByRole("button", { name: "Potvrdit" }).click();
  await expect(coordinator.getByTestId("event-status")).toHaveText("Potvrzeno · Realizováno");
  expect(confirmedActivities("NRP-2024-2028")).toBe(before + 1);
  await coordinator.goto("/");
  await expect(coordinator.getByTestId("recruitment-count")).toHaveText(`${before + 1} z 60 aktivit`);
  await expectAccessible(coordinator);

  // Confirmed: the member can no longer change it.
  expect((await member.goto(`${eventUrl}/upravit`))?.status()).toBe(403);
});

test("a member cannot open another organisation's draft or its edit form", async ({ browser }) => {
  const memberA = await as(browser, "memberA");
  await memberA.goto("/nabor?stav=DRAFT");
  const draft = memberA.getByRole("row").nth(1).getByRole("link").first();
  const href = await draft.getAttribute("href");
  const memberB = await as(browser, "memberB");
  expect((await memberB.goto(href!))?.status()).toBe(404);
  expect((await memberB.goto(`${href}/upravit`))?.status()).toBe(403);
});

test.describe("lists", () => {
  test.use({ storageState: stateOf("council") });

  test("filters, the calendar and an organisation's page are accessible", async ({ page }) => {
    await page.goto("/nabor?rok=2019&typ=STAND");
    await expect(page.getByTestId("event-count")).toContainText("akc");
    await expectAccessible(page);
    await page.goto("/nabor/kalendar?rok=2026");
    await expect(page.getByRole("heading", { name: /Kalendář náborových akcí – Rok 2026/ })).toBeVisible();
    await expectAccessible(page);
    await page.goto("/nabor/organizace/org-naruc");
    await expect(page.getByTestId("organisation-summary")).toContainText("Potvrzené akce");
    await expectAccessible(page);
    await expect(page.getByRole("button", { name: "Potvrdit" })).toHaveCount(0);
  });
});
