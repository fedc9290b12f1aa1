import type { Database } from "../../src/storage/prisma-client";
import { testProvider } from "./database";

const INJECTED = "injected failure";

/**
 * The database itself failing part-way through an operation, as an outage or a kill -9 would
 * leave it: a trigger on every table counts the rows written and refuses the Nth one. Nothing in
 * the app knows about it; the counter is written in the same transaction, so a rollback resets it.
 */
export class FailingWrites {
  private constructor(
    private readonly db: Database,
    private readonly tables: string[],
  ) {}

  static async install(db: Database): Promise<FailingWrites> {
    const tables = await appTables(db);
    await db.$executeRawUnsafe(`CREATE TABLE "_FailAt" ("n" INTEGER NOT NULL, "at" INTEGER NOT NULL)`);
    await db.$executeRawUnsafe(`INSERT INTO "_FailAt" ("n", "at") VALUES (0, 0)`);
    if (testProvider === "postgresql") {
      await db.$executeRawUnsafe(`
        CREATE FUNCTION "_fail_write"() RETURNS trigger AS $$
        BEGIN
          IF (SELECT "at" FROM "_FailAt") > 0 THEN
            UPDATE "_FailAt" SET "n" = "n" + 1;
            IF (SELECT "n" >= "at" FROM "_FailAt") THEN RAISE EXCEPTION '${INJECTED}'; END IF;
          END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql`);
      for (const table of tables) {
        await db.$executeRawUnsafe(
          `CREATE TRIGGER "_fail_${table}" BEFORE INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "_fail_write"()`,
        );
      }
    } else {
      for (const table of tables) {
        for (const operation of ["INSERT", "UPDATE", "DELETE"]) {
          await db.$executeRawUnsafe(`
            CREATE TRIGGER "_fail_${table}_${operation}" BEFORE ${operation} ON "${table}" WHEN (SELECT "at" FROM "_FailAt") > 0
            BEGIN
              UPDATE "_FailAt" SET "n" = "n" + 1;
              SELECT RAISE(ABORT, '${INJECTED}') WHERE (SELECT "n" >= "at" FROM "_FailAt");
            END`);
        }
      }
    }
    return new FailingWrites(db, tables);
  }

  /** Every row of every table, in a stable order: what "the database as before" means. */
  async snapshot(): Promise<Record<string, string[]>> {
    const result: Record<string, string[]> = {};
    for (const table of this.tables) {
      const rows = await this.db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}"`);
      result[table] = rows
        .map((row) =>
          JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? Number(value) : value)),
        )
        .sort();
    }
    return result;
  }

  /**
   * Runs `operation` with its 1st, 2nd, 3rd… row write refused, checking after each failure that
   * the database is as it was, until it writes fewer rows than the failure waits for: that run is
   * the retry that succeeds. Returns its result and how many writes were refused one by one.
   */
  /**
   * `every`: for operations with hundreds of writes, refuse only every n-th one (1st, 1+n, …); the
   * count returned is then the last refused write, not the exact total.
   */
  async failEachWriteThenRetry<T>(
    operation: () => Promise<T>,
    { every = 1 }: { every?: number } = {},
  ): Promise<{ result: T; writes: number }> {
    for (let at = 1; ; at += every) {
      const before = await this.snapshot();
      await this.db.$executeRawUnsafe(`UPDATE "_FailAt" SET "n" = 0, "at" = ${at}`);
      let outcome: { ok: true; result: T } | { ok: false; error: unknown };
      try {
        outcome = { ok: true, result: await operation() };
      } catch (error) {
        outcome = { ok: false, error };
      } finally {
        await this.db.$executeRawUnsafe(`UPDATE "_FailAt" SET "n" = 0, "at" = 0`);
      }
      if (outcome.ok) return { result: outcome.result, writes: at - 1 };
      if (!isInjected(outcome.error)) throw outcome.error;
      const after = await this.snapshot();
      if (JSON.stringify(after) !== JSON.stringify(before))
        throw new Error(`write ${at} failed and left the database changed: ${describeChange(before, after)}`);
    }
  }
}

/** Prisma reports a SQLite trigger's refusal as a foreign key error; the driver's own message is kept beside it. */
function isInjected(error: unknown): boolean {
  return String(error).includes(INJECTED) || JSON.stringify(error)?.includes(INJECTED) === true;
}

async function appTables(db: Database): Promise<string[]> {
  const rows =
    testProvider === "postgresql"
      ? await db.$queryRawUnsafe<{ name: string }[]>(
          `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema()`,
        )
      : await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table'`);
  return rows
    .map((r) => r.name)
    .filter((name) => !name.startsWith("_") && !name.startsWith("sqlite_"))
    .sort();
}

function describeChange(before: Record<string, string[]>, after: Record<string, string[]>): string {
  return Object.keys(after)
    .filter((table) => JSON.stringify(before[table]) !== JSON.stringify(after[table]))
    .map((table) => `${table} (${before[table]?.length ?? 0} rows before, ${after[table]!.length} after)`)
    .join(", ");
}
