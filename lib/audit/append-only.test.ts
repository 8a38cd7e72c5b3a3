import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    if (statSync(full).isDirectory())
      return ["node_modules", "generated", ".git", "test-results"].includes(f) || f.startsWith(".next")
        ? []
        : sources(full);
    return /\.(ts|tsx|mjs|js)$/.test(f) && !f.endsWith(".test.ts") ? [full] : [];
  });

describe("audit log", () => {
  it("is append-only: no code updates or deletes audit entries", () => {
    const offenders = sources(root).filter((file) =>
      /auditLog\s*\.\s*(update|updateMany|delete|deleteMany|upsert)\b|"AuditLog"[^;]*\b(UPDATE|DELETE)\b/i.test(
        readFileSync(file, "utf8"),
      ),
    );
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });
});
