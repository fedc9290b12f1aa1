import { mkdirSync, rmSync } from "node:fs";
import { applyMigrations } from "../src/storage/migrate";
import { TEMPLATE_DB, TEST_DATA_DIR } from "./support/database";

/** Migrates one template database with `prisma migrate deploy`; each test file copies it. */
export default async function setup(): Promise<() => void> {
  rmSync(TEST_DATA_DIR, { recursive: true, force: true });
  mkdirSync(TEST_DATA_DIR, { recursive: true });
  await applyMigrations(`file:${TEMPLATE_DB}`);
  return () => rmSync(TEST_DATA_DIR, { recursive: true, force: true });
}
