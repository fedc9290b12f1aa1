import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { databaseProvider, sqliteFilePath, type DatabaseProvider } from "../config/database-url";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-postgresql/client";

/**
 * The database client. Both generated clients come from the same models (the PostgreSQL schema is
 * written from the SQLite one), so one type serves both; the few raw statements that differ by
 * dialect live in the repositories that need them (see JobRepository.claim).
 */
export type Database = PrismaClient;

export interface OpenOptions {
  /** PostgreSQL: connections in the pool. */
  poolSize?: number;
  /** PostgreSQL: called when an idle pooled connection breaks (the server restarted); never throws. */
  onConnectionError?: (error: Error) => void;
}

/**
 * The one client of the process. SQLite runs in WAL mode, which survives kill -9 and lets
 * several processes share the file; busy_timeout makes a writer wait for another instead of failing.
 * PostgreSQL connections time out quickly, so a request during an outage gets a polite "try again"
 * rather than hanging, and the pool reconnects by itself when the server is back.
 */
export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Database> {
  const provider = databaseProvider(url);
  if (provider === "postgresql") {
    const onError = options.onConnectionError ?? (() => undefined);
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      // Prisma stores UTC in timestamp columns; raw comparisons must not shift by a server zone.
      options: "-c TimeZone=UTC",
    });
    // An idle connection broken by a server restart must not crash the process.
    pool.on("error", onError);
    const db = new PostgresPrismaClient({ adapter: new PrismaPg(pool, { onConnectionError: onError }) }) as unknown as Database;
    pools.set(db, pool);
    return db;
  }
  if (provider !== "sqlite") throw new Error("DATABASE_URL must start with file: or postgresql://");
  const file = sqliteFilePath(url);
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 15_000 }) });
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 15000");
  return prisma;
}

const pools = new WeakMap<Database, pg.Pool>();

/** Closes the client (and PostgreSQL's pool); gives up waiting after `timeoutMs`. True if all closed. */
export async function closeDatabase(db: Database, timeoutMs = 5_000): Promise<boolean> {
  const pool = pools.get(db);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const close = (async () => {
    await db.$disconnect();
    await pool?.end();
    return true as const;
  })();
  try {
    return await Promise.race([close, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Connections in use, idle and waiting (PostgreSQL), for diagnostics. */
export function poolStats(db: Database): { total: number; idle: number; waiting: number } | undefined {
  const pool = pools.get(db);
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : undefined;
}

export function providerOf(url: string): DatabaseProvider {
  const provider = databaseProvider(url);
  if (!provider) throw new Error("DATABASE_URL must start with file: or postgresql://");
  return provider;
}

/** True when the database answers a query on a real table within the time limit. */
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
