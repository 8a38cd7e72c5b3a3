// Where the data lives: DATABASE_URL (postgresql://... or file:...), else the embedded SQLite file data/app.db.
import path from "node:path";
import { providerOf } from "./schema-source";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || `file:${path.join(process.cwd(), "data", "app.db")}`;
}

export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "");
}

export const currentProvider = () => providerOf(databaseUrl());
