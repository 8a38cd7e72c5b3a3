import { expect, test } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { confirmedActivities } from "./db";
import { stateOf } from "./users";

test.describe("coordinator reviews a submitted event", () => {
  test.use({ storageState: stateOf("coordinator") });

  test("confirming it raises the overview's count, the linked measure's indicator and the council PDF by exactly one, although the overview is served from a cache", async ({
    page,
  }) => {
    await page.goto("/");
    // The overview is now cached (lib/cache/page-cache): the next load is served from it.
    expect((await page.goto("/"))?.headers()["x-page-cache"]).toBe("hit");
    const count = async () => Number((await page.getByTestId("recruitment-count").textContent())!.split(" ")[0]);
    const before = await count();
    // Submitted events of the running programme (other tests may add submitted events of their own).
    await page.goto("/nabor?stav=SUBMITTED&program=prog-nrp-2024&realizace=REALISED");
    const waiting = async () => Number((await page.getByTestId("event-count").textContent())!.match(/\d+/)![0]);
    const submitted = await waiting();
    // The list links a submitted event to its item in the review queue, where it is reviewed.
    const row = page.getByRole("row").filter({ hasText: "Odesláno ke schválení" }).first();
    await row.getByRole("link", { name: /^Posoudit/ }).click();
    await page.waitForURL(/\/nabor\/ke-schvaleni#/);
    const item = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
    await item.getByRole("button", { name: "Vrátit s komentářem" }).click();
    await expect(item.getByText("Při vrácení k doplnění uveďte komentář.")).toBeVisible();
    await item.getByRole("button", { name: "Potvrdit", exact: true }).click();
    await expect(page.getByTestId("queue-status")).toContainText("byla potvrzena");
    await page.goto("/nabor?stav=SUBMITTED&program=prog-nrp-2024&realizace=REALISED");
    await expect.poll(waiting).toBe(submitted - 1);
    // The confirmation bumped the data version, so the next load renders the page again, with the new count.
    expect((await page.goto("/"))?.headers()["x-page-cache"]).toBe("miss");
    expect(await count()).toBe(before + 1);
    expect(confirmedActivities("NRP-2024-2028")).toBe(before + 1);

    // The measure whose indicator counts this programme shows the same figure, and so does the council's PDF.
    await page.goto("/strategicky-plan/opatreni/plan-2024-2028-plan-2019-2023-a4-g1-m1");
    await expect(page.getByTestId("indicator-source")).toContainText(
      "Plán pro vyhledávání náhradních rodičů 2024–2028",
    );
    const latest = page.getByRole("table").first().getByRole("row").last().getByRole("cell").nth(1);
    await expect(latest).toHaveText(String(before + 1));
    await page.goto("/reporty/rada?plan=plan-2024-2028&program=prog-nrp-2024");
    const pdf = await page.request.get((await page.getByRole("link", { name: "Stáhnout PDF" }).getAttribute("href"))!);
    expect(pdf.status()).toBe(200);
    const parser = new PDFParse({ data: new Uint8Array(await pdf.body()) });
    const text = (await parser.getText()).text.replace(/\s+/g, " ");
    await parser.destroy();
    expect(text).toContain(`Potvrzeno ${before + 1} z 60 aktivit.`);
  });
});
