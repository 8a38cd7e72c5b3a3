import { expect, test } from "@playwright/test";
import { stateOf } from "./users";

test("pages carry a nonce CSP without unsafe-eval, no framing, nosniff; the app still runs under it", async ({
  browser,
}) => {
  const page = await (await browser.newContext({ storageState: stateOf("coordinator") })).newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  const response = await page.goto("/");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-powered-by"]).toBeUndefined();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Čeština" }).click();
  expect(errors).toEqual([]);
});

test("an unknown attachment and anonymous downloads reveal nothing", async ({ request }) => {
  const anonymous = await request.get("/api/prilohy/nonexistent");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.text()).not.toMatch(/at .*\.js|Error:/);
});

test("health and readiness answer anyone, set no cookie and show no data", async ({ request }) => {
  for (const [path, body] of [
    ["/api/health", { status: "ok" }],
    ["/api/ready", { status: "ready" }],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.json()).toEqual(body);
    expect(response.headers()["set-cookie"]).toBeUndefined();
    expect(response.headers()["cache-control"]).toContain("no-store");
  }
});
