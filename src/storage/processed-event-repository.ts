import type { Database } from "./prisma-client";
import { isUniqueViolation } from "./people-repository";

/** Remembers platform event ids, in the database so every replica sees them. */
export class ProcessedEventRepository {
  constructor(private readonly db: Database) {}

  /** True the first time an id is seen; false for a retry or a copy handled elsewhere. */
  async firstSighting(id: string, now: Date): Promise<boolean> {
    try {
      await this.db.processedEvent.create({ data: { id, receivedAt: now } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async purgeBefore(before: Date): Promise<number> {
    return (await this.db.processedEvent.deleteMany({ where: { receivedAt: { lt: before } } })).count;
  }
}
