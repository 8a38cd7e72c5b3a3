import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { sampleRows, xlsxOf } from "../lib/plan-import/test-files";
import { expectAccessible } from "./axe";
import { queryOne } from "./db";
import { stateOf } from "./users";

const PLAN = "plan-2024-2028";
const dir = path.join("test-results", "plan-import");
const imported = () =>
  queryOne<{ n: number }>("SELECT COUNT(*) AS n FROM Measure WHERE planId = ? AND code LIKE '40.%'", PLAN).n;

test.describe("coordinator imports measures from XLSX", () => {
  test.use({ storageState: stateOf("coordinator") });

  test("errors are listed and nothing is written; the fixed file imports after confirming", async ({ page }) => {
    mkdirSync(dir, { recursive: true });
    const good = sampleRows(8, 40);
    const bad = good.map((row, i) =>
      i === 2 ? { ...row, deadline: "31. 2. 2026" } : i === 5 ? { ...row, status: "Hotovo" } : row,
    );
    writeFileSync(path.join(dir, "chyby.xlsx"), await xlsxOf(bad));
    writeFileSync(path.join(dir, "opatreni.xlsx"), await xlsxOf(good));

    await page.goto(`/strategicky-plan/import?plan=${PLAN}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import opatření do strategického plánu");
    await expectAccessible(page);

    const file = page.getByLabel("Soubor XLSX nebo CSV");
    const check = page.getByRole("button", { name: "Zkontrolovat soubor" });
    await check.click();
    await expect(page.getByText("Vyberte soubor k importu.")).toBeVisible();

    await file.setInputFiles(path.join(dir, "chyby.xlsx"));
    await check.click();
    const issues = page.getByTestId("import-issues").getByRole("row");
    await expect(issues).toHaveCount(3);
    await expect(issues.nth(1)).toHaveText(/^4Termín plnění„31\. 2\. 2026“ není platné datum/);
    await expect(issues.nth(2)).toHaveText(/^7StavNeznámý stav „Hotovo“/);
    await expect(page.getByRole("button", { name: "Potvrdit import" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Importovat platné řádky \(\d+\)$/ })).toBeVisible();
    await expect(page.getByRole("button", { name: "Stáhnout odmítnuté řádky (XLSX)" })).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/screenshots/import-chyby.png", fullPage: true });
    expect(imported()).toBe(0);

    await file.setInputFiles(path.join(dir, "opatreni.xlsx"));
    await check.click();
    await expect(page.getByTestId("import-counts").getByRole("row", { name: /^Opatření/ })).toHaveText(
      /Opatření\s*8\s*0\s*0/,
    );
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/screenshots/import-nahled.png", fullPage: true });
    expect(imported()).toBe(0);
    await page.getByRole("button", { name: "Potvrdit import" }).click();
    await expect(page.getByText("Import dokončen: 8 nových opatření, 0 změněných.")).toBeVisible();
    expect(imported()).toBe(8);
    await page.getByRole("link", { name: "Zobrazit plán" }).click();
    await expect(page.getByText("Opatření 40.1.1 – podpora rodin").first()).toBeVisible();

    await page.goto(`/strategicky-plan/import?plan=${PLAN}`);
    await file.setInputFiles(path.join(dir, "opatreni.xlsx"));
    await check.click();
    await expect(
      page.getByTestId("import-result").getByText("Plán už odpovídá souboru, není co importovat."),
    ).toBeVisible();
    expect(imported()).toBe(8);
  });

  test("the plan downloads as XLSX and CSV", async ({ page }) => {
    const xlsx = await page.request.get("/api/export/plan/plan-2019-2023?format=xlsx");
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-disposition"]).toBe('attachment; filename="strategicky-plan-2019-2023.xlsx"');
    const csv = await page.request.get("/api/export/plan/plan-2019-2023?format=csv");
    expect((await csv.text()).split("\r\n")[0]).toContain("Kód oblasti;Název oblasti;Kód cíle");
  });
});

test.describe("the council", () => {
  test.use({ storageState: stateOf("council") });

  test("may export but not open the import", async ({ page }) => {
    expect((await page.goto("/strategicky-plan/import"))?.status()).toBe(403);
    expect((await page.request.get("/api/export/plan/plan-2019-2023?format=csv")).status()).toBe(200);
  });
});
