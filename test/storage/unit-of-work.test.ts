import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifyJob } from "../../src/domain/jobs";
import { DurableJobQueue } from "../../src/scheduler/job-queue";
import { JobRepository } from "../../src/storage/job-repository";
import { openDatabase, type Database } from "../../src/storage/prisma-client";
import { PrismaUnitOfWork } from "../../src/storage/unit-of-work";
import { freshDatabaseUrl, testProvider } from "../support/database";
import { FakeClock } from "../support/fake-clock";

/**
 * The transaction behind "one change, one transaction" (issue 18), on the real database: what
 * runs in it commits or rolls back together, other requests stay out of it (SQLite has a single
 * connection), and nothing started inside reaches it once it has ended.
 */
describe("a unit of work", () => {
  let db: Database;
  let transactions: PrismaUnitOfWork;
  let queue: DurableJobQueue;
  let wakes = 0;
  const clock = new FakeClock("2026-11-23T09:00:00Z");
  const job = (key: string) => notifyJob("someone", { key: "help.title" }, key, clock.now());
  const stored = async (key: string) => (await db.job.findUnique({ where: { idempotencyKey: key } })) !== null;
  const event = (id: string) => transactions.client.processedEvent.create({ data: { id, receivedAt: clock.now() } });
  const seen = async (id: string) => (await db.processedEvent.findUnique({ where: { id } })) !== null;

  beforeAll(async () => {
    db = await openDatabase(await freshDatabaseUrl());
    transactions = new PrismaUnitOfWork(db);
    queue = new DurableJobQueue(new JobRepository(transactions.client, testProvider), clock, () =>
      transactions.afterCommit(() => wakes++),
    );
  });
  afterAll(() => db.$disconnect());

  it("keeps a change and the jobs it queued together, and drops both when it fails", async () => {
    await transactions.run(async () => {
      await event("kept");
      await queue.enqueue([job("kept")]);
    });
    await expect(
      transactions.run(async () => {
        await event("dropped");
        await queue.enqueue([job("dropped")]);
        throw new Error("the process died here");
      }),
    ).rejects.toThrow("the process died here");
    expect([await seen("kept"), await stored("kept")]).toEqual([true, true]);
    expect([await seen("dropped"), await stored("dropped")]).toEqual([false, false]);
  });

  it("joins an outer unit of work, and a repository's own $transaction runs in it too", async () => {
    await expect(
      transactions.run(async () => {
        await transactions.run(() => event("inner"));
        await transactions.client.$transaction([
          transactions.client.processedEvent.create({ data: { id: "batch", receivedAt: clock.now() } }),
        ]);
        await transactions.client.$transaction((tx) =>
          tx.processedEvent.create({ data: { id: "callback", receivedAt: clock.now() } }),
        );
        throw new Error("outer fails");
      }),
    ).rejects.toThrow("outer fails");
    expect([await seen("inner"), await seen("batch"), await seen("callback")]).toEqual([false, false, false]);
  });

  it("keeps another request's write out of an open transaction that then rolls back", async () => {
    let wrote!: () => void;
    let finish!: () => void;
    const written = new Promise<void>((resolve) => (wrote = resolve));
    const held = new Promise<void>((resolve) => (finish = resolve));
    const failing = transactions.run(async () => {
      await event("inside");
      wrote();
      await held;
      throw new Error("rolled back");
    });
    await written;
    // Another request, not part of that work, writes while it is open (a Prisma query starts when awaited).
    const other = event("another request").then(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    finish();
    await expect(failing).rejects.toThrow("rolled back");
    await other;
    expect([await seen("inside"), await seen("another request")]).toEqual([false, true]);
  });

  it("wakes the scheduler only once the jobs are committed, and never for rolled-back ones", async () => {
    wakes = 0;
    let wakesBeforeCommit = -1;
    await transactions.run(async () => {
      await queue.enqueue([job("due now")]);
      wakesBeforeCommit = wakes;
    });
    expect([wakesBeforeCommit, wakes]).toEqual([0, 1]);
    await expect(
      transactions.run(async () => {
        await queue.enqueue([job("due now, rolled back")]);
        throw new Error("no");
      }),
    ).rejects.toThrow("no");
    expect(wakes).toBe(1);
    await queue.enqueue([job("due now, no transaction")]);
    expect(wakes).toBe(2);
  });

  it("lets a timer started inside run on the client once the transaction has ended", async () => {
    let later!: Promise<number>;
    await transactions.run(async () => {
      await event("before the timer");
      later = new Promise((resolve, reject) =>
        setTimeout(() => transactions.client.processedEvent.count().then(resolve, reject), 20),
      );
    });
    expect(await later).toBeGreaterThan(0);
  });
});
