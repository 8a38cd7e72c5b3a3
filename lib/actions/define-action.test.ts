// Every action call leaves one log line (name, user, role, duration, outcome), never its input; after a successful
// run, and only then, it revalidates the routes of the areas the action declares.
import { revalidatePath } from "next/cache";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { bumpDataVersion } from "@/lib/cache/data-version";
import { logger } from "@/lib/log/logger";
import { defineAction } from "./define-action";
import { UserError } from "./errors";
import { routesOf } from "./refresh";

vi.mock("@/lib/auth/session", () => ({ currentUser: vi.fn() }));
vi.mock("@/lib/cache/data-version", () => ({ bumpDataVersion: vi.fn(async () => {}) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const admin = {
  id: "user-admin",
  email: "a@b.cz",
  name: "A",
  role: "ADMIN",
  organisationId: null,
  mustEnrolSecondFactor: false,
} as SessionUser;
const schema = z.object({ password: z.string().min(3) });
const action = defineAction("test.logged", {
  permission: "users.manage",
  schema,
  refreshes: ["recruitment"],
  run: async ({ password }) => {
    if (password === "conflict") throw new UserError("conflict");
    if (password === "boom") throw new Error("boom");
    // The shapes Prisma 7 gives a database fault: a lock held past the busy timeout, a full disk.
    if (password === "locked")
      throw Object.assign(new Error("Raw query failed"), {
        code: "P2010",
        meta: { driverAdapterError: { cause: { originalCode: "SQLITE_BUSY", kind: "SocketTimeout" } } },
      });
    if (password === "full")
      throw Object.assign(new Error("Raw query failed"), {
        code: "P2010",
        meta: { driverAdapterError: { cause: { originalCode: "SQLITE_FULL", kind: "sqlite" } } },
      });
    return "done";
  },
});

afterEach(() => vi.restoreAllMocks());

function lines() {
  const info = vi.spyOn(logger, "info").mockImplementation(() => {});
  const error = vi.spyOn(logger, "error").mockImplementation(() => {});
  return { info, error };
}

describe("defineAction's log line", () => {
  it("logs name, user, role, duration and outcome for every result, never the input", async () => {
    vi.mocked(currentUser).mockResolvedValue(admin);
    const { info } = lines();
    await action({ password: "Secret.Heslo.1" });
    await action({ password: "x" });
    await action({ password: "conflict" });
    vi.mocked(currentUser).mockResolvedValue(null);
    await action({ password: "Secret.Heslo.1" });
    vi.mocked(currentUser).mockResolvedValue({ ...admin, role: "MEMBER" } as SessionUser);
    await action({ password: "Secret.Heslo.1" });
    const logged = info.mock.calls.map(([fields]) => fields as unknown as Record<string, unknown>);
    expect(logged.map((f) => f.outcome)).toEqual(["ok", "validation", "conflict", "unauthenticated", "forbidden"]);
    expect(logged[0]).toMatchObject({
      action: "test.logged",
      userId: "user-admin",
      role: "ADMIN",
      requestId: undefined,
    });
    expect(typeof logged[0].durationMs).toBe("number");
    expect(JSON.stringify(info.mock.calls)).not.toContain("Secret.Heslo.1");
  });

  it("logs an unexpected error with its stack at error level and answers 'unexpected'", async () => {
    vi.mocked(currentUser).mockResolvedValue(admin);
    const { error } = lines();
    expect(await action({ password: "boom" })).toEqual({ ok: false, error: "unexpected" });
    const [fields] = error.mock.calls[0] as unknown as [Record<string, unknown>];
    expect(fields).toMatchObject({ action: "test.logged", outcome: "unexpected", userId: "user-admin" });
    expect((fields.err as Error).stack).toContain("boom");
  });

  it("answers a database fault as 'unavailable' or 'storageFull', also when the session read fails", async () => {
    vi.mocked(currentUser).mockResolvedValue(admin);
    const { error } = lines();
    expect(await action({ password: "locked" })).toEqual({ ok: false, error: "unavailable" });
    expect(await action({ password: "full" })).toEqual({ ok: false, error: "storageFull" });
    vi.mocked(currentUser).mockRejectedValue(
      Object.assign(new Error("Can't reach database server"), { code: "P1001" }),
    );
    expect(await action({ password: "Secret.Heslo.1" })).toEqual({ ok: false, error: "unavailable" });
    expect(error.mock.calls.map(([f]) => (f as unknown as Record<string, unknown>).outcome)).toEqual([
      "unavailable",
      "storageFull",
      "unavailable",
    ]);
  });
});

describe("defineAction's revalidation", () => {
  beforeEach(() => {
    vi.mocked(revalidatePath).mockClear();
    vi.mocked(bumpDataVersion).mockClear();
    vi.mocked(currentUser).mockResolvedValue(admin);
    lines();
  });
  const revalidated = () => vi.mocked(revalidatePath).mock.calls;

  it("revalidates the declared area's routes after a successful run, each once", async () => {
    expect(await action({ password: "Secret.Heslo.1" })).toEqual({ ok: true, data: "done" });
    expect(revalidated()).toContainEqual(["/(app)/nabor", "layout"]);
    expect(revalidated()).toContainEqual(["/(app)/sprava/audit", "page"]);
    expect(revalidated()).toEqual(routesOf(["recruitment"]));
    expect(new Set(revalidated().map(String)).size).toBe(revalidated().length);
  });

  it("revalidates nothing after a refusal, a validation failure, a UserError or an unexpected error", async () => {
    expect((await action({ password: "x" })).ok).toBe(false);
    expect((await action({ password: "conflict" })).ok).toBe(false);
    expect((await action({ password: "boom" })).ok).toBe(false);
    expect((await action({ password: "locked" })).ok).toBe(false);
    vi.mocked(currentUser).mockResolvedValue({ ...admin, role: "MEMBER" } as SessionUser);
    expect(await action({ password: "Secret.Heslo.1" })).toEqual({ ok: false, error: "forbidden" });
    vi.mocked(currentUser).mockResolvedValue(null);
    expect(await action({ password: "Secret.Heslo.1" })).toEqual({ ok: false, error: "unauthenticated" });
    expect(revalidated()).toEqual([]);
  });

  it("keeps bumping the data version after any run the database did not refuse, also a refused one", async () => {
    await action({ password: "Secret.Heslo.1" });
    await action({ password: "conflict" });
    await action({ password: "boom" });
    expect(bumpDataVersion).toHaveBeenCalledTimes(3);
    await action({ password: "locked" });
    await action({ password: "x" });
    expect(bumpDataVersion).toHaveBeenCalledTimes(3);
  });

  it("asks a result-dependent scope after success (an import that applied) and revalidates nothing for []", async () => {
    const imported = defineAction("test.import", {
      permission: "users.manage",
      schema: z.object({ apply: z.boolean() }),
      refreshes: (report: { applied: boolean }) => (report.applied ? ["plan"] : []),
      run: async ({ apply }) => ({ applied: apply }),
    });
    const reading = defineAction("test.read", {
      permission: "users.manage",
      schema: z.object({}),
      refreshes: [],
      run: async () => "read",
    });
    await imported({ apply: false });
    await reading({});
    expect(revalidated()).toEqual([]);
    await imported({ apply: true });
    expect(revalidated()).toContainEqual(["/(app)/strategicky-plan", "layout"]);
    expect(revalidated()).toEqual(routesOf(["plan"]));
  });
});
