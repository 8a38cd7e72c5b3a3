import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { appDay } from "./clock";
import { stateOf, type Who } from "./users";

// An event of this spec's own, so that other specs' use of the demo data does not matter.
const TITLE = "Beseda o pěstounské péči v komunitním centru Frýdlant";
const REASON = "Doplňte prosím náklady akce a počet oslovených.";
const ANSWER = "Náklady a počet oslovených jsou doplněny podle prezenční listiny.";
const NOTE = "Děkujeme, vše v pořádku.";

const as = async (browser: Browser, who: Who) =>
  (await browser.newContext({ storageState: stateOf(who), locale: "cs-CZ" })).newPage();
const thread = (page: Page) => page.getByTestId("thread").getByRole("listitem");

test("return → answer → confirm: the event's thread tells what was said, by whom, in order", async ({ browser }) => {
  const member = await as(browser, "memberA");
  await member.goto("/nabor/akce/nova");
  await member.getByLabel("Typ akce").selectOption("TALK");
  await member.getByLabel("Název akce").fill(TITLE);
  await member.getByLabel("Datum (začátek)").fill(appDay(-25)); // realised: before the app's today
  await member.getByLabel("ORP", { exact: true }).selectOption({ label: "Frýdlant" });
  await member.getByRole("button", { name: "Odeslat ke schválení" }).click();
  await expect(member.getByRole("heading", { name: TITLE, level: 1 })).toBeVisible();
  const eventUrl = member.url();

  const coordinator = await as(browser, "coordinator");
  await coordinator.goto(eventUrl);
  await coordinator.getByLabel(/^Komentář/).fill(REASON);
  await coordinator.getByRole("button", { name: "Vrátit s komentářem" }).click();
  await expect(coordinator.getByTestId("event-status")).toHaveText("Vráceno k doplnění · Realizováno");

  // The member's form shows the reason at the top and takes an answer.
  await member.goto(`${eventUrl}/upravit`);
  await expect(member.getByTestId("return-reason")).toHaveText(REASON);
  await expectAccessible(member);
  await member.setViewportSize({ width: 390, height: 844 });
  await member.screenshot({ path: "test-results/screenshots/conversation-returned-form-390.png" });
  await member.getByLabel("Náklady (Kč)").fill("1 800");
  await member.getByLabel("Oslovené osoby").fill("24");
  await member.getByLabel("Odpověď koordinátorce").fill(ANSWER);
  await member.getByRole("button", { name: "Odeslat ke schválení" }).click();
  await expect(member.getByTestId("event-status")).toHaveText("Odesláno ke schválení · Realizováno");

  await coordinator.goto(eventUrl);
  await coordinator.getByLabel(/^Komentář/).fill(NOTE);
  await coordinator.getByRole("button", { name: "Potvrdit", exact: true }).click();
  await expect(coordinator.getByTestId("event-status")).toHaveText("Potvrzeno · Realizováno");

  const lines = await thread(coordinator).allInnerTexts();
  const said = [`vráceno s komentářem: ${REASON}`, `znovu odesláno: ${ANSWER}`, `potvrzeno: ${NOTE}`];
  const at = said.map((text) => lines.findIndex((line) => line.includes(text)));
  expect(
    at.every((i) => i >= 0),
    lines.join("\n"),
  ).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  expect(lines[at[0]]).toContain("Jana Dvořáková (koordinátor/ka)");
  expect(lines[at[1]]).toContain("Lucie Horáková (Centrum pro rodinu NÁRUČ, z.s.)");
  expect(lines[0]).toMatch(
    /^Lucie Horáková \(Centrum pro rodinu NÁRUČ, z\.s\.\) · \d{1,2}\.\s\d{1,2}\.\s2026\s\d{1,2}:\d{2}\s+zapsáno$/,
  );

  // A free comment: an empty one is refused in Czech, a real one joins the thread.
  await coordinator.getByRole("button", { name: "Přidat komentář" }).click();
  await expect(coordinator.locator("#comment-text-error")).toHaveText("Vyplňte prosím toto pole.");
  await coordinator.getByLabel("Vaše zpráva").fill("Fotografie z besedy prosím přiložte k akci.");
  await coordinator.getByRole("button", { name: "Přidat komentář" }).click();
  await expect(thread(coordinator).last()).toContainText("komentář: Fotografie z besedy prosím přiložte k akci.");
  await expect(coordinator.getByLabel("Vaše zpráva")).toHaveValue("");
  await expectAccessible(coordinator);

  const section = coordinator.locator("section", { has: coordinator.getByTestId("thread") });
  await coordinator.setViewportSize({ width: 1440, height: 900 });
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: "test-results/screenshots/conversation-thread-1440.png" });
  await coordinator.setViewportSize({ width: 390, height: 844 });
  await section.screenshot({ path: "test-results/screenshots/conversation-thread-390.png" });
  await coordinator.screenshot({ path: "test-results/screenshots/conversation-event-390.png", fullPage: true });
});

test("the council reads a measure's discussion and joins it", async ({ browser }) => {
  const council = await as(browser, "council");
  await council.goto("/strategicky-plan/opatreni/plan-2024-2028-plan-2019-2023-a2-g1-m2");
  await expect(thread(council).first()).toContainText("Eva Benešová (Rada kraje)");
  await council.getByLabel("Vaše zpráva").fill("Děkuji za doplnění, počty po okresech očekáváme v lednu.");
  await council.getByRole("button", { name: "Přidat komentář" }).click();
  await expect(thread(council).last()).toContainText(
    "komentář: Děkuji za doplnění, počty po okresech očekáváme v lednu.",
  );
  await expectAccessible(council);
  await council.setViewportSize({ width: 390, height: 844 });
  await council
    .locator("section", { has: council.getByTestId("thread") })
    .screenshot({ path: "test-results/screenshots/conversation-measure-390.png" });
});
