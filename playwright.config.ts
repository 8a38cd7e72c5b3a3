import { defineConfig } from "@playwright/test";
import { APP_CLOCK_START } from "./e2e/clock";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://localhost:${PORT}`;

// The browser npm test picked (test/services/chromium.ts): CHROMIUM_PATH and its flags, else Debian's Chromium.
// Playwright's own browser download cannot work here.
const extraArgs: string[] = process.env.CHROMIUM_ARGS ? JSON.parse(process.env.CHROMIUM_ARGS) : [];
const chromium = {
  browserName: "chromium" as const,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      ...new Set([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        ...extraArgs,
      ]),
    ],
  },
  locale: "cs-CZ",
  timezoneId: "Europe/Prague",
};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Upper bounds sized for a loaded 2-core machine; every wait ends as soon as its signal arrives.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  globalSetup: "./e2e/global-setup.ts",
  reporter: [["list"], ["json", { outputFile: process.env.E2E_JSON ?? ".test-output/playwright.json" }]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    navigationTimeout: 60_000,
    actionTimeout: 30_000,
  },
  projects: [{ name: "chromium", use: chromium }],
  // The services the app talks to start first, then the app (scripts/e2e-server.sh points it at them); one entry each.
  webServer: [
    {
      // SMTP on PORT+1, its received mails over HTTP on PORT+2 (e2e/mail.ts reads them).
      command: "npx tsx e2e/services/mail-sink.ts",
      url: `http://127.0.0.1:${PORT + 2}/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: { E2E_PORT: String(PORT) },
    },
    {
      // The OpenID Connect provider of the single sign-on test on PORT+3 (e2e/sso.spec.ts).
      command: "npx tsx e2e/services/oidc-provider.ts",
      url: `http://127.0.0.1:${PORT + 3}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: { E2E_PORT: String(PORT) },
    },
    {
      command: "bash scripts/e2e-server.sh",
      url: `${BASE_URL}/prihlaseni`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      // The app's clock (lib/clock) starts at the suite's pinned instant, whatever the machine's date.
      env: { E2E_PORT: String(PORT), APP_CLOCK_START },
    },
  ],
});
