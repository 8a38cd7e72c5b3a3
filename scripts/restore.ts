// npm run restore -- <file>: replaces the whole database with the backup. Stop the app first.
import { restore } from "../lib/backup";
import { databaseUrl } from "../lib/db/url";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run restore -- <backup file>");
  process.exit(1);
}
const started = performance.now();
await restore(databaseUrl(), file);
console.log(`Database restored from ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
