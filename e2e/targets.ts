import { expect, type Page } from "@playwright/test";

/**
 * Targets smaller than 24 × 24 px that WCAG 2.2 (2.5.8) does not excuse: a target in running text is exempt, and so
 * is one whose 24 px circle (centred on it) touches no other target and no other small target's circle.
 * Runs in the page; returns "tag 'text' w×h" per offender.
 */
export function smallTargets(): string[] {
  const MIN = 24;
  const selector =
    "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=checkbox], [role=button], [role=option]";
  const targets = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
    const r = el.getBoundingClientRect();
    // sr-only text (a skip link until focused) is 1 px and cannot be tapped.
    return (
      r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== "hidden" && !(el as HTMLButtonElement).disabled
    );
  });
  const inRunningText = (el: HTMLElement) => {
    if (getComputedStyle(el).display !== "inline") return false;
    let box = el.parentElement;
    while (box && getComputedStyle(box).display === "inline") box = box.parentElement;
    if (!box) return false;
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (!el.contains(node) && node.textContent?.trim()) return true;
    return false;
  };
  const boxes = targets.map((el) => ({ el, r: el.getBoundingClientRect() }));
  const small = boxes.filter(({ el, r }) => (r.width < MIN || r.height < MIN) && !inRunningText(el));
  const centre = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2];
  const distanceToRect = ([x, y]: number[], r: DOMRect) =>
    Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
  return small
    .filter(({ el, r }) => {
      const c = centre(r);
      return boxes.some(
        (o) =>
          o.el !== el &&
          !o.el.contains(el) &&
          !el.contains(o.el) &&
          (distanceToRect(c, o.r) < MIN / 2 ||
            (small.some((s) => s.el === o.el) && Math.hypot(c[0] - centre(o.r)[0], c[1] - centre(o.r)[1]) < MIN)),
      );
    })
    .map(
      ({ el, r }) =>
        `${el.tagName.toLowerCase()} '${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 40)}' ${Math.round(r.width)}×${Math.round(r.height)}`,
    );
}

/** Every tappable thing on the page is big enough or far enough from the next one. */
export async function expectTouchTargets(page: Page) {
  expect(await page.evaluate(smallTargets)).toEqual([]);
}

/** The page itself never scrolls sideways (wide tables scroll inside their own box). */
export async function expectNoSidewaysScroll(page: Page) {
  const width = page.viewportSize()?.width ?? 0;
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}
