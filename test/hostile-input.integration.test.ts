// Property-based fuzzing of every server action's input (fixed seed, bounded runs): wrong types, huge strings,
// unicode, nulls, extra fields, NaN/Infinity, far dates, path-like names, forged files. Expected: a clear validation
// (or other expected) error, never an unexpected failure, and no write at all (row counts and audit log unchanged).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { registeredActions } from "@/lib/actions/define-action";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { actAs, DEMO } from "./act-as";
import "./import-server-modules";

const RUNS = 40;
// Actions whose input is legitimately almost anything (an empty object is valid): fuzzing them would act.
const ACCEPT_ANY = new Set(["account.signOutEverywhere", "twoFactor.start"]);
// Dry runs answer bad files with their row errors inside an ok result; they never write (checked below).
const DRY_RUNS = new Set(["planImport.preview", "eventImport.preview"]);

const hostileString = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 50 }),
  fc.constantFrom(
    "x".repeat(100_000),
    "../../etc/passwd",
    "C:\\Windows\\system32",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "\u0000\u202e",
    "2019-02-30",
    "99999-12-31",
    "-0",
    "1e309",
  ),
);
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    hostileString,
    fc.constantFrom(null, undefined, NaN, Infinity, -Infinity, -1, 0, 10 ** 12, true, false),
    fc.double(),
    fc.integer(),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        "id",
        "title",
        "code",
        "planId",
        "measureId",
        "eventId",
        "startDate",
        "value",
        "__proto__",
        "constructor",
        "extra",
      ),
      tie("value"),
      { maxKeys: 6 },
    ),
  ),
})).value;
const forgedFile = fc.constantFrom(
  new File(["MZ\u0090\u0000 not a pdf"], "zprava.pdf", { type: "application/pdf" }),
  new File([new Uint8Array(11 * 1024 * 1024)], "velky.png", { type: "image/png" }),
  new File(["<svg onload=alert(1)>"], "../../obrazek.svg", { type: "image/svg+xml" }),
);
const asFormData = (payload: unknown, file: File) => {
  const form = new FormData();
  form.set("payload", typeof payload === "string" ? payload : JSON.stringify(payload ?? null));
  form.set("attachments", file);
  form.set("file", file);
  return form;
};

const counts = async () => ({
  audit: await db.auditLog.count(),
  events: await db.recruitmentEvent.count(),
  measures: await db.measure.count(),
  updates: await db.progressUpdate.count(),
  attachments: await db.attachment.count(),
  programmes: await db.programme.count(),
  users: await db.user.count(),
  plans: await db.plan.count(),
  settings: await db.setting.count(),
  organisations: await db.organisation.count(),
});

describe("hostile input to every server action", () => {
  it("gets an expected error and writes nothing", async () => {
    let cases = 0;
    const before = await counts();
    for (const [name, { permission, action }] of registeredActions) {
      if (ACCEPT_ANY.has(name)) continue;
      // The most privileged role the action allows, so the input reaches validation.
      const who = (["coordinator", "admin", "memberA", "council"] as const).find((w) =>
        can(
          ({ coordinator: "COORDINATOR", admin: "ADMIN", memberA: "MEMBER", council: "COUNCIL" } as const)[w],
          permission,
        ),
      )!;
      await actAs(who);
      await fc.assert(
        fc.asyncProperty(hostileValue, fc.boolean(), forgedFile, async (input, viaForm, file) => {
          cases++;
          const result = await action(viaForm ? asFormData(input, file) : input);
          if (!DRY_RUNS.has(name))
            expect(result.ok, `${name} accepted ${JSON.stringify(input)?.slice(0, 200)}`).toBe(false);
          expect(result.ok === false && result.error, name).not.toBe("unexpected");
        }),
        { seed: 20261125, numRuns: RUNS },
      );
    }
    expect(await counts()).toEqual(before);
    expect(DEMO.coordinator).toBeTruthy();
    console.log(`hostile input: ${cases} fuzz cases over ${registeredActions.size - ACCEPT_ANY.size} actions`);
  });
});
