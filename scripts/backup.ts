// npm run backup [-- <file>]: a backup of DATABASE_URL (or the embedded database) into backups/ by default, safe
// while the app runs; prints the file, its size and how long it took.
import { statSync } from "node:fs";
import { backup } from "../lib/backup";
import { databaseUrl } from "../lib/db/url";
import { providerOf } from "../lib/db/schema-source";

const url = databaseUrl();
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = process.argv[2] ?? `backups/rodina-${stamp}.${providerOf(url) === "postgresql" ? "dump" : "db"}`;
const started = performance.now();
await backup(url, file);
const mb = (statSync(file).size / 1e6).toFixed(1);
console.log(`Backup written to ${file} (${mb} MB in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
