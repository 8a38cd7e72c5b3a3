import { describe, expect, it } from "vitest";
import { cellText, num, pageCounterCss } from "./model";

describe("council report model", () => {
  it("formats cells the Czech way and shows unknown values as a dash", () => {
    expect(cellText(num(329693.55, "money"), "cs")).toBe("329\u00a0693,55\u00a0Kč");
    expect(cellText(num(0.82, "percent"), "cs")).toBe("82\u00a0%");
    expect(cellText(num(2 / 3, "dec"), "cs")).toBe("0,67");
    expect(cellText(num(null, "percent"), "cs")).toBe("—");
    expect(cellText(new Date(Date.UTC(2023, 11, 31)), "cs")).toBe("31. 12. 2023");
    expect(cellText(null, "cs")).toBe("—");
  });

  it("turns the page-number message into a CSS counter", () => {
    expect(pageCounterCss((page, pages) => `Strana ${page} z ${pages}`)).toBe(
      '"Strana " counter(page) " z " counter(pages)',
    );
    expect(pageCounterCss((page, pages) => `${page}/${pages}`)).toBe('counter(page) "/" counter(pages)');
  });
});
