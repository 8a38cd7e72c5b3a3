import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { queryOne } from "./db";
import { stateOf } from "./users";

// The events search as people type it: "naruc" (no diacritics, lower case) finds NÁRUČ's events, by its name alone.
test.describe("events search", () => {
  test.use({ storageState: stateOf("coordinator") });

  test('"naruc" finds all events of Centrum pro rodinu NÁRUČ and its partnerships; a second word narrows them', async ({ page }) => {
    const expected = queryOne<{ n: number }>(
      `SELECT COUNT(*) AS n FROM RecruitmentEvent e WHERE e.archivedAt IS NULL AND (e.organisationId = 'org-naruc'
         OR EXISTS (SELECT 1 FROM RecruitmentEventPartner p WHERE p.eventId = e.id AND p.organisationId = 'org-naruc'))`,
    ).n;
    expect(expected).toBeGreaterThan(0);
    await page.goto("/nabor");
    await page.getByLabel(/^Hledat/).fill("naruc");
    await page.getByRole("button", { name: "Filtrovat" }).click();
    await expect(page).toHaveURL(/q=naruc/);
    const count = page.getByTestId("event-count");
    await expect(count).toHaveText(new RegExp(`(^|\\D)${expected}(\\D|$)`));
    await expect(page.getByRole("row").filter({ hasText: "Centrum pro rodinu NÁRUČ" }).first()).toBeVisible();
    await expectAccessible(page);

    const stands = queryOne<{ n: number }>(
      `SELECT COUNT(*) AS n FROM RecruitmentEvent e WHERE e.archivedAt IS NULL AND e.eventTypeId = 'STAND' AND (e.organisationId = 'org-naruc'
         OR EXISTS (SELECT 1 FROM RecruitmentEventPartner p WHERE p.eventId = e.id AND p.organisationId = 'org-naruc'))`,
    ).n;
    await page.goto("/nabor?q=N%C3%81RU%C4%8C+st%C3%A1nek");
    await expect(count).toHaveText(new RegExp(`(^|\\D)${stands}(\\D|$)`));
  });
});
