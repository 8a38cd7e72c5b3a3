import { describe, expect, it } from "vitest";
import { icoProblem, isValidIco, normaliseIco } from "./ico";

describe("IČO", () => {
  it("accepts real numbers, also typed with spaces", () => {
    // Liberecký kraj; Statutární město Liberec; Česká republika – Ministerstvo práce a sociálních věcí;
    // Statutární město Jablonec nad Nisou; Město Česká Lípa
    for (const ico of ["70891508", "00262978", "00551023", "00262340", "00260428"])
      expect(isValidIco(ico), ico).toBe(true);
    expect(isValidIco("708 91 508")).toBe(true);
    expect(normaliseIco(" 708 91 508 ")).toBe("70891508");
  });

  it("covers both special remainders: r = 0 gives 1, r = 1 gives 0", () => {
    // 0001020: 1·5 + 2·3 = 11 → r 0 → check 1
    expect(icoProblem("00010201")).toBeNull();
    expect(icoProblem("00010200")).toBe("icoChecksum");
    // 0000040: 4·3 = 12 → r 1 → check 0
    expect(icoProblem("00000400")).toBeNull();
    expect(icoProblem("00000401")).toBe("icoChecksum");
    // 0000302: 3·4 + 2·2 = 16 → r 5 → check 6
    expect(icoProblem("00003026")).toBeNull();
  });

  it("refuses a wrong check digit and anything not exactly 8 digits", () => {
    expect(icoProblem("70891509")).toBe("icoChecksum");
    expect(icoProblem("00262979")).toBe("icoChecksum");
    expect(icoProblem("12345678")).toBe("icoChecksum");
    for (const bad of ["7089150", "708915080", "7089150a", "", "70-891508", "７０８９１５０８"])
      expect(icoProblem(bad), bad).toBe("icoFormat");
    expect(isValidIco("262978")).toBe(false);
  });
});

describe("demo organisations", () => {
  it("carry only valid IČOs, each once", async () => {
    const { ORGANISATIONS } = await import("@/prisma/seed/people");
    const icos = ORGANISATIONS.flatMap((o) => (o.ico ? [o.ico] : []));
    expect(icos).toContain("70891508");
    for (const ico of icos) expect(isValidIco(ico), ico).toBe(true);
    expect(new Set(icos).size).toBe(icos.length);
  });
});

describe("Czech messages", () => {
  it("exist for every refusal the form and the actions give", async () => {
    const cs = (await import("@/messages/cs/organisations.json")).default.organisations.errors as Record<
      string,
      string
    >;
    const en = (await import("@/messages/en/organisations.json")).default.organisations.errors as Record<
      string,
      string
    >;
    expect(cs.icoChecksum).toBe("IČO nemá platný kontrolní součet.");
    expect(cs.duplicateIco).toContain("{param}");
    for (const key of ["duplicateName", "icoFormat", "icoChecksum", "duplicateIco", "unknownOrp"])
      expect([cs[key], en[key]].every(Boolean), key).toBe(true);
  });
});
