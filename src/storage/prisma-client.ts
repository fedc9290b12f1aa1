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
 * A transaction waits this long to start (SQLite runs one at a time) and may last this long: generous
 * for a cohort of thousands, short enough that a stuck one does not hold SQLite for long.
 */
const TRANSACTIONS = { maxWait: 15_000, timeout: 20_000 };

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
    const db = new PostgresPrismaClient({
      adapter: new PrismaPg(pool, { onConnectionError: onError }),
      transactionOptions: TRANSACTIONS,
    }) as unknown as Database;
    pools.set(db, pool);
    return db;
  }
  if (provider !== "sqlite") throw new Error("DATABASE_URL must start with file: or postgresql://");
  const file = sqliteFilePath(url);
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const prisma = new PrismaClient({
    adapter: oneConnectionAtATime(new PrismaBetterSQLite3({ url, timeout: 15_000 })),
    transactionOptions: TRANSACTIONS,
  });
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 15000");
  return prisma;
}

const pools = new WeakMap<Database, pg.Pool>();

type SqliteAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type SqliteTransaction = Awaited<ReturnType<SqliteAdapter["startTransaction"]>>;

/**
 * The SQLite adapter has one connection, and its lock keeps transactions apart from each other
 * only: a query from another request sent while a transaction is open would run inside it (and be
 * rolled back with it). Here such a query waits until no transaction is open or waiting to open.
 * better-sqlite3 runs a statement synchronously when the adapter is called, so once it passes the
 * wait nothing can start a transaction under it.
 */
function oneConnectionAtATime(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  let transactions = 0;
  let quiet = Promise.resolve();
  let release: () => void = () => {};
  const enter = () => {
    if (transactions++ === 0) quiet = new Promise<void>((resolve) => (release = resolve));
  };
  const leave = () => {
    if (--transactions === 0) release();
  };
  const idle = async () => {
    while (transactions > 0) await quiet;
  };
  const transaction = (tx: SqliteTransaction): SqliteTransaction => {
    let ended = false;
    const end = <T>(promise: Promise<T>) =>
      promise.finally(() => {
        if (!ended) leave();
        ended = true;
      });
    return forward(tx, { commit: () => end(tx.commit()), rollback: () => end(tx.rollback()) });
  };
  const adapter = (inner: SqliteAdapter): SqliteAdapter =>
    forward(inner, {
      queryRaw: async (query: Parameters<SqliteAdapter["queryRaw"]>[0]) => (await idle(), inner.queryRaw(query)),
      executeRaw: async (query: Parameters<SqliteAdapter["executeRaw"]>[0]) => (await idle(), inner.executeRaw(query)),
      executeScript: async (script: string) => (await idle(), inner.executeScript(script)),
      // Counted from the moment it is asked for: a waiting transaction goes before new queries.
      startTransaction: async (level?: Parameters<SqliteAdapter["startTransaction"]>[0]) => {
        enter();
        try {
          return transaction(await inner.startTransaction(level));
        } catch (error) {
          leave();
          throw error;
        }
      },
    });
  return forward(factory, { connect: async () => adapter(await factory.connect()) });
}

/** The object with some methods replaced; the others called on the object itself (they use private fields). */
function forward<T extends object>(target: T, overrides: Record<string, unknown>): T {
  return new Proxy(target, {
    get(object, property) {
      if (typeof property === "string" && property in overrides) return overrides[property];
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}

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
