import { expect, test, type Locator } from "@playwright/test";
import { expectAccessible } from "./axe";
import { stateOf, type Who } from "./users";

// Every page that draws charts (and the pages that show figures without one), as the role that reads it; the
// charts each page must draw, by their data-chart name.
const PAGES: { path: string; who: Who | null; charts: string[]; shot?: string }[] = [
  { path: "/", who: "coordinator", charts: ["burn-up", "by-year", "by-type", "care-context", "areas"] },
  {
    path: "/strategicky-plan/opatreni/plan-2019-2023-a4-g1-m1",
    who: "coordinator",
    charts: ["indicator"],
    shot: "indicator-quarterly",
  },
  {
    path: "/strategicky-plan/opatreni/plan-2019-2023-a1-g1-m3",
    who: "coordinator",
    charts: ["indicator"],
    shot: "indicator-yearly",
  },
  { path: "/nabor/programy/prog-nrp-2024", who: "coordinator", charts: [] },
  { path: "/nabor/statistiky", who: "coordinator", charts: [] },
  { path: "/reporty/rada", who: "council", charts: [] },
  { path: "/verejne", who: null, charts: [] },
];
const WIDTHS = [1440, 390];
/** Charts of named categories (not of time): every name must be written out. */
const CATEGORICAL = ["by-type", "areas"];
// Playwright empties test-results/ when any run starts; SCREENSHOT_DIR keeps a run's pictures elsewhere.
const SHOTS = process.env.SCREENSHOT_DIR ?? "test-results/screenshots";

/** Axis texts whose box leaves the chart's plot area (a clipped title or tick), as "text: where". */
function clippedTexts(chart: Locator) {
  return chart.locator("[data-plot]").evaluate((plot) => {
    const box = plot.getBoundingClientRect();
    return [...plot.querySelectorAll(".recharts-cartesian-axis text, .recharts-label")].flatMap((text) => {
      const r = text.getBoundingClientRect();
      const inside =
        r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
      return inside
        ? []
        : [
            `${text.textContent}: ${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)}`,
          ];
    });
  });
}

/** Category names of a bar chart's table (its first column) missing among the chart's axis ticks. */
async function unnamedCategories(chart: Locator) {
  const squash = (s: string) => s.replace(/\s+/g, "");
  const ticks = (await chart.locator(".recharts-cartesian-axis-tick text").allTextContents()).map(squash);
  const rows = await chart.locator("xpath=following-sibling::details[1]//tbody/tr/th").allTextContents();
  expect(rows.length, "the chart's table has rows").toBeGreaterThan(0);
  return rows.filter((name) => !ticks.includes(squash(name)));
}

/** Names of sideways bars (wrapped over lines) that run into the next name down, as "name / next". */
function overlappingNames(chart: Locator) {
  return chart.locator(".recharts-yAxis .recharts-cartesian-axis-tick text").evaluateAll((texts) => {
    const boxes = texts
      .map((t) => ({ name: t.textContent, box: t.getBoundingClientRect() }))
      .sort((a, b) => a.box.top - b.box.top);
    return boxes
      .slice(1)
      .flatMap((next, i) => (boxes[i].box.bottom > next.box.top + 1 ? [`${boxes[i].name} / ${next.name}`] : []));
  });
}

for (const width of WIDTHS) {
  for (const { path, who, charts, shot } of PAGES) {
    test.describe(`${path} at ${width} px`, () => {
      test.use({ storageState: who ? stateOf(who) : { cookies: [], origins: [] }, viewport: { width, height: 900 } });

      test(`draws ${charts.length ? charts.join(", ") : "no chart"} readably`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(page.locator("figure[data-chart]")).toHaveCount(charts.length);
        for (const name of charts) {
          const chart = page.locator(`figure[data-chart="${name}"]`).first();
          await expect(chart.locator("svg.recharts-surface")).toBeVisible();
          await expect(
            chart.locator(".recharts-line-curve, .recharts-bar-rectangle rect").filter({ visible: true }).first(),
          ).toBeVisible();
          // The category axis of sideways bars is sized from the width after the first paint: poll until it settles.
          await expect.poll(() => clippedTexts(chart)).toEqual([]);
          if (CATEGORICAL.includes(name)) {
            expect(await unnamedCategories(chart)).toEqual([]);
            expect(await overlappingNames(chart)).toEqual([]);
          }
          await chart.scrollIntoViewIfNeeded();
          await chart.screenshot({ path: `${SHOTS}/chart-${shot ?? name}-${width}.png` });
        }
        // Pages without a chart are checked by their own specs.
        if (charts.length) await expectAccessible(page);
      });
    });
  }
}
