// The refresh vocabulary: every route an area revalidates exists in app/ (a typo or a moved folder would make the
// revalidation silently match nothing), and the scope of a write is what its areas list, plus the audit log.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AREA_ROUTES, routesOf, type RefreshArea } from "./refresh";

const app = path.join(__dirname, "..", "..", "app");

describe("AREA_ROUTES", () => {
  it("names only routes that exist: a layout's folder or a page's page.tsx", () => {
    for (const [pattern, type] of Object.values(AREA_ROUTES).flat()) {
      const folder = path.join(app, pattern);
      expect(existsSync(type === "page" ? path.join(folder, "page.tsx") : folder), `${pattern} ${type}`).toBe(true);
    }
  });
});

describe("routesOf", () => {
  it("is empty for a write that changes nothing", () => {
    expect(routesOf([])).toEqual([]);
  });

  it("gives an area's routes and the audit log, each once, however many areas share them", () => {
    const routes = routesOf(["programmes", "careStats"]);
    expect(routes).toContainEqual(["/(app)/nabor", "layout"]);
    expect(routes).toContainEqual(["/(app)/sprava/audit", "page"]);
    expect(routes).not.toContainEqual(["/(app)/strategicky-plan", "layout"]);
    expect(new Set(routes.map(String)).size).toBe(routes.length);
  });

  it("collapses to the root layout when an area shows on every page", () => {
    for (const area of ["accounts", "organisations", "codeLists"] satisfies RefreshArea[])
      expect(routesOf(["plan", area])).toEqual([["/", "layout"]]);
  });
});
