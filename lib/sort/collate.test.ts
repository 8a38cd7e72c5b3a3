import { describe, expect, it } from "vitest";
import { compareText, sortByName } from "./collate";

const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe("Czech collation", () => {
  it("puts Č after C and before D, Česká Lípa before Turnov", () => {
    expect(compareText("Česká Lípa", "Turnov")).toBeLessThan(0);
    expect(["Dubá", "Česká Lípa", "Cvikov"].sort(compareText)).toEqual(["Cvikov", "Česká Lípa", "Dubá"]);
  });

  it("puts Ch after H (Hrádek before Chrastava) and Ž after Z", () => {
    expect(["Chrastava", "Hrádek", "Ivanovice"].sort(compareText)).toEqual(["Hrádek", "Chrastava", "Ivanovice"]);
    expect(["Železný Brod", "Zákupy"].sort(compareText)).toEqual(["Zákupy", "Železný Brod"]);
  });

  it("sorts codes by the value of their numbers", () => {
    expect(["2.1.10", "10.1.1", "2.1.3"].sort(compareText)).toEqual(["2.1.3", "2.1.10", "10.1.1"]);
  });

  it("sorts the region's ten ORPs as a Czech reader expects", () => {
    const orps = [
      "Turnov",
      "Železný Brod",
      "Česká Lípa",
      "Semily",
      "Frýdlant",
      "Liberec",
      "Jilemnice",
      "Jablonec nad Nisou",
      "Nový Bor",
      "Tanvald",
    ];
    expect(names(sortByName(orps.map((name) => ({ name }))))).toEqual([
      "Česká Lípa",
      "Frýdlant",
      "Jablonec nad Nisou",
      "Jilemnice",
      "Liberec",
      "Nový Bor",
      "Semily",
      "Tanvald",
      "Turnov",
      "Železný Brod",
    ]);
  });

  it("sorts by a group first when given, then by name", () => {
    const places = [
      { name: "Liberecký kraj", kind: "REGION" },
      { name: "Turnov", kind: "ORP" },
      { name: "Česká Lípa", kind: "ORP" },
    ];
    expect(names(sortByName(places, (p) => p.kind))).toEqual(["Česká Lípa", "Turnov", "Liberecký kraj"]);
  });

  it("sorts English labels in English order when asked", () => {
    expect(["Zone", "Čapek", "Apple"].sort((a, b) => compareText(a, b, "en"))).toEqual(["Apple", "Čapek", "Zone"]);
  });
});
