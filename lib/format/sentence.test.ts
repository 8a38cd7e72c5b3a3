import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { loadMessages } from "@/i18n/messages";
import { beforeFullStop } from "./sentence";

const messages = (await loadMessages("cs")) as { eventForm: { ownOrganisation: string } };

describe("a name at the end of a sentence", () => {
  it("keeps one full stop after a name that ends with an abbreviation", () => {
    const own = new IntlMessageFormat(messages.eventForm.ownOrganisation, "cs");
    expect(own.format({ name: beforeFullStop("Centrum pro rodinu NÁRUČ, z.s.") })).toBe(
      "Akci zapisujete za organizaci Centrum pro rodinu NÁRUČ, z.s.",
    );
    expect(own.format({ name: beforeFullStop("Farní charita Česká Lípa") })).toBe(
      "Akci zapisujete za organizaci Farní charita Česká Lípa.",
    );
  });

  it("leaves other full stops alone", () => {
    expect(beforeFullStop("MAJÁK o.p.s.")).toBe("MAJÁK o.p.s");
    expect(beforeFullStop("z.s. Liberec")).toBe("z.s. Liberec");
  });
});
