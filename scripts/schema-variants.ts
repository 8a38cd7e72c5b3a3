// Generates one Prisma client per provider from the single source prisma/schema.prisma: Prisma 7's query compiler is
// per provider, so the PostgreSQL client is generated from a copy that differs only in provider and output folder.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROVIDERS, schemaFor, type Provider } from "../lib/db/schema-source";

const variantsDir = path.join("prisma", ".variants");
mkdirSync(variantsDir, { recursive: true });

function generate(provider: Provider) {
  const file = path.join(variantsDir, `${provider}.prisma`);
  writeFileSync(file, schemaFor(provider, "../../lib/db/generated"));
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--schema", file], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  console.log(`Prisma client (${provider}) generated.`);
}

PROVIDERS.forEach(generate);
