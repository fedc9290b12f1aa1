import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-postgresql/client";
import { queryLog, type Database, type TransactionOptions } from "./prisma-client";

export interface PostgresOptions {
  poolSize: number;
  /** Called when an idle pooled connection breaks (the server restarted); never throws. */
  onError: (error: Error) => void;
  transactions: TransactionOptions;
  /** Ask Prisma for an event per statement (see openDatabase's onQuery). */
  logQueries: boolean;
}

/**
 * The PostgreSQL side of openDatabase (see there why the short timeouts), in its own module so
 * that pg and the PostgreSQL client load only for a postgresql:// URL.
 */
export function openPostgres(url: string, options: PostgresOptions): { db: Database; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // Prisma stores UTC in timestamp columns; raw comparisons must not shift by a server zone.
    options: "-c TimeZone=UTC",
  });
  // An idle connection broken by a server restart must not crash the process.
  pool.on("error", options.onError);
  const db = new PostgresPrismaClient({
    adapter: new PrismaPg(pool, { onConnectionError: options.onError }),
    transactionOptions: options.transactions,
    ...queryLog(options.logQueries),
  }) as unknown as Database;
  return { db, pool };
}
