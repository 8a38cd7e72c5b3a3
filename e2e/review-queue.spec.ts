import Database from "better-sqlite3";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { queryOne } from "./db";
import { stateOf } from "./users";

const DB = path.join(process.cwd(), "data", `e2e-${process.env.E2E_PORT ?? 3100}.db`);

/** Submitted events of this test only (copies of a demo one, whatever other specs did to it meanwhile). */
function addSubmitted(ids: string[], titles: string[]) {
  const db = new Database(DB);
  try {
    const skip = [
      "id",
      "title",
      "searchText",
      "idempotencyKey",
      "importKey",
      "status",
      "reviewComment",
      "reviewedById",
      "reviewedAt",
      "archivedAt",
    ];
    const cols = (db.prepare("PRAGMA table_info(RecruitmentEvent)").all() as { name: string }[])
      .map((c) => `"${c.name}"`)
      .filter((c) => !skip.includes(c.slice(1, -1)));
    const insert = db.prepare(
      `INSERT INTO RecruitmentEvent (id, title, searchText, status, ${cols}) SELECT ?, ?, ?, 'SUBMITTED', ${cols} FROM RecruitmentEvent WHERE id = 'evt-2026-open-1'`,
    );
    ids.forEach((id, i) => insert.run(id, titles[i], titles[i].toLowerCase()));
  } finally {
    db.close();
  }
}
const stateOfEvent = (id: string) =>
  queryOne<{ status: string; reviewComment: string | null }>(
    "SELECT status, reviewComment FROM RecruitmentEvent WHERE id = ?",
    id,
  );

async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("not reached with Tab");
}

/** No horizontal scrolling of the page, nor of any scrolling box in it (a table cut off in a card). */
const overflowing = (page: Page) =>
  page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll<HTMLElement>(".overflow-x-auto, main *")]
      // (clientWidth > 2 leaves out visually hidden text, which is clipped on purpose)
      .filter(
        (el) =>
          el.scrollWidth > el.clientWidth + 1 &&
          el.clientWidth > 2 &&
          (el === document.documentElement || getComputedStyle(el).overflowX !== "visible"),
      )
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 80)),
  );

