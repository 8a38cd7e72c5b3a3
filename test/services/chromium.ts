// The browser for the e2e suite: CHROMIUM_PATH, else Debian's chromium, else the Chromium shipped in an npm package
// (@sparticuz/chromium, unpacked under the temp dir) with the flags it needs.
import { existsSync } from "node:fs";

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

// Flags @sparticuz/chromium sets for AWS Lambda that would weaken what the suite checks (same-origin rules, CSP,
// mixed content) or run every page in one process; the rest (headless shell, swiftshader, no zygote) it needs.
const LAMBDA_ONLY = [
  "--disable-web-security",
  "--allow-running-insecure-content",
  "--disable-site-isolation-trials",
  "--single-process",
];

export async function chromiumBrowser(): Promise<{ path: string; args: string[]; source: string }> {
  if (process.env.CHROMIUM_PATH) return { path: process.env.CHROMIUM_PATH, args: [], source: "CHROMIUM_PATH" };
  if (existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, args: [], source: "system" };
  const { default: chromium } = await import("@sparticuz/chromium");
  return {
    path: await chromium.executablePath(),
    args: chromium.args.filter((a) => !LAMBDA_ONLY.includes(a)),
    source: "@sparticuz/chromium",
  };
}
