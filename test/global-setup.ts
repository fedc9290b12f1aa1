import { mkdirSync, rmSync } from "node:fs";
import { applyMigrations } from "../src/storage/migrate";
import {
  POSTGRES_PREFIX,
  POSTGRES_TEMPLATE,
  TEMPLATE_DB,
  TEST_DATA_DIR,
  postgresUrl,
  testProvider,
  withPostgresAdmin,
} from "./support/database";

async function dropTestDatabases(): Promise<void> {
  await withPostgresAdmin(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE '${POSTGRES_PREFIX}%'`,
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}

/**
 * Migrates one template database with `prisma migrate deploy`; each test file copies it. The app and
 * process projects both list this file: the first to start migrates, the last to finish cleans up.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const shared = globalState();
  shared.users++;
  shared.ready ??= prepare();
  await shared.ready;
  return async () => {
    if (--shared.users > 0) return;
    shared.ready = undefined;
    rmSync(TEST_DATA_DIR, { recursive: true, force: true });
    if (testProvider === "postgresql") await dropTestDatabases();
  };
}

async function prepare(): Promise<void> {
  rmSync(TEST_DATA_DIR, { recursive: true, force: true });
  mkdirSync(TEST_DATA_DIR, { recursive: true });
  if (testProvider === "postgresql") {
    await dropTestDatabases();
    await withPostgresAdmin((client) => client.query(`CREATE DATABASE "${POSTGRES_TEMPLATE}"`));
    await applyMigrations(postgresUrl(POSTGRES_TEMPLATE));
  } else {
    await applyMigrations(`file:${TEMPLATE_DB}`);
  }
}

// On globalThis: each project may load this file as a module of its own.
function globalState(): { users: number; ready: Promise<void> | undefined } {
  const holder = globalThis as unknown as Record<symbol, { users: number; ready: Promise<void> | undefined }>;
  return (holder[Symbol.for("tandem.test-database-template")] ??= { users: 0, ready: undefined });
}
