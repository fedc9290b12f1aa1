import type { Database } from "./prisma-client";

export type SlotReservation = { reserved: true; at: number } | { reserved: false; nextFreeAt: number };

/**
 * Each workspace's next free send slot, in one row that every replica moves with one UPDATE, so two
 * processes never take the same slot and together keep to the rate. Times are epoch milliseconds.
 */
export class SendBudgetRepository {
  constructor(private readonly db: Database) {}

  /**
   * Takes the next slot (now, or the first free one after it) and moves the free slot `intervalMs`
   * on; refuses, without taking anything, when that slot is more than `maxAheadMs` away.
   */
  async reserve(key: string, now: number, intervalMs: number, maxAheadMs: number): Promise<SlotReservation> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const rows = await this.db.$queryRaw<{ nextAtMs: bigint | number | string }[]>`
        UPDATE "SendBudget"
           SET "nextAtMs" = (CASE WHEN "nextAtMs" < ${now} THEN ${now} ELSE "nextAtMs" END) + ${intervalMs}
         WHERE "key" = ${key} AND "nextAtMs" <= ${now + maxAheadMs}
        RETURNING "nextAtMs"`;
      const moved = rows[0];
      if (moved) return { reserved: true, at: Number(moved.nextAtMs) - intervalMs };
      const row = await this.db.sendBudget.findUnique({ where: { key } });
      // A row another replica created just now, with room in it: take from it on the next turn.
      if (row && Number(row.nextAtMs) > now + maxAheadMs) return { reserved: false, nextFreeAt: Number(row.nextAtMs) };
      if (row) continue;
      // The first send to this workspace: create its row (a racing replica may have), then take from it.
      await this.db.$executeRaw`
        INSERT INTO "SendBudget" ("key", "nextAtMs") VALUES (${key}, ${now}) ON CONFLICT ("key") DO NOTHING`;
    }
    throw new Error(`the send budget of ${key} could not be read`);
  }

  /** No replica sends here before `until` (the platform answered "too many, retry after"). */
  async holdUntil(key: string, until: number): Promise<void> {
    await this.db.$executeRaw`
      INSERT INTO "SendBudget" ("key", "nextAtMs") VALUES (${key}, ${until})
      ON CONFLICT ("key") DO UPDATE SET "nextAtMs" = CASE WHEN "SendBudget"."nextAtMs" < ${until} THEN ${until} ELSE "SendBudget"."nextAtMs" END`;
  }
}
