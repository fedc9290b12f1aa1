import { copyFileSync, mkdirSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { join, resolve } from "node:path";
import pg from "pg";

export const TEST_DATA_DIR = resolve(".tmp/test-db");
export const TEMPLATE_DB = join(TEST_DATA_DIR, "template.db");

/**
 * With TEST_POSTGRES_URL set (`npm run test:postgres`), every test file gets its own PostgreSQL
 * database; otherwise its own SQLite file. Either way it is a copy of a template that global setup
 * migrated with `prisma migrate deploy`.
 */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL?.trim() || undefined;
export const testProvider: "sqlite" | "postgresql" = TEST_POSTGRES_URL ? "postgresql" : "sqlite";
export const POSTGRES_TEMPLATE = "tandem_test_template";
export const POSTGRES_PREFIX = "tandem_test_";

export function postgresUrl(database: string): string {
  const url = new URL(TEST_POSTGRES_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withPostgresAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database for one test file (or one test that needs its own). */
export async function freshDatabaseUrl(): Promise<string> {
  if (testProvider === "postgresql") {
    const name = `${POSTGRES_PREFIX}${randomUUID().replace(/-/g, "").slice(0, 16)}`;
    await withPostgresAdmin(async (client) => {
      for (let attempt = 0; ; attempt++) {
        try {
          await client.query(`CREATE DATABASE "${name}" TEMPLATE "${POSTGRES_TEMPLATE}"`);
          return;
        } catch (error) {
          // Two files copying the template at the same moment: PostgreSQL lets one at a time.
          if (attempt < 50 && /being accessed by other users/.test(String(error))) {
            await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
            continue;
          }
          throw error;
        }
      }
    });
    return postgresUrl(name);
  }
  mkdirSync(TEST_DATA_DIR, { recursive: true });
  const file = join(TEST_DATA_DIR, `${randomUUID()}.db`);
  copyFileSync(TEMPLATE_DB, file);
  return `file:${file}`;
}

/**
 * Takes a test database away as an outage would (SQLite: the file disappears; PostgreSQL: the
 * database is renamed under the app's connections), and returns what brings it back.
 */
export async function takeDatabaseAway(
  databaseUrl: string,
  disconnect: () => Promise<void>,
): Promise<() => Promise<void>> {
  if (databaseUrl.startsWith("file:")) {
    const { renameSync, rmSync } = await import("node:fs");
    const file = databaseUrl.replace(/^file:/, "");
    await disconnect();
    renameSync(file, `${file}.away`);
    return async () => {
      await disconnect();
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
      renameSync(`${file}.away`, file);
    };
  }
  const name = new URL(databaseUrl).pathname.slice(1);
  await withPostgresAdmin(async (client) => {
    await client.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    await client.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [name],
    );
  });
  return async () => {
    await withPostgresAdmin((client) => client.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`));
  };
}
