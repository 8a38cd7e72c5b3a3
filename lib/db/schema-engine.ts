// Prisma's schema engine as WebAssembly (its native binary cannot be downloaded here). Used by the migration
// generator and the drift test: it diffs the committed migrations (replayed on a shadow database) against the schema.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { schemaFor, type Provider } from "./schema-source";
import { listMigrations, migrationsDir } from "./migrations";

// The schema engine reads pg_catalog columns of PostgreSQL's one-byte "char" type (OID 18), which
// @prisma/adapter-pg does not map ("Column type 'char' could not be deserialized"); pg already returns them as
// strings, so in this tooling process they are reported as text (OID 25).
const require = createRequire(import.meta.url);
const PgResult = require("pg/lib/result.js") as { prototype: { addFields(fields: { dataTypeID: number }[]): void } };
const addFields = PgResult.prototype.addFields;
PgResult.prototype.addFields = function (fields) {
  for (const field of fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
  return addFields.call(this, fields);
};

type Engine = { diff(params: unknown): Promise<{ exitCode: number; stdout: string }>; free(): void };

type Glue = { SchemaEngine: { new: (options: object, log: () => void, adapter: object) => Promise<Engine> } };
let gluePromise: Promise<Glue> | undefined;

// The wasm module is instantiated once per process; each engine is bound to its own adapter.
function loadGlue(): Promise<Glue> {
  gluePromise ??= (async () => {
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = await import(gluePath);
    const bytes = readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    // A Rust panic reports its message here before the call fails.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: object }).PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message: string) => console.error(`schema engine panic: ${message}`),
    };
    return glue as Glue;
  })();
  return gluePromise;
}

async function loadEngine(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<Engine> {
  const glue = await loadGlue();
  return glue.SchemaEngine.new(
    { datamodels: undefined },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}

type Adapter = {
  executeRaw(query: { sql: string; args: unknown[] }): Promise<number>;
  executeScript(sql: string): Promise<void>;
};

// The engine replays a whole migration file through executeRaw; better-sqlite3 prepares one statement at a time,
// so multi-statement SQL without parameters goes through executeScript instead.
function scriptAwareSqlite(): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSqlite3({ url: ":memory:" });
  const wrap = async (connecting: Promise<unknown>) => {
    const adapter = (await connecting) as Adapter;
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) =>
      query.args.length === 0 && /;\s*\S/.test(query.sql)
        ? (await adapter.executeScript(query.sql), 0)
        : executeRaw(query);
    return adapter as never;
  };
  return Object.assign(factory, {
    connect: () => wrap(PrismaBetterSqlite3.prototype.connect.call(factory)),
    connectToShadowDb: () => wrap(PrismaBetterSqlite3.prototype.connectToShadowDb.call(factory)),
  });
}

// adapter-pg's executeScript splits the script on every ";", which cuts a trigger function's body ($$ ... $$) apart.
// PostgreSQL runs a whole script itself when it is sent without parameters (the simple query protocol).
function scriptAwarePostgres(connectionString: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPg({ connectionString });
  type PgAdapter = {
    client: { query(sql: string): Promise<unknown> };
    onError(error: unknown): never;
    executeScript(sql: string): Promise<void>;
  };
  const wrap = async (connecting: Promise<unknown>) => {
    const adapter = (await connecting) as PgAdapter;
    adapter.executeScript = async (sql) => {
      try {
        await adapter.client.query(sql);
      } catch (error) {
        adapter.onError(error);
      }
    };
    return adapter as never;
  };
  return Object.assign(factory, {
    connect: () => wrap(PrismaPg.prototype.connect.call(factory)),
    connectToShadowDb: () => wrap(PrismaPg.prototype.connectToShadowDb.call(factory)),
  });
}

/** SQL that turns a database with all committed migrations of `provider` into the current schema ("" = no drift).
 * The engine replays the migrations on the database its adapter connects to, so PostgreSQL gets a throw-away one
 * on the server at `postgresAdminUrl`. */
export async function pendingSchemaSql(provider: Provider, postgresAdminUrl?: string): Promise<string> {
  if (provider === "sqlite") return diffMigrationsToSchema(provider, scriptAwareSqlite());
  const adminUrl = postgresAdminUrl ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const name = `lk_shadow_${randomUUID().replace(/-/g, "")}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return await diffMigrationsToSchema(provider, scriptAwarePostgres(url.toString()));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

async function diffMigrationsToSchema(
  provider: Provider,
  factory: SqlMigrationAwareDriverAdapterFactory,
): Promise<string> {
  const engine = await loadEngine(factory);
  try {
    const result = await engine.diff({
      from: {
        tag: "migrations",
        baseDir: migrationsDir(provider),
        lockfile: { path: "migration_lock.toml", content: `provider = "${provider}"\n` },
        shadowDbInitScript: "",
        migrationDirectories: listMigrations(provider).map((m) => ({
          path: m.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
        })),
      },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schemaFor(provider) }] },
      script: true,
      shadowDatabaseUrl: null,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout.replace(/^-- This is an empty migration\.\s*$/m, "").trim();
  } finally {
    engine.free();
  }
}
