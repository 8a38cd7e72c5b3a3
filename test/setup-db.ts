// Before each integration test file: its own database (a copy of the run's template) as DATABASE_URL, a mocked
// session (tests say who is calling with `actAs`), and Next's cache functions stubbed (no Next server here).
import { afterAll, inject, vi } from "vitest";
import { copyOfTemplate } from "./databases";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("@/lib/auth/session", () => ({ currentUser: vi.fn(async () => null) }));

const database = await copyOfTemplate(process.env.TEST_DB!, inject("templateDb"));
process.env.DATABASE_URL = database.url;
(globalThis as { db?: unknown }).db = undefined;

afterAll(async () => {
  const db = (globalThis as { db?: { $disconnect(): Promise<void> } }).db;
  await db?.$disconnect();
  await database.drop();
});
