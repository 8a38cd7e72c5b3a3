import type { Db } from "@/lib/db";

// CZSO codes: region CZ051, districts CZ0511–CZ0514, ORPs 5101–5110 with the district each belongs to.
export const REGION = { id: "CZ051", name: "Liberecký kraj" };
export const DISTRICTS = [
  { id: "CZ0511", name: "Česká Lípa" },
  { id: "CZ0512", name: "Jablonec nad Nisou" },
  { id: "CZ0513", name: "Liberec" },
  { id: "CZ0514", name: "Semily" },
];
export const ORPS = [
  { id: "5101", name: "Česká Lípa", district: "CZ0511" },
  { id: "5102", name: "Frýdlant", district: "CZ0513" },
  { id: "5103", name: "Jablonec nad Nisou", district: "CZ0512" },
  { id: "5104", name: "Jilemnice", district: "CZ0514" },
  { id: "5105", name: "Liberec", district: "CZ0513" },
  { id: "5106", name: "Nový Bor", district: "CZ0511" },
  { id: "5107", name: "Semily", district: "CZ0514" },
  { id: "5108", name: "Tanvald", district: "CZ0512" },
  { id: "5109", name: "Turnov", district: "CZ0514" },
  { id: "5110", name: "Železný Brod", district: "CZ0512" },
];

export const orpId = (name: string) => ORPS.find((o) => o.name === name)!.id;

export async function seedPlaces(db: Db) {
  await db.place.upsert({
    where: { id: REGION.id },
    create: { ...REGION, kind: "REGION" },
    update: { name: REGION.name },
  });
  for (const d of DISTRICTS) {
    const data = { name: d.name, kind: "DISTRICT" as const, parentId: REGION.id };
    await db.place.upsert({ where: { id: d.id }, create: { id: d.id, ...data }, update: data });
  }
  for (const o of ORPS) {
    const data = { name: o.name, kind: "ORP" as const, parentId: o.district };
    await db.place.upsert({ where: { id: o.id }, create: { id: o.id, ...data }, update: data });
  }
}
