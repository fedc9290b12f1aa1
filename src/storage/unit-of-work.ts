import { AsyncLocalStorage } from "node:async_hooks";
import type { UnitOfWork } from "../domain/unit-of-work";
import type { Database } from "./prisma-client";

interface OpenTransaction {
  tx: Database;
  /** False once the work has returned: a timer started inside must not reach a closed transaction. */
  active: boolean;
  afterCommit: (() => void)[];
}

/** Top-level methods that query (and so must run in the open transaction); other `$` ones are the client's own. */
const QUERY_METHODS = new Set<PropertyKey>([
  "$queryRaw",
  "$executeRaw",
  "$queryRawUnsafe",
  "$executeRawUnsafe",
  "$queryRawTyped",
]);

/**
 * The domain's UnitOfWork on Prisma. Repositories are handed `client`, which is the process's
 * client outside `run` and the open transaction inside it (kept in an AsyncLocalStorage), so no
 * repository needs to know it takes part. `$transaction` called inside `run` runs in the open one.
 * Every repository must be given `client`: one on the bare client would, inside `run`, miss the
 * transaction (PostgreSQL) or wait for it to end until it times out (SQLite, see openDatabase).
 */
export class PrismaUnitOfWork implements UnitOfWork {
  private readonly store = new AsyncLocalStorage<OpenTransaction>();
  readonly client: Database;

  constructor(private readonly root: Database) {
    this.client = new Proxy(root, { get: (_target, property) => this.resolve(property) });
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.open()) return work();
    const open: OpenTransaction = { tx: this.root, active: false, afterCommit: [] };
    const result = await this.root.$transaction(async (tx) => {
      open.tx = tx as Database;
      open.active = true;
      try {
        return await this.store.run(open, work);
      } finally {
        open.active = false;
      }
    });
    for (const callback of open.afterCommit) callback();
    return result;
  }

  /** Runs `callback` once the open transaction commits (never if it rolls back); now when none is open. */
  afterCommit(callback: () => void): void {
    const open = this.open();
    if (open) open.afterCommit.push(callback);
    else callback();
  }

  private open(): OpenTransaction | undefined {
    const open = this.store.getStore();
    return open?.active ? open : undefined;
  }

  private resolve(property: PropertyKey): unknown {
    const open = this.open();
    if (property === "$transaction") return open ? this.joined(open) : this.transaction();
    const target =
      open && (typeof property !== "string" || !property.startsWith("$") || QUERY_METHODS.has(property))
        ? open.tx
        : this.root;
    const value: unknown = Reflect.get(target, property);
    return typeof value === "function" ? value.bind(target) : value;
  }

  /** Outside `run`: a callback transaction becomes a `run` (so repositories called inside join it). */
  private transaction() {
    return (argument: unknown, options?: unknown) => {
      if (Array.isArray(argument))
        return (this.root.$transaction as (queries: unknown[], options?: unknown) => Promise<unknown>)(
          argument,
          options,
        );
      return this.run(() => (argument as (tx: Database) => Promise<unknown>)(this.open()!.tx));
    };
  }

  /** Inside `run`: the queries (made on the open transaction, lazily) run one after another in it. */
  private joined(open: OpenTransaction) {
    return async (argument: unknown) => {
      if (!Array.isArray(argument)) return (argument as (tx: Database) => Promise<unknown>)(open.tx);
      const results: unknown[] = [];
      for (const query of argument) results.push(await query);
      return results;
    };
  }
}
