// Runs `prisma generate` for both providers. Prisma's CLI wants a schema-engine binary it cannot download here;
// generate never runs it, so any existing file satisfies the check (see README, "Changing the schema").
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
};
execFileSync(process.execPath, ["node_modules/.bin/tsx", "scripts/schema-variants.ts"], { stdio: "inherit", env });
