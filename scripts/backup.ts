// npm run backup [-- <file>]: a backup of DATABASE_URL (or the embedded database) into backups/ by default.
import { backup } from "../lib/backup";
import { databaseUrl } from "../lib/db/url";
import { providerOf } from "../lib/db/schema-source";

const url = databaseUrl();
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = process.argv[2] ?? `backups/rodina-${stamp}.${providerOf(url) === "postgresql" ? "dump" : "db"}`;
await backup(url, file);
console.log(`Backup written to ${file}`);
