import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { queryOne } from "./db";
import { stateOf } from "./users";

const MEASURE = "plan-2024-2028-plan-2019-2023-a4-g1-m1"; // 2.1.1 in the draft plan 2024–2028
const RETURNED = "evt-2026-open-4"; // Rodina v centru's event returned for completion

test.describe("coordinator", () => {
  test.use({ storageState: stateOf("coordinator") });

  test("writes the yearly evaluation, saves it twice and opens version 1 read-only", async ({ page }) => {
    await page.goto("/reporty/hodnoceni");
    await expect(page.getByRole("heading", { level: 1, name: "Roční hodnoticí zpráva" })).toBeVisible();
    await expectAccessible(page);
    await page
      .locator('[data-plan="plan-2024-2028"]')
      .getByRole("link", { name: /Roční hodnoticí zpráva 2026/ })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Roční hodnoticí zpráva 2026" })).toBeVisible();
    await expect(page.getByTestId("action-plan")).toContainText("Akční plán 2026");
    await expectAccessible(page);

    const summary = page.getByLabel("Celkové shrnutí koordinátora");
    const save = page.getByRole("button", { name: "Uložit novou verzi" });
    await summary.fill("První verze: rok přinesl 12 náborových akcí.");
    await page.getByLabel("Komentář koordinátora k opatření 2.1.1").fill("Náborové aktivity probíhají podle plánu.");
    await save.click();
    await expect(page.getByText("Uloženo jako verze 1.")).toBeVisible();
    await summary.fill("Druhá verze: doplněno hodnocení programů.");
    await save.click();
    await expect(page.getByText("Uloženo jako verze 2.")).toBeVisible();

    const versions = page.getByRole("region", { name: "Verze" });
    await expect(versions.getByRole("row")).toHaveCount(3);
    await expect(page.getByTestId("shown-version")).toContainText("Verze 2, uložil/a Jana Dvořáková");
    await expect(page.getByText("Upravujete verzi 2.")).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/screenshots/evaluation-edit.png", fullPage: true });

    await versions.getByRole("link", { name: "Zobrazit verzi 1" }).click();
    await expect(page).toHaveURL(/\?verze=1$/);
    await expect(page.getByTestId("shown-version")).toContainText("Zobrazujete starší verzi 1");
    await expect(page.getByTestId("summary")).toHaveText("První verze: rok přinesl 12 náborových akcí.");
    await expect(page.locator(`[data-row="${MEASURE}"]`)).toContainText("Náborové aktivity probíhají podle plánu.");
    await expect(page.getByRole("main").getByRole("textbox")).toHaveCount(0);
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/screenshots/evaluation-version-1.png", fullPage: true });
  });

  test("approves the 2025 evaluation: its figures freeze as at 31 December, shown in colour and words", async ({
    page,
  }) => {
    await page.goto("/reporty/hodnoceni/plan-2024-2028/2025");
    const state = page.getByTestId("approval-state");
    await expect(state).toHaveAttribute("data-state", "draft");
    await expect(state).toContainText("Koncept – živé údaje");
    await expect(state).toContainText("31. 12. 2025");
    await page.getByLabel("Celkové shrnutí koordinátora").fill("Rok 2025: hodnocení ke schválení.");
    await page.getByRole("button", { name: "Uložit novou verzi" }).click();
    await expect(page.getByText("Uloženo jako verze 1.")).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Schválit verzi 1" }).click();
    await expect(state).toHaveAttribute("data-state", "approved");
    await expect(state).toContainText("Schválená verze – údaje zmrazené");
    await expect(state).toContainText("Jana Dvořáková");
    await expect(page.getByRole("button", { name: /Schválit verzi/ })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Verze" }).getByTestId("version-state")).toContainText("Schváleno");
    await expect(page.getByText("Verze 1 je schválená a už se nemění.")).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/screenshots/evaluation-approved.png", fullPage: true });
  });

  test("sees the events waiting for review and the overdue measures in Moje úkoly", async ({ page }) => {
    const { n } = queryOne<{ n: number }>(
      "SELECT COUNT(*) AS n FROM RecruitmentEvent WHERE status = 'SUBMITTED' AND archivedAt IS NULL",
    );
    await page.goto("/moje-ukoly");
    await expect(page.getByRole("heading", { level: 1, name: "Moje úkoly" })).toBeVisible();
    await expect(page.getByRole("region", { name: /Čeká na schválení/ }).getByRole("listitem")).toHaveCount(n);
    await expect(
      page
        .getByRole("region", { name: /Po termínu/ })
        .getByRole("link")
        .first(),
    ).toHaveAttribute("href", /^\/strategicky-plan\/opatreni\//);
    await expect(page.getByRole("region", { name: /Vráceno k doplnění/ })).toHaveCount(0);
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/screenshots/my-tasks-coordinator.png", fullPage: true });
  });
});

test.describe("working-group member", () => {
  test.use({ storageState: stateOf("memberB") });

  test("sees their returned event in Moje úkoly and switches weekly reminders on", async ({ page }) => {
    const { title } = queryOne<{ title: string }>("SELECT title FROM RecruitmentEvent WHERE id = ?", RETURNED);
    await page.goto("/moje-ukoly");
    await expect(page.getByRole("heading", { level: 1, name: "Moje úkoly" })).toBeVisible();
    const returned = page.getByRole("region", { name: /Vráceno k doplnění/ });
    await expect(returned.getByRole("link", { name: title })).toHaveAttribute("href", `/nabor/akce/${RETURNED}`);
    await expect(page.getByRole("region", { name: /Čeká na schválení/ })).toHaveCount(0);
    await expectAccessible(page);

    await page.getByLabel("Posílat mi týdenní přehled úkolů e-mailem").check();
    await page.getByRole("button", { name: "Uložit nastavení" }).click();
    await expect(page.getByText("Nastavení bylo uloženo.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Posílat mi týdenní přehled úkolů e-mailem")).toBeChecked();
    await expectAccessible(page);
  });
});
