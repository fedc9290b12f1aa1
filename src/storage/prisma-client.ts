import type { Pool } from "pg";
import { databaseProvider, type DatabaseProvider } from "../config/database-url";
import type { PrismaClient } from "../generated/prisma/client";

/**
 * The database client. Both generated clients come from the same models (the PostgreSQL schema is
 * written from the SQLite one), so one type serves both; the few raw statements that differ by
 * dialect live in the repositories that need them (see JobRepository.claim).
 */
export type Database = PrismaClient;

/** How long a transaction may wait to start and may last, in milliseconds. */
export interface TransactionOptions {
  maxWait: number;
  timeout: number;
}

export interface OpenOptions {
  /** PostgreSQL: connections in the pool. */
  poolSize?: number;
  /** PostgreSQL: called when an idle pooled connection breaks (the server restarted); never throws. */
  onConnectionError?: (error: Error) => void;
  /** Told the text of every SQL statement sent (never its parameters), for a trace log. */
  onQuery?: (sql: string) => void;
}

/**
 * A transaction waits this long to start (SQLite runs one at a time) and may last this long: generous
 * for a cohort of thousands, short enough that a stuck one does not hold SQLite for long.
 */
const TRANSACTIONS: TransactionOptions = { maxWait: 15_000, timeout: 20_000 };

/**
 * The one client of the process. SQLite runs in WAL mode, which survives kill -9 and lets
 * several processes share the file; busy_timeout makes a writer wait for another instead of failing.
 * PostgreSQL connections time out quickly, so a request during an outage gets a polite "try again"
 * rather than hanging, and the pool reconnects by itself when the server is back.
 */
export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Database> {
  const provider = databaseProvider(url);
  // Each provider's client, adapter and driver load only when that provider is used: a SQLite
  // server does not carry pg and the PostgreSQL client, nor a PostgreSQL one better-sqlite3's adapter.
  if (provider === "postgresql") {
    const { openPostgres } = await import("./postgres-database");
    const onError = options.onConnectionError ?? (() => undefined);
    const { db, pool } = openPostgres(url, {
      poolSize: options.poolSize ?? 10,
      onError,
      transactions: TRANSACTIONS,
      logQueries: options.onQuery !== undefined,
    });
    pools.set(db, pool);
    return listenToQueries(db, options.onQuery);
  }
  if (provider !== "sqlite") throw new Error("DATABASE_URL must start with file: or postgresql://");
  const { openSqlite } = await import("./sqlite-database");
  return listenToQueries(await openSqlite(url, TRANSACTIONS, options.onQuery !== undefined), options.onQuery);
}

/** Query events are only asked of Prisma when someone listens: they cost a little on every statement. */
function listenToQueries(db: Database, onQuery: ((sql: string) => void) | undefined): Database {
  if (onQuery) (db as QueryEvents).$on("query", (event) => onQuery(event.query));
  return db;
}

/** The client as built with `log: [{ emit: "event", level: "query" }]`, which its default type does not show. */
type QueryEvents = { $on(event: "query", listener: (event: { query: string }) => void): void };

/** Prisma's option for query events, or none. */
export function queryLog(enabled: boolean): { log?: [{ emit: "event"; level: "query" }] } {
  return enabled ? { log: [{ emit: "event", level: "query" }] } : {};
}

const pools = new WeakMap<Database, Pool>();

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
