// The key that signs session cookies: AUTH_SECRET, or for a single embedded install a random one kept in data/.
// Several instances behind a proxy must share AUTH_SECRET (README, "Production layout").
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const FILE = path.join(process.cwd(), "data", "auth-secret");

export function ensureLocalAuthSecret(): void {
  if (process.env.AUTH_SECRET || existsSync(FILE)) return;
  mkdirSync(path.dirname(FILE), { recursive: true });
  writeFileSync(FILE, randomBytes(32).toString("base64url"), { mode: 0o600 });
}

export function authSecret(): string | undefined {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  return existsSync(FILE) ? readFileSync(FILE, "utf8").trim() : undefined;
}
