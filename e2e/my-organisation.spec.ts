// A member lands on their organisation's page ("Moje organizace"), the regional view is one click away, and "Moje
// úkoly" lists what falls due within 60 days. The overview is served from the page cache: one member's page must never
// reach another user.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { queryOne } from "./db";
import { stateOf, type Who } from "./users";

const NARUC = "Centrum pro rodinu NÁRUČ, z.s.";
const RVC = "Rodina v centru, z.ú.";
const NARUC_SUBMITTED = "evt-2026-open-1";
const REASON = "Doplňte prosím počet zájemců a fotografii stánku.";

const as = async (browser: Browser, who: Who) =>
  (await browser.newContext({ storageState: stateOf(who), locale: "cs-CZ" })).newPage();

async function screenshots(page: Page, name: string) {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screenshots/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const ownerOf = (id: string) =>
  queryOne<{ organisationId: string }>(`SELECT organisationId FROM RecruitmentEvent WHERE id = ?`, id).organisationId;

test("member A sees their organisation first, the returned event with its reason, and the same count as the regional view", async ({
  browser,
}) => {
  const coordinator = await as(browser, "coordinator");
  await coordinator.goto(`/nabor/akce/${NARUC_SUBMITTED}`);
  await coordinator
    .getByLabel(/Komentář/)
    .first()
    .fill(REASON);
  await coordinator.getByRole("button", { name: /^Vrátit/ }).click();
  await expect(coordinator.getByTestId("event-status")).toHaveText(/^Vráceno k doplnění/);

  const member = await as(browser, "memberA");
  await member.goto("/");
  await expect(member.getByRole("heading", { name: `Moje organizace – ${NARUC}`, level: 1 })).toBeVisible();
  // Returned first, with the coordinator's reason and the way to fix it.
  await expect(member.locator("section[data-testid^=state-]").first()).toHaveAttribute("data-testid", "state-RETURNED");
  const returned = member.getByTestId("state-RETURNED");
  await expect(returned.getByTestId("return-reason")).toHaveText(`Důvod vrácení: ${REASON}`);
  await expect(returned.getByRole("link", { name: /^Opravit/ }).first()).toHaveAttribute(
    "href",
    `/nabor/akce/${NARUC_SUBMITTED}/upravit`,
  );
  for (const href of await member
    .locator("[data-testid^=state-] li a[href^='/nabor/akce/']")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) {
    expect(ownerOf(href.split("/")[3]), href).toBe("org-naruc");
  }
  await expect(member.getByTestId("state-CONFIRMED").getByRole("link", { name: /^vše/ })).toHaveAttribute(
    "href",
    "/nabor?organizace=org-naruc&stav=CONFIRMED",
  );
  await expectAccessible(member);
  await screenshots(member, "moje-organizace");

  // The share of the programme equals NÁRUČ's row on the regional view, one click away.
  const confirmed = Number(await member.getByTestId("programme-share").getAttribute("data-confirmed"));
  expect(confirmed).toBeGreaterThan(0);
  await expect(member.getByTestId("share-summary")).toHaveText(new RegExp(`^${confirmed} aktivit[ay]? z `));
  await member.getByRole("link", { name: "Regionální přehled" }).click();
  await expect(member).toHaveURL(/\/\?pohled=kraj$/);
  await expect(member.getByRole("heading", { name: "Přehled", level: 1 })).toBeVisible();
  const row = member.getByRole("row").filter({ has: member.getByRole("rowheader", { name: NARUC, exact: true }) });
  await expect(row.getByRole("cell")).toHaveText(String(confirmed));
  await expectAccessible(member);
  await member.getByRole("link", { name: "Zpět na moji organizaci" }).click();
  await expect(member.getByTestId("my-organisation")).toBeVisible();

  // "Moje úkoly": the 60-day list, only NÁRUČ's events in it.
  await member.goto("/moje-ukoly");
  const upcoming = member.getByTestId("upcoming");
  await expect(upcoming.getByRole("heading", { name: "Do 60 dnů" })).toBeVisible();
  for (const href of await upcoming
    .locator("li[data-kind=event] a")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) {
    expect(ownerOf(href.split("/")[3]), href).toBe("org-naruc");
  }
  await expectAccessible(member);
  await screenshots(member, "moje-ukoly-clen");
});

test("member B sees their own organisation, never A's, although the page is cached", async ({ browser }) => {
  const a = await as(browser, "memberA");
  await a.goto("/");
  expect((await a.goto("/"))?.headers()["x-page-cache"]).toBe("hit");
  const b = await as(browser, "memberB");
  await b.goto("/");
  await expect(b.getByRole("heading", { name: `Moje organizace – ${RVC}`, level: 1 })).toBeVisible();
  await expect(b.getByTestId("my-organisation")).toHaveAttribute("data-organisation", "org-rvc");
  await expect(b.getByText(NARUC)).toHaveCount(0);
  await expect(b.getByTestId("state-RETURNED").getByTestId("return-reason").first()).toContainText("Důvod vrácení:");
  await expectAccessible(b);
});

test.describe("coordinator", () => {
  test.use({ storageState: stateOf("coordinator") });

  test("still lands on the regional view, and sees the 60-day list of everyone's items", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Přehled", level: 1 })).toBeVisible();
    await expect(page.getByTestId("recruitment-count")).toBeVisible();
    await expect(page.getByTestId("my-organisation")).toHaveCount(0);
    await page.goto("/moje-ukoly");
    await expect(page.getByTestId("upcoming").getByRole("heading", { name: "Do 60 dnů" })).toBeVisible();
    await expectAccessible(page);
  });
});
