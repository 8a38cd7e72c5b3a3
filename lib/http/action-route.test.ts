// How an action's refusal becomes an HTTP answer for API clients: a database fault is retryable (503 + Retry-After),
// a full disk is not (507, no Retry-After).
import { describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/errors";
import { actionRoute } from "./action-route";

const request = () =>
  new Request("http://localhost/api/v1/events", {
    method: "POST",
    headers: { origin: "http://localhost", host: "localhost" },
    body: "{}",
  });
const answering = (result: ActionResult<unknown>) => async () => result;

describe("actionRoute", () => {
  it("answers 'unavailable' with 503 and Retry-After", async () => {
    const response = await actionRoute(request(), answering({ ok: false, error: "unavailable" }));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({ error: "unavailable" });
  });

  it("answers 'storageFull' with 507 and no Retry-After, an unknown failure with 500", async () => {
    const full = await actionRoute(request(), answering({ ok: false, error: "storageFull" }));
    expect([full.status, full.headers.get("retry-after")]).toEqual([507, null]);
    expect((await actionRoute(request(), answering({ ok: false, error: "unexpected" }))).status).toBe(500);
  });
});
