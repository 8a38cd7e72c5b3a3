// Run before the app starts: applies pending migrations; on the embedded database (no DATABASE_URL) it also loads
// the demo data into an empty database, so `npm install && npm start` shows a working app; and rewrites stored search
// text once after its definition changed (lib/search/reindex.ts).
import { createDb } from "../lib/db";
import { migrate } from "../lib/db/migrate";
import { databaseUrl } from "../lib/db/url";
import { ensureLocalAuthSecret } from "../lib/auth/secret";
import { seedDemo } from "../prisma/seed";
import { ensureSearchText } from "../lib/search/reindex";

const url = databaseUrl();
const applied = await migrate(url);
if (applied.length) console.log(`Migrations applied: ${applied.join(", ")}`);
const db = createDb(url);
if (!process.env.DATABASE_URL && process.env.DEMO_DATA !== "off" && (await db.user.count()) === 0) {
  await seedDemo(db);
  console.log("Demo data loaded into the embedded database (data/app.db).");
}
const reindexed = await ensureSearchText(db);
if (reindexed) console.log(`Search text rewritten for ${reindexed} events and measures.`);
await db.$disconnect();
ensureLocalAuthSecret();
