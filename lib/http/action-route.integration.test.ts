import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { POST } from "@/app/api/v1/events/route";

const event = {
  idempotencyKey: "route-test-0001",
  programmeId: "prog-nrp-2024",
  eventTypeId: "TALK",
  title: "Beseda přes API",
  startDate: "2026-06-15",
  placeId: "5105",
  audience: "PUBLIC",
  realisation: "REALISED",
  submit: true,
};
const post = (body: unknown, headers: Record<string, string> = { origin: "http://localhost", host: "localhost" }) =>
  POST(
    new Request("http://localhost/api/v1/events", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

describe("POST /api/v1/events", () => {
  it("answers 401 / 403 / 422 / 201 like the action, and a retried key returns the same event", async () => {
    await actAs(null);
    expect((await post(event)).status).toBe(401);
    await actAs("council");
    expect((await post(event)).status).toBe(403);
    await actAs("memberA");
    expect((await post({ ...event, peopleReached: "-1" })).status).toBe(422);
    expect((await post("{broken")).status).toBe(422);
    const first = await post(event);
    expect(first.status).toBe(201);
    const again = await post(event);
    expect((await again.json()).id).toBe((await first.json()).id);
    expect(await db.recruitmentEvent.count({ where: { idempotencyKey: event.idempotencyKey } })).toBe(1);
  });

  it("refuses a cross-site request (CSRF) without writing", async () => {
    await actAs("memberA");
    const before = await db.recruitmentEvent.count();
    expect(
      (
        await post(
          { ...event, idempotencyKey: "route-test-0002" },
          { origin: "https://zly-web.example", host: "localhost" },
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await post(
          { ...event, idempotencyKey: "route-test-0003" },
          { "sec-fetch-site": "cross-site", host: "localhost" },
        )
      ).status,
    ).toBe(403);
    expect(await db.recruitmentEvent.count()).toBe(before);
  });
});
