import { describe, expect, it } from "vitest";
import { within } from "./span";

const d = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const span = (from: string | null, to: string | null) => ({ startDate: d(from), endDate: d(to) });

describe("a campaign week within its campaign", () => {
  const mdr = span("2015-01-01", null); // runs since 2015, no end
  it.each([
    [span("2019-10-05", "2019-10-11"), mdr, true],
    [span("2014-10-05", "2014-10-11"), mdr, false],
    [span("2015-01-01", "2015-01-01"), mdr, true],
    [span(null, null), mdr, true],
    [span(null, "2014-12-31"), mdr, false],
    [span("2019-10-05", "2019-10-12"), span("2019-10-05", "2019-10-11"), false],
    [span("2019-10-05", null), span(null, "2019-10-11"), true],
  ])("%o in %o → %s", (child, parent, expected) => {
    expect(within(child, parent)).toBe(expected);
  });
});
