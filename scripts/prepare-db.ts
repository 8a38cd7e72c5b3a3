// Run before the app starts: applies pending migrations; on the embedded database (no DATABASE_URL) it also loads
// the demo data into an empty database, so `npm install && npm start` shows a working app.
import { createDb } from "../lib/db";
import { migrate } from "../lib/db/migrate";
import { databaseUrl } from "../lib/db/url";
import { ensureLocalAuthSecret } from "../lib/auth/secret";
import { seedDemo } from "../prisma/seed";

const url = databaseUrl();
const applied = await migrate(url);
if (applied.length) console.log(`Migrations applied: ${applied.join(", ")}`);
if (!process.env.DATABASE_URL && process.env.DEMO_DATA !== "off") {
  const db = createDb(url);
  if ((await db.user.count()) === 0) {
    await seedDemo(db);
    console.log("Demo data loaded into the embedded database (data/app.db).");
  }
  await db.$disconnect();
}
ensureLocalAuthSecret();
