// The data version: one number in the database that every write bumps. Caches key their entries by it, so a write
// made through any app instance invalidates what every instance cached, with no message between processes.
import { db as defaultDb, type Db } from "@/lib/db";

export async function bumpDataVersion(db: Db = defaultDb): Promise<void> {
  await db.dataVersion.upsert({
    where: { id: 1 },
    create: { id: 1, version: 1 },
    update: { version: { increment: 1 } },
  });
}