test.describe("review queue", () => {
  test.use({ storageState: stateOf("coordinator") });

  test("the coordinator returns one, confirms two at once and one by keyboard only; the count in the navigation follows", async ({
    page,
  }) => {
    const stamp = Date.now();
    const ids = ["a", "b", "c", "d", "e"].map((l) => `e2e-queue-${stamp}-${l}`);
    const [A, B, C, D, E] = ["A", "B", "C", "D", "E"].map((l) => `Beseda E2E fronta ${stamp} ${l}`);
    addSubmitted(ids, [A, B, C, D, E]);
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.goto("/nabor");
    const nav = page.getByRole("navigation", { name: "Hlavní navigace" }).getByRole("link", { name: /^Ke schválení/ });
    const navCount = async () => Number((await nav.textContent())!.match(/\((\d+)\)/)![1]);
    const before = await navCount();
    expect(before).toBeGreaterThanOrEqual(5);
    await expect(nav).toHaveAccessibleName(new RegExp(`^Ke schválení, ${before} ček`));

    // The events list links a submitted event to its place in the queue; nothing in the list is cut off at 1280 px.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/nabor?q=${encodeURIComponent(`fronta ${stamp}`)}`);
    expect(await overflowing(page)).toEqual([]);
    await page
      .getByRole("row")
      .filter({ hasText: A })
      .getByRole("link", { name: `Posoudit: ${A}` })
      .click();
    await expect(page).toHaveURL(new RegExp(`/nabor/ke-schvaleni#akce-${ids[0]}$`));
    await expect(page.getByRole("heading", { name: "Ke schválení", level: 1 })).toBeVisible();
    await expect(nav).toHaveAttribute("aria-current", "page");
    expect(await overflowing(page)).toEqual([]);
    const item = (title: string) =>
      page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title, level: 3 }) });
    const status = page.getByTestId("queue-status");
    // Every action of every item is on screen without horizontal scrolling.
    for (const button of await item(A).getByRole("button").all())
      expect((await button.boundingBox())!.x + (await button.boundingBox())!.width).toBeLessThanOrEqual(1280);

    // Returning needs a comment.
    await item(A).getByRole("button", { name: "Vrátit s komentářem" }).click();
    await expect(item(A).getByText("Při vrácení k doplnění uveďte komentář.")).toBeVisible();
    await expect(item(A).getByLabel(/^Komentář/)).toBeFocused();
    await item(A)
      .getByLabel(/^Komentář/)
      .fill("Doplňte prosím náklady akce.");
    await item(A).getByRole("button", { name: "Vrátit s komentářem" }).click();
    await expect(status).toHaveText(`Akce „${A}“ byla vrácena k doplnění.`);
    await expect(item(A)).toHaveCount(0);
    expect(stateOfEvent(ids[0])).toEqual({ status: "RETURNED", reviewComment: "Doplňte prosím náklady akce." });

    // Two at once, with a shared note.
    await page.getByRole("checkbox", { name: `Vybrat akci ${B}` }).check();
    await page.getByRole("checkbox", { name: `Vybrat akci ${C}` }).check();
    await page.getByLabel(/^Poznámka k potvrzení/).fill("Potvrzeno hromadně.");
    await page.screenshot({ path: "test-results/screenshots/review-queue-1280.png" });
    await page.getByRole("button", { name: "Potvrdit vybrané (2)" }).click();
    await expect(status).toHaveText("Potvrzeny 2 akce.");
    await expect(item(B)).toHaveCount(0);
    await expect(item(C)).toHaveCount(0);
    for (const id of [ids[1], ids[2]])
      expect(stateOfEvent(id)).toEqual({ status: "CONFIRMED", reviewComment: "Potvrzeno hromadně." });
    await expect.poll(navCount).toBe(before - 3);

    // Keyboard only: from the top of the page, Tab to D's "Potvrdit" and press Enter; focus moves to the next item.
    await page.goto("/nabor/ke-schvaleni");
    await tabTo(page, item(D).getByRole("button", { name: "Potvrdit", exact: true }));
    await page.keyboard.press("Enter");
    await expect(status).toHaveText(`Akce „${D}“ byla potvrzena.`);
    await expect(item(D)).toHaveCount(0);
    const nextBox = page.getByRole("checkbox", { name: `Vybrat akci ${E}` });
    await expect(nextBox).toBeFocused();
    expect(stateOfEvent(ids[3]).status).toBe("CONFIRMED");
    await page.keyboard.press("Space");
    await expect(nextBox).toBeChecked();
    await expect(page.getByRole("button", { name: "Potvrdit vybrané (1)" })).toBeEnabled();
    await expect.poll(navCount).toBe(before - 4);

    await page.setViewportSize({ width: 1440, height: 1000 });
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/screenshots/review-queue-1440.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflowing(page)).toEqual([]);
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/screenshots/review-queue-390.png", fullPage: true });
  });

  test("members and the council cannot open the queue and see no count", async ({ browser }) => {
    for (const who of ["memberA", "council"] as const) {
      const page = await (await browser.newContext({ storageState: stateOf(who) })).newPage();
      expect((await page.goto("/nabor/ke-schvaleni"))?.status()).toBe(403);
      await page.goto("/nabor");
      await expect(page.getByRole("link", { name: /^Ke schválení/ })).toHaveCount(0);
      await expect(page.getByRole("link", { name: /^Posoudit/ })).toHaveCount(0);
      await page.context().close();
    }
  });
});

// Lists with actions per row: at 1280 px nothing scrolls sideways; at 390 px the page itself does not.
const LISTS = {
  coordinator: [
    "/nabor",
    "/nabor/programy",
    "/nabor/kampane",
    "/nabor/organizace/org-naruc",
    "/strategicky-plan/opatreni",
    "/strategicky-plan/akcni-plany",
    "/moje-ukoly",
  ],
  admin: ["/sprava", "/sprava/typy-akci", "/sprava/audit"],
} as const;

for (const [who, routes] of Object.entries(LISTS)) {
  test.describe(`lists as ${who}`, () => {
    test.use({ storageState: stateOf(who as keyof typeof LISTS) });

    test(`no list hides its row actions off-screen (${who})`, async ({ page }) => {
      const found: string[] = [];
      for (const route of routes) {
        const name = route.replaceAll("/", "_");
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(route);
        found.push(...(await overflowing(page)).map((el) => `${route} @1280: ${el}`));
        await page.screenshot({ path: `test-results/screenshots/list${name}-1280.png`, fullPage: true });
        await page.setViewportSize({ width: 390, height: 844 });
        const wide = await page.evaluate(
          () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
        );
        if (wide) found.push(`${route} @390: the page scrolls sideways`);
        await page.screenshot({ path: `test-results/screenshots/list${name}-390.png`, fullPage: true });
      }
      expect(found).toEqual([]);
    });
  });
}
