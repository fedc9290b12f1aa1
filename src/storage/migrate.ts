import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { openDatabase, type Database } from "./prisma-client";

const require = createRequire(import.meta.url);
export const MIGRATIONS_DIR = resolve("prisma/migrations");

/**
 * Applies pending migrations with `prisma migrate deploy`, the same command CI and operators run.
 * The CLI reads DATABASE_URL through prisma.config.ts, so it opens the bot's own database.
 */
export async function applyMigrations(databaseUrl: string, cwd = process.cwd()): Promise<string> {
  const cli = require.resolve("prisma/build/index.js");
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, "migrate", "deploy"], {
      cwd,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolvePromise(output);
      else reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${output}`));
    });
  });
}

/** The committed migrations the database has not applied yet (read-only: safe while other replicas run). */
export async function pendingMigrations(db: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const committed = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
  let applied: string[] = [];
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
    );
    applied = rows.map((row) => row.migration_name);
  } catch {
    applied = []; // no migrations table yet: a new database
  }
  return committed.filter((name) => !applied.includes(name));
}

/**
 * Runs `prisma migrate deploy` only when something is pending, so a restart does not spawn the CLI.
 * The check uses its own short-lived connection, closed before the CLI opens the file.
 */
export async function migrateIfNeeded(databaseUrl: string): Promise<string[]> {
  const probe = await openDatabase(databaseUrl);
  let pending: string[];
  try {
    pending = await pendingMigrations(probe);
  } finally {
    await probe.$disconnect();
  }
  if (pending.length > 0) await applyMigrations(databaseUrl);
  return pending;
}
