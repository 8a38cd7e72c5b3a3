import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { queryOne } from "./db";
import { stateOf } from "./users";

// What a word finds, in plain SQL: the event's own text, or its organisation / a partner (for "naruc"), its type (for
// "stanek", the word of "Stánek na akci pro veřejnost").
const NARUC = `(e.searchText LIKE '%naruc%' OR e.organisationId = 'org-naruc'
  OR EXISTS (SELECT 1 FROM RecruitmentEventPartner p WHERE p.eventId = e.id AND p.organisationId = 'org-naruc'))`;
const STANEK = `(e.searchText LIKE '%stanek%' OR e.eventTypeId = 'STAND')`;
const count = (...terms: string[]) =>
  queryOne<{ n: number }>(
    `SELECT COUNT(*) AS n FROM RecruitmentEvent e WHERE e.archivedAt IS NULL AND ${terms.join(" AND ")}`,
  ).n;
const saysFound = (n: number) => new RegExp(`(^|\\D)${n}(\\D|$)`);

// The events search as people type it: "naruc" (no diacritics, lower case) finds NÁRUČ's events, by its name alone.
test.describe("events search", () => {
  test.use({ storageState: stateOf("coordinator") });

  test('"naruc" finds all events of Centrum pro rodinu NÁRUČ and its partnerships; a second word narrows them', async ({
    page,
  }) => {
    const naruc = count(NARUC);
    expect(naruc).toBeGreaterThan(0);
    await page.goto("/nabor");
    await page.getByLabel(/^Hledat/).fill("naruc");
    await page.getByRole("button", { name: "Filtrovat" }).click();
    await expect(page).toHaveURL(/q=naruc/);
    const found = page.getByTestId("event-count");
    await expect(found).toHaveText(saysFound(naruc));
    await expect(page.getByRole("row").filter({ hasText: "Centrum pro rodinu NÁRUČ" }).first()).toBeVisible();
    await expectAccessible(page);

    const stands = count(NARUC, STANEK);
    expect(stands).toBeLessThan(naruc);
    await page.goto("/nabor?q=N%C3%81RU%C4%8C+st%C3%A1nek");
    await expect(found).toHaveText(saysFound(stands));
  });
});
