import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recruitmentDashboard } from "@/lib/dashboard/recruitment";
import { programmeProgress } from "@/lib/programmes/queries";
import { actAs } from "@/test/act-as";
import { setPublicPage } from "./actions";
import { isPublicPageOn, requirePublicPage } from "./setting";
import { publicSummary } from "./summary";

const audits = () => db.auditLog.count({ where: { entity: "Setting", entityId: "publicPage" } });

describe("public transparency page", () => {
  it("is off by default and then answers 404", async () => {
    expect(await isPublicPageOn()).toBe(false);
    await expect(requirePublicPage()).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });

  it("only the admin may switch it; others are refused and nothing is written", async () => {
    await actAs(null);
    expect(await setPublicPage(true)).toMatchObject({ ok: false, error: "unauthenticated" });
    for (const who of ["coordinator", "memberA", "council"] as const) {
      await actAs(who);
      expect(await setPublicPage(true)).toMatchObject({ ok: false, error: "forbidden" });
    }
    expect(await db.setting.findUnique({ where: { key: "publicPage" } })).toBeNull();
    expect(await audits()).toBe(0);
  });

  it("the admin switches it on and off, audited", async () => {
    const admin = (await actAs("admin"))!;
    expect(await setPublicPage(true)).toEqual({ ok: true, data: { on: true } });
    expect(await isPublicPageOn()).toBe(true);
    await expect(requirePublicPage()).resolves.toBeUndefined();
    expect(await db.setting.findUnique({ where: { key: "publicPage" } })).toMatchObject({
      value: "on",
      updatedById: admin.id,
    });
    expect(await setPublicPage(false)).toEqual({ ok: true, data: { on: false } });
    expect(await isPublicPageOn()).toBe(false);
    const log = await db.auditLog.findMany({
      where: { entity: "Setting", entityId: "publicPage" },
      orderBy: { createdAt: "asc" },
    });
    expect(log.map((l) => [l.userId, l.action, JSON.parse(l.after!).value])).toEqual([
      [admin.id, "update", "on"],
      [admin.id, "update", "off"],
    ]);
    expect(await setPublicPage("yes" as never)).toMatchObject({ ok: false, error: "validation" });
  });

  it("shows aggregates only: the dashboard's count, no names of people, organisations or events", async () => {
    const today = new Date("2026-11-25T00:00:00Z");
    const summary = await publicSummary(today);
    const d = (await recruitmentDashboard({}, today))!;
    const { periodStart, periodEnd } = d.programme;
    expect(summary.recruitment).toEqual({
      programme: d.programme.name,
      periodStart,
      periodEnd,
      done: d.forecast.done,
      target: 60,
      label: d.forecast.label,
    });
    // The same count as the programme pages.
    expect(summary.recruitment?.done).toBe((await programmeProgress({ id: d.programme.id }))[0].confirmed);
    expect(summary.plan?.statusCounts.reduce((s, c) => s + c.count, 0)).toBe(summary.plan?.measureCount);
    const text = JSON.stringify(summary);
    const [users, organisations, events] = await Promise.all([
      db.user.findMany(),
      db.organisation.findMany(),
      db.recruitmentEvent.findMany({ take: 50 }),
    ]);
    for (const name of [
      ...users.map((u) => u.name),
      ...users.map((u) => u.email),
      ...organisations.map((o) => o.name),
      ...events.map((e) => e.title),
    ]) {
      expect(text).not.toContain(name);
    }
  });
});
