import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { sqliteFilePath } from "../config/database-url";
import { PrismaClient } from "../generated/prisma/client";
import { queryLog, type TransactionOptions } from "./prisma-client";

/**
 * The SQLite side of openDatabase (see there why WAL and busy_timeout), in its own module so that
 * it and its adapter load only for a file: URL.
 */
export async function openSqlite(
  url: string,
  transactions: TransactionOptions,
  logQueries = false,
): Promise<PrismaClient> {
  const file = sqliteFilePath(url);
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const prisma = new PrismaClient({
    adapter: oneConnectionAtATime(new PrismaBetterSQLite3({ url, timeout: 15_000 })),
    transactionOptions: transactions,
    ...queryLog(logQueries),
  });
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 15000");
  return prisma;
}

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
