import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SendBudgetRepository } from "../../src/storage/send-budget-repository";
import { closeDatabase, openDatabase, type Database } from "../../src/storage/prisma-client";
import { freshDatabaseUrl } from "../support/database";

describe("the shared send budget", () => {
  let db: Database;
  let budgets: SendBudgetRepository;
  const now = Date.parse("2026-11-23T09:00:00Z");

  beforeAll(async () => {
    db = await openDatabase(await freshDatabaseUrl());
    budgets = new SendBudgetRepository(db);
  });
  afterAll(() => closeDatabase(db));

  it("gives a workspace's first sends, taken at once by several replicas, one slot each", async () => {
    // The row does not exist yet: every replica races to create it, none is told the budget is spent.
    const slots = await Promise.all(Array.from({ length: 8 }, () => budgets.reserve("slack:TRACE", now, 200, 10_000)));
    expect(slots.every((slot) => slot.reserved)).toBe(true);
    const times = slots.map((slot) => (slot.reserved ? slot.at : -1)).sort((a, b) => a - b);
    expect(times).toEqual(Array.from({ length: 8 }, (_, i) => now + i * 200));
  });

  it("refuses a slot further away than a job should wait, and takes none", async () => {
    await budgets.holdUntil("slack:THELD", now + 30_000);
    expect(await budgets.reserve("slack:THELD", now, 200, 10_000)).toEqual({
      reserved: false,
      nextFreeAt: now + 30_000,
    });
    expect(await budgets.reserve("slack:THELD", now + 25_000, 200, 10_000)).toEqual({
      reserved: true,
      at: now + 30_000,
    });
  });
});
