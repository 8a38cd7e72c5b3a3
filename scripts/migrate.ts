// npm run db:migrate: applies pending migrations to DATABASE_URL (or the embedded file).
import { migrate } from "../lib/db/migrate";
import { databaseUrl } from "../lib/db/url";

const applied = await migrate(databaseUrl());
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
