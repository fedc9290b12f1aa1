import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { join, resolve } from "node:path";

export const TEST_DATA_DIR = resolve(".tmp/test-db");
export const TEMPLATE_DB = join(TEST_DATA_DIR, "template.db");

/**
 * A fresh database for one test file: a copy of the template that global setup migrated with
 * `prisma migrate deploy`. Real SQLite, real schema, nothing shared between files.
 */
export function freshDatabaseUrl(): string {
  if (!existsSync(TEMPLATE_DB)) throw new Error(`No template database at ${TEMPLATE_DB}: run the tests through vitest (global setup creates it)`);
  mkdirSync(TEST_DATA_DIR, { recursive: true });
  const file = join(TEST_DATA_DIR, `${randomUUID()}.db`);
  copyFileSync(TEMPLATE_DB, file);
  return `file:${file}`;
}
