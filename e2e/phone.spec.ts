import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { appDay } from "./clock";
import { queryOne } from "./db";
import { expectNoSidewaysScroll, expectTouchTargets, smallTargets } from "./targets";
import { stateOf, type Who } from "./users";

const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1440, height: 900 };
const NARUC = "Centrum pro rodinu NÁRUČ, z.s.";
const MAJAK = "MAJÁK o.p.s.";
const TITLE = "Den pěstounství na náměstí ve Frýdlantu";
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/phone-${name}.png`, fullPage: true });
const filterToggle = (page: Page) => page.locator("summary", { hasText: "Filtry" });
const expectOnlyOption = async (page: Page, name: string) => {
  await expect(page.getByRole("option", { name, exact: true })).toBeVisible();
  await expect(page.getByRole("option")).toHaveCount(1);
};

test.describe("events list filters", () => {
  test.use({ storageState: stateOf("coordinator") });

  test("on a phone the filters fold behind “Filtry” with the number of active ones and open on a tap", async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto("/nabor?rok=2025&typ=TALK");
    const form = page.getByRole("form", { name: "Filtry" });
    await expect(filterToggle(page)).toHaveAccessibleName(/^Filtry\s*,\s*2 aktivní$/);
    await expect(form).toBeHidden();
    await shot(page, "nabor-390-folded");
    await filterToggle(page).click();
    await expect(form).toBeVisible();
    await expect(form.getByLabel("Rok")).toHaveValue("2025");
    await expect(form.getByLabel("Typ", { exact: true })).toHaveValue("TALK");
    await expectTouchTargets(page);
    await expectAccessible(page);
    await shot(page, "nabor-390-open");
  });

  test("on a wide screen the filters show without a tap", async ({ page }) => {
    await page.setViewportSize(WIDE);
    await page.goto("/nabor?rok=2025");
    await expect(page.getByRole("form", { name: "Filtry" }).getByLabel("Rok")).toBeVisible();
    await expect(filterToggle(page)).toBeHidden();
    await shot(page, "nabor-1440");
  });
});

test.describe("partner organisations", () => {
  test.use({ storageState: stateOf("memberB") });

  test("are picked in a searchable combobox, shown as removable chips and saved", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto("/nabor/akce/nova");
    const picker = page.getByRole("combobox", { name: "Spolupracující organizace" });
    const chips = page.getByRole("list", { name: "Vybrané organizace" }).getByRole("listitem");
    await picker.fill("naruc");
    await expectOnlyOption(page, NARUC);
    await page.getByRole("option", { name: NARUC }).click();
    await expect(chips).toContainText([NARUC]);
    await page.getByRole("button", { name: `Odebrat ${NARUC}` }).click();
    await expect(chips).toHaveCount(0);

    await picker.fill("naruc");
    await page.getByRole("option", { name: NARUC }).click();
    await picker.fill("majak"); // by keyboard this time
    await expectOnlyOption(page, MAJAK);
    await picker.press("ArrowDown");
    await picker.press("Enter");
    await expect(chips).toContainText([NARUC, MAJAK]);
    await picker.fill("zzz");
    await expect(page.getByRole("status").filter({ hasText: "Žádná organizace neodpovídá." })).toBeVisible();
    await picker.fill("");
    await expectTouchTargets(page);
    await expectAccessible(page);
    await shot(page, "event-form-partners-390");
    await picker.press("Escape");
    await page.setViewportSize(WIDE);
    await picker.fill("o");
    await shot(page, "event-form-partners-1440");
    await picker.press("Escape");

    await page.getByLabel("Typ akce").selectOption("TALK");
    await page.getByLabel("Název akce").fill(TITLE);
    await page.getByLabel("Datum (začátek)").fill(appDay(-18));
    await page.getByLabel("ORP", { exact: true }).selectOption({ label: "Frýdlant" });
    await page.getByRole("button", { name: "Odeslat ke schválení" }).click();
    await expect(page.getByRole("heading", { name: TITLE, level: 1 })).toBeVisible();
    const eventId = page.url().split("/").pop();
    const stored = queryOne<{ ids: string }>(
      "SELECT group_concat(organisationId, ',') AS ids FROM (SELECT organisationId FROM RecruitmentEventPartner WHERE eventId = ? ORDER BY organisationId)",
      eventId,
    );
    expect(stored.ids).toBe("org-majak,org-naruc");
  });
});

test.describe("measure partners", () => {
  test.use({ storageState: stateOf("coordinator"), viewport: PHONE });
  const MEASURE = "plan-2024-2028-plan-2019-2023-a4-g1-m1";

  test("use the same combobox and are saved", async ({ page }) => {
    await page.goto(`/strategicky-plan/opatreni/${MEASURE}/upravit`);
    const picker = page.getByRole("combobox", { name: "Spolupracující subjekty" });
    await picker.fill("majak");
    await expectOnlyOption(page, MAJAK);
    await picker.press("ArrowDown");
    await picker.press("Enter");
    await picker.press("Escape");
    await page.getByRole("button", { name: "Uložit opatření" }).click();
    await expect(page).toHaveURL(new RegExp(`/strategicky-plan/opatreni/${MEASURE}$`));
    expect(
      queryOne<{ n: number }>(
        "SELECT COUNT(*) AS n FROM MeasurePartner WHERE measureId = ? AND organisationId = 'org-majak'",
        MEASURE,
      ).n,
    ).toBe(1);
  });
});

test.describe("audit log filters with an error", () => {
  test.use({ storageState: stateOf("admin"), viewport: PHONE });

  test("stay unfolded on a phone, so the wrong field is in view", async ({ page }) => {
    await page.goto("/sprava/audit?od=32.1.2026");
    const form = page.getByRole("form", { name: "Filtry auditního záznamu" });
    await expect(form.getByLabel("Od")).toBeVisible();
    await expect(form.getByLabel("Od")).toHaveAttribute("aria-invalid", "true");
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
  });
});

test("the target check flags small targets that crowd each other, not links in a sentence or well spaced ones", async ({
  page,
}) => {
  await page.setContent(`<main>
    <label><input type="checkbox" style="width:16px;height:16px;margin:0;display:block"></label>
    <label><input type="checkbox" style="width:16px;height:16px;margin:0;display:block"></label>
    <p style="margin-top:60px;font-size:14px;line-height:16px">Read <a href="#x">the rules</a> first.</p>
    <button style="display:block;margin-top:60px;width:80px;height:16px">Alone</button>
  </main>`);
  expect(await page.evaluate(smallTargets)).toEqual(["input '' 16×16", "input '' 16×16"]);
});

// Every main page on a phone: big enough targets, no sideways scrolling of the page, axe clean.
const PAGES: [Who, string][] = [
  ["coordinator", "/nabor"],
  ["memberA", "/nabor/akce/nova"],
  ["coordinator", "/strategicky-plan/opatreni"],
  ["coordinator", "/?pohled=kraj"],
  ["memberA", "/"],
  ["memberA", "/moje-ukoly"],
  ["coordinator", "/nabor/ke-schvaleni"],
  ["coordinator", "/nabor/programy/prog-nrp-2024"],
  ["council", "/reporty/rada"],
];
for (const [who, path] of PAGES) {
  test.describe(`${path} as ${who} at 390 px`, () => {
    test.use({ storageState: stateOf(who), viewport: PHONE });
    test("targets, width, axe", async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectTouchTargets(page);
      await expectNoSidewaysScroll(page);
      await expectAccessible(page);
    });
  });
}
