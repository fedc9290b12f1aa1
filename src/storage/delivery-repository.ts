import type { Database } from "./prisma-client";

export type DeliveryRecord =
  | { state: "new" }
  | { state: "sending"; channel: string | null; attemptedAt: Date }
  | { state: "sent"; channel: string | null; messageRef: string | null };

/** The ledger that makes a message's second send a no-op (see src/platforms/delivery.ts). */
export class DeliveryRepository {
  constructor(private readonly db: Database) {}

  async find(key: string): Promise<DeliveryRecord> {
    const row = await this.db.delivery.findUnique({ where: { key } });
    if (!row) return { state: "new" };
    if (row.state === "sent") return { state: "sent", channel: row.channel, messageRef: row.messageRef };
    return { state: "sending", channel: row.channel, attemptedAt: row.attemptedAt };
  }

  /**
   * Records the intent to send before sending, so a crash leaves a trace to reconcile. Returns
   * "new" the first time; otherwise what an earlier attempt left, untouched (one query when new).
   */
  async beginSending(key: string, platform: string, channel: string | null, now: Date): Promise<DeliveryRecord> {
    // Raw SQL on this hot path: one statement, portable, and far cheaper than a compiled query.
    const inserted = await this.db.$executeRaw`
      INSERT INTO "Delivery" ("key", "platform", "channel", "state", "attemptedAt")
      VALUES (${key}, ${platform}, ${channel}, 'sending', ${now})
      ON CONFLICT ("key") DO NOTHING`;
    return inserted === 1 ? { state: "new" } : this.find(key);
  }

  /** A retry after a crash: record the new attempt's time and channel. */
  async markSending(key: string, channel: string | null, now: Date): Promise<void> {
    await this.db.delivery.update({ where: { key }, data: { channel, attemptedAt: now } });
  }

  async markSent(key: string, messageRef: string | null, now: Date): Promise<void> {
    await this.db
      .$executeRaw`UPDATE "Delivery" SET "state" = 'sent', "messageRef" = ${messageRef}, "sentAt" = ${now} WHERE "key" = ${key}`;
  }

  async countSent(prefix = ""): Promise<number> {
    return this.db.delivery.count({ where: { state: "sent", key: { startsWith: prefix } } });
  }
}
