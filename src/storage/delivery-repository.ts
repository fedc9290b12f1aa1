import type { Database } from "./prisma-client";
import { isUniqueViolation } from "./people-repository";

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

  /** Records the intent to send before sending, so a crash leaves a trace to reconcile. */
  async markSending(key: string, platform: string, channel: string | null, now: Date): Promise<void> {
    try {
      await this.db.delivery.create({ data: { key, platform, channel, state: "sending", attemptedAt: now } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await this.db.delivery.update({ where: { key }, data: { channel, attemptedAt: now } });
    }
  }

  async markSent(key: string, messageRef: string | null, now: Date): Promise<void> {
    await this.db.delivery.update({ where: { key }, data: { state: "sent", messageRef, sentAt: now } });
  }

  async countSent(prefix = ""): Promise<number> {
    return this.db.delivery.count({ where: { state: "sent", key: { startsWith: prefix } } });
  }
}
