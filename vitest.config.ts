import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);
const alias = { "@": root, "server-only": path.join(root, "test", "empty.ts") };

// Unit tests run once; integration tests (*.integration.test.ts) run once per database, each file on its own
// fresh copy of a migrated database with the demo data (test/setup-db.ts). A test of one provider's own behaviour is
// named *.sqlite.integration.test.ts or *.postgresql.integration.test.ts and runs only in that project.
const integration = (provider: "sqlite" | "postgresql") => ({
  resolve: { alias },
  test: {
    name: provider,
    include: ["{lib,prisma,scripts,test}/**/*.integration.test.ts"],
    exclude: [`**/*.${provider === "sqlite" ? "postgresql" : "sqlite"}.integration.test.ts`, "node_modules/**"],
    env: { TEST_DB: provider },
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/fixed-date.ts", "test/setup-db.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{lib,components,prisma,scripts,i18n,test,deploy,faults}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.integration.test.ts", "node_modules/**"],
          setupFiles: ["test/fixed-date.ts"],
        },
      },
      integration("sqlite"),
      integration("postgresql"),
    ],
  },
});
