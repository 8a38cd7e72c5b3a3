// Every fault scenario: each file here but this one default-exports a Scenario; the table follows the file names
// (numbered by the order of issue 16's list).
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Scenario } from "../table";

const dir = path.dirname(new URL(import.meta.url).pathname);
const files = readdirSync(dir)
  .filter((f) => /^\d.*\.ts$/.test(f) && !f.endsWith(".test.ts"))
  .sort();

export const scenarios: Scenario[] = await Promise.all(
  files.map(async (f) => (await import(path.join(dir, f))).default as Scenario),
);
