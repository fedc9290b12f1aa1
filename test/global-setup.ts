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

/** Migrates one template database with `prisma migrate deploy`; each test file copies it. */
export default async function setup(): Promise<() => Promise<void>> {
  rmSync(TEST_DATA_DIR, { recursive: true, force: true });
  mkdirSync(TEST_DATA_DIR, { recursive: true });
  if (testProvider === "postgresql") {
    await dropTestDatabases();
    await withPostgresAdmin((client) => client.query(`CREATE DATABASE "${POSTGRES_TEMPLATE}"`));
    await applyMigrations(postgresUrl(POSTGRES_TEMPLATE));
  } else {
    await applyMigrations(`file:${TEMPLATE_DB}`);
  }
  return async () => {
    rmSync(TEST_DATA_DIR, { recursive: true, force: true });
    if (testProvider === "postgresql") await dropTestDatabases();
  };
}
