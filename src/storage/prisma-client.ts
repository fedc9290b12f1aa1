import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseProvider, sqliteFilePath } from "../config/database-url";
import { PrismaClient } from "../generated/prisma/client";

export type Database = PrismaClient;

/**
 * The one Prisma client of the process. SQLite runs in WAL mode, which survives kill -9 and lets
 * several processes share the file; busy_timeout makes a writer wait for another instead of failing.
 */
export async function openDatabase(url: string): Promise<Database> {
  const provider = databaseProvider(url);
  if (provider !== "sqlite") throw new Error(`Unsupported DATABASE_URL for this build: ${provider ?? "unknown scheme"}`);
  const file = sqliteFilePath(url);
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 15_000 }) });
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 15000");
  return prisma;
}

/** True when the database answers a trivial query within the time limit. */
export async function pingDatabase(db: Database, timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("database ping timed out")), timeoutMs);
    });
    await Promise.race([db.$queryRawUnsafe(`SELECT "id" FROM "Job" LIMIT 1`), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
