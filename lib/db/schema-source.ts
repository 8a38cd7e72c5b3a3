// The schema source of truth and its per-provider variants (shared by client generation and migrations).
import { readFileSync } from "node:fs";
import path from "node:path";

export const PROVIDERS = ["sqlite", "postgresql"] as const;
export type Provider = (typeof PROVIDERS)[number];

export const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");

/** The schema for one provider; `outputBase` is the client folder relative to where the copy is written. */
export function schemaFor(provider: Provider, outputBase = "../lib/db/generated"): string {
  const source = readFileSync(SCHEMA_PATH, "utf8");
  const replaced = source
    .replace(/provider = "sqlite"/, `provider = "${provider}"`)
    .replace(/output\s+= "[^"]*"/, `output   = "${outputBase}/${provider}"`);
  if (!replaced.includes(`provider = "${provider}"`)) throw new Error("schema.prisma: datasource provider not found");
  return replaced;
}

export function providerOf(url: string | undefined): Provider {
  return url && /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}
