// The per-person line as the pages word it (components/programmes/per-participant.tsx): Czech needs the plural form
// for decimals ("11,8 aktivity"), which only ICU's "many" category gives.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import cs from "@/messages/cs/programmes.json";
import en from "@/messages/en/programmes.json";
import { formatNumber } from "@/lib/format";
import { perParticipant } from "./targets";

function line(locale: "cs" | "en", target: number, confirmed: number, participants: number) {
  const t = createTranslator({ locale, messages: locale === "cs" ? cs : en, namespace: "programmes" });
  const count = (n: number) => t("perParticipantCount", { count: n, n: formatNumber(n, locale) });
  return t("perParticipant", {
    participants,
    target: count(perParticipant(target, participants)!),
    actual: count(perParticipant(confirmed, participants)!),
  });
}

describe("the per-person line", () => {
  it("KA1: 144 seminars for 12 workers, 142 confirmed", () => {
    expect(line("cs", 144, 142, 12)).toBe("Cíl sdílí 12 osob: 12 aktivit na osobu, potvrzeno 11,8 aktivity na osobu.");
    expect(line("en", 144, 142, 12)).toBe(
      "The target is shared by 12 people: 12 activities per person, 11.8 activities per person confirmed.",
    );
  });

  it("uses the Czech plural forms for 1, 2–4 and none", () => {
    expect(line("cs", 4, 2, 2)).toBe("Cíl sdílí 2 osoby: 2 aktivity na osobu, potvrzeno 1 aktivita na osobu.");
    expect(line("cs", 3, 0, 1)).toBe("Cíl sdílí 1 osoba: 3 aktivity na osobu, potvrzeno 0 aktivit na osobu.");
  });
});
