import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { queryOne } from "./db";
import { stateOf } from "./users";

const MEASURE = "plan-2019-2023-a4-g1-m3";
const MEASURE_URL = `/strategicky-plan/opatreni/${MEASURE}`;
const MB = 1024 * 1024;
const PDF_HEAD = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
/** A real PDF header padded with zeros to `size` bytes, so only the size can be wrong. */
const pdf = (name: string, size: number) => {
  const buffer = Buffer.alloc(size);
  PDF_HEAD.copy(buffer);
  return { name, mimeType: "application/pdf", buffer };
};
const stored = () =>
  queryOne<{ updates: number; attachments: number; largest: number | null; audit: number }>(
    `SELECT (SELECT COUNT(*) FROM ProgressUpdate WHERE measureId = ?) AS updates, (SELECT COUNT(*) FROM Attachment) AS attachments,
     (SELECT MAX(size) FROM Attachment) AS largest, (SELECT COUNT(*) FROM AuditLog) AS audit`,
    MEASURE,
  );

const text = (page: Page) => page.getByLabel("Text zprávy");
const progress = (page: Page) => page.getByLabel("Plnění (%)");
const reason = (page: Page) => page.getByLabel("Důvod zpoždění nebo zrušení");
const file = (page: Page) => page.getByLabel(/^Příloha/);
const post = (page: Page) => page.getByRole("button", { name: "Uložit průběžnou zprávu" });
const chosenFiles = (page: Page) => file(page).evaluate((input: HTMLInputElement) => input.files?.length ?? 0);
/** Every dialog is recorded and answered with `answer.accept`; a dialog nobody expected fails the test's counts. */
function dialogs(page: Page) {
  const seen: string[] = [];
  const answer = { accept: false };
  page.on("dialog", (dialog) => {
    seen.push(dialog.message());
    void (answer.accept ? dialog.accept() : dialog.dismiss());
  });
  return { seen, answer };
}

test.describe.serial("forms that behave", () => {
  test.use({ storageState: stateOf("coordinator") });

  test("a posted progress update empties the form, is announced and appears once; leaving afterwards asks nothing", async ({
    page,
  }) => {
    const { seen } = dialogs(page);
    await page.goto(MEASURE_URL);
    const before = stored();
    const message = "Zpráva z testu formulářů: po uložení se formulář vyprázdní.";
    await text(page).fill(message);
    await progress(page).fill("45");
    await reason(page).fill("Poznámka k plnění");
    await file(page).setInputFiles(pdf("zprava.pdf", 2000));
    await post(page).click();

    await expect(page.getByRole("status").filter({ hasText: "Průběžná zpráva uložena." })).toBeVisible();
    await expect(text(page)).toHaveValue("");
    await expect(progress(page)).toHaveValue("");
    await expect(reason(page)).toHaveValue("");
    expect(await chosenFiles(page)).toBe(0);
    await expect(page.getByTestId("update-timeline").getByText(message)).toHaveCount(1);
    expect(stored()).toMatchObject({ updates: before.updates + 1, attachments: before.attachments + 1 });

    await expectAccessible(page);
    const form = page.getByRole("form", { name: "Nová průběžná zpráva" });
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await form.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screenshots/progress-form-saved-${width}.png` });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    // Saved: nothing left to lose, so the way out asks nothing.
    await page.getByRole("link", { name: "Reporty", exact: true }).click();
    await expect(page).toHaveURL(/\/reporty$/);
    expect(seen).toEqual([]);
  });

  test("an 11 MB or 30 MB file is refused with a Czech message, before sending and by the server", async ({ page }) => {
    await page.goto(MEASURE_URL);
    const before = stored();
    const error = page.locator("#update-attachment-error");

    // In the browser: the file is named with its size and not kept, so it is never sent.
    for (const [name, size, shown] of [
      ["velka-zprava.pdf", 11 * MB, "11"],
      ["obrovska-zprava.pdf", 30.2 * MB, "30,2"],
    ] as const) {
      await file(page).setInputFiles(pdf(name, size));
      await expect(error).toHaveText(`Soubor „${name}“ má ${shown} MB; nejvýše lze nahrát 10 MB.`);
      await expect(file(page)).toHaveAttribute("aria-invalid", "true");
      expect(await chosenFiles(page)).toBe(0);
    }
    expect(stored()).toEqual(before);

    // Past the browser's check (a small file is chosen, the request's bytes are swapped on the way): the framework's
    // body limits let the request through and the app answers in Czech; far over them, the form still says what failed.
    const small = pdf("mala.pdf", 1000);
    let swapTo = 0;
    await page.route("**/strategicky-plan/opatreni/**", async (route) => {
      const body = route.request().postDataBuffer();
      const at = body?.indexOf(small.buffer) ?? -1;
      if (route.request().method() !== "POST" || !body || at < 0) return route.continue();
      await route.continue({
        postData: Buffer.concat([
          body.subarray(0, at),
          pdf("x", swapTo).buffer,
          body.subarray(at + small.buffer.length),
        ]),
      });
    });
    for (const size of [11 * MB, 30 * MB]) {
      swapTo = size;
      await text(page).fill(`Zpráva s přílohou ${size / MB} MB`);
      await file(page).setInputFiles(small);
      await post(page).click();
      await expect(error).toHaveText("Soubor je příliš velký; nejvýše lze nahrát 10 MB.");
      await expect(
        page.getByRole("status").filter({ hasText: "Soubor je příliš velký (nejvýše 10 MB)." }),
      ).toBeVisible();
      expect(stored()).toEqual(before);
    }
    swapTo = 70 * MB;
    await file(page).setInputFiles(small);
    await post(page).click();
    await expect(page.getByRole("status").filter({ hasText: "Soubor se nepodařilo odeslat." })).toBeVisible();
    expect(stored()).toEqual(before);
    await page.unroute("**/strategicky-plan/opatreni/**");

    // The page still works: the same update with a file within the limit is posted.
    await file(page).setInputFiles(small);
    await post(page).click();
    await expect(page.getByRole("status").filter({ hasText: "Průběžná zpráva uložena." })).toBeVisible();
    expect(stored()).toMatchObject({
      updates: before.updates + 1,
      attachments: before.attachments + 1,
      largest: before.largest,
    });
    await expectAccessible(page);
  });

  test("leaving a form with unsaved changes asks first: a link, the back button", async ({ page }) => {
    const { seen, answer } = dialogs(page);
    await page.goto(MEASURE_URL);
    await text(page).fill("Rozepsaná zpráva");
    const reports = page.getByRole("link", { name: "Reporty", exact: true });

    await reports.click();
    await expect.poll(() => seen).toEqual(["Máte neuložené změny. Opravdu chcete odejít?"]);
    await expect(page).toHaveURL(new RegExp(`${MEASURE_URL}$`));
    await expect(text(page)).toHaveValue("Rozepsaná zpráva");

    await page.goBack();
    await expect.poll(() => seen.length).toBe(2);
    await expect(page).toHaveURL(new RegExp(`${MEASURE_URL}$`));
    await expect(text(page)).toHaveValue("Rozepsaná zpráva");

    answer.accept = true;
    await reports.click();
    await expect(page).toHaveURL(/\/reporty$/);
    expect(seen).toHaveLength(3);
  });
});
