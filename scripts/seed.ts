// npm run seed: applies pending migrations and loads the demo data into DATABASE_URL (or the embedded file).
import { createDb } from "../lib/db";
import { migrate } from "../lib/db/migrate";
import { databaseUrl } from "../lib/db/url";
import { seedDemo } from "../prisma/seed";
import { asOf, demoLoadedAt } from "../prisma/seed/as-of";

const url = databaseUrl();
await migrate(url);
const db = createDb(url);
const started = Date.now();
// With the app's clock pinned (the e2e server, lib/clock), the demo data is stamped on that day too.
const start = process.env.APP_CLOCK_START;
await (start ? asOf(demoLoadedAt(start), () => seedDemo(db)) : seedDemo(db));
console.log(`Demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
await db.$disconnect();
