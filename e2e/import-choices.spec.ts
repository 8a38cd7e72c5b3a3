// Imports as people fill them: a template with a merged title row and a merged "Popis" header imports; a file with
// some bad rows imports its valid rows, gives the rejected ones back as XLSX with a "Chyba" column, and the fixed
// error file completes the import without duplicates.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { mergedTemplateOf, sampleEvents, xlsxOf } from "../lib/event-import/test-files";
import { expectAccessible } from "./axe";
import { queryOne } from "./db";
import { stateOf } from "./users";

const TEMPLATE = "Beseda ze sloučené šablony";
const PREFIX = "Stánek s odmítnutými řádky";
const dir = path.join("test-results", "import-choices");
const count = (prefix: string) =>
  queryOne<{ n: number }>("SELECT COUNT(*) AS n FROM RecruitmentEvent WHERE title LIKE ?", `${prefix}%`).n;

test.use({ storageState: stateOf("memberA") });

test.beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "sablona.xlsx"), await mergedTemplateOf(sampleEvents(3, TEMPLATE)));
  const rows = sampleEvents(6, PREFIX).map((row, i) =>
    i === 1
      ? { ...row, startDate: "31. 2. 2025", peopleReached: -5, place: "Horní Dolní" }
      : i === 4
        ? { ...row, type: "Grilovačka" }
        : row,
  );
  writeFileSync(path.join(dir, "cast-chyb.xlsx"), await xlsxOf(rows));
});

async function check(page: Page, file: string) {
  await page.getByLabel("Soubor XLSX nebo CSV").setInputFiles(file);
  await page.getByRole("button", { name: "Zkontrolovat soubor" }).click();
}

test("a template with a merged title row and a merged 'Popis' header imports", async ({ page }) => {
  await page.goto("/nabor/import");
  await check(page, path.join(dir, "sablona.xlsx"));
  await expect(page.getByTestId("event-import-counts").locator("tbody")).toHaveText(
    /^Nové\s*3\s*Změněné\s*0\s*Beze změny\s*0\s*Odmítnuté \(s chybou\)\s*0$/,
  );
  await expect(page.getByTestId("event-import-issues")).toHaveCount(0);
  await page.getByRole("button", { name: "Potvrdit import" }).click();
  await expect(page.getByText("Import dokončen: 3 nové akce, 0 změněných.")).toBeVisible();
  expect(count(TEMPLATE)).toBe(3);
});

test("bad rows: import nothing, or the valid rows and the rejected ones as XLSX; the fixed file completes the import", async ({
  page,
}) => {
  await page.goto("/nabor/import");
  await check(page, path.join(dir, "cast-chyb.xlsx"));
  const issues = page.getByTestId("event-import-issues").locator("tbody tr");
  await expect(issues).toHaveCount(4);
  await expect(issues.nth(0)).toHaveText(/^3Datum \(začátek\)„31\. 2\. 2025“ není platné datum/);
  await expect(issues.nth(1)).toHaveText(/^3ORPNeznámé ORP „Horní Dolní“/);
  await expect(issues.nth(2)).toHaveText(/^3Oslovené osobyPočet nemůže být záporný/);
  await expect(issues.nth(3)).toHaveText(/^6Typ akceNeznámý typ akce „Grilovačka“/);
  await expect(page.getByTestId("event-import-counts").locator("tbody")).toHaveText(
    /^Nové\s*4\s*Změněné\s*0\s*Beze změny\s*0\s*Odmítnuté \(s chybou\)\s*2$/,
  );
  await expectAccessible(page);
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screenshots/import-volby-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole("button", { name: "Neimportovat nic" }).click();
  await expect(page.getByText("Nic se neimportovalo.")).toBeVisible();
  await expect(page.getByTestId("event-import-result")).toHaveCount(0);
  expect(count(PREFIX)).toBe(0);

  await page.getByRole("button", { name: "Zkontrolovat soubor" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Stáhnout odmítnuté řádky (XLSX)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("cast-chyb-odmitnute-radky.xlsx");
  const rejected = path.join(dir, "odmitnute.xlsx");
  await download.saveAs(rejected);
  await page.getByRole("button", { name: "Importovat platné řádky (4)" }).click();
  await expect(page.getByText("Import dokončen: 4 nové akce, 0 změněných.")).toBeVisible();
  await expect(page.getByText("2 řádky s chybou se neimportovaly")).toBeVisible();
  expect(count(PREFIX)).toBe(4);

  // The rejected rows with their errors; the user fixes them in Excel and imports the file.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(rejected);
  const sheet = workbook.worksheets[0];
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  expect(headers.at(-1)).toBe("Chyba");
  const cell = (row: number, header: string) => sheet.getRow(row).getCell(headers.indexOf(header) + 1);
  expect(sheet.actualRowCount).toBe(3);
  expect(String(cell(2, "Chyba").value).split("\n")).toHaveLength(3);
  expect(String(cell(2, "Chyba").value)).toContain("ORP: Neznámé ORP „Horní Dolní“");
  expect(String(cell(3, "Chyba").value)).toContain("Typ akce: Neznámý typ akce „Grilovačka“");
  cell(2, "Datum (začátek)").value = "28. 2. 2025";
  cell(2, "ORP").value = "Liberec";
  cell(2, "Oslovené osoby").value = 5;
  cell(3, "Typ akce").value = "Beseda / přednáška";
  const fixed = path.join(dir, "opraveno.xlsx");
  await workbook.xlsx.writeFile(fixed);

  await check(page, fixed);
  await expect(page.getByTestId("event-import-counts").locator("tbody")).toHaveText(
    /^Nové\s*2\s*Změněné\s*0\s*Beze změny\s*0\s*Odmítnuté \(s chybou\)\s*0$/,
  );
  await page.getByRole("button", { name: "Potvrdit import" }).click();
  await expect(page.getByText("Import dokončen: 2 nové akce, 0 změněných.")).toBeVisible();
  expect(count(PREFIX)).toBe(6);

  await page.goto(`/nabor?organizace=org-naruc&stav=SUBMITTED&q=${encodeURIComponent(PREFIX)}`);
  for (const n of [1, 2, 3, 4, 5, 6])
    await expect(page.getByRole("link", { name: `${PREFIX} ${n}`, exact: true })).toHaveCount(1);
  await expectAccessible(page);
});
