import type { Database } from "./prisma-client";

/**
 * Where to reach a person outside a request: the Slack DM channel id, or the Teams conversation
 * reference saved when they first talked to the bot (needed for proactive messages).
 */
export class ConversationRefRepository {
  constructor(private readonly db: Database) {}

  async get(personId: string): Promise<unknown | null> {
    const row = await this.db.person.findUnique({ where: { id: personId }, select: { conversationRef: true } });
    return row?.conversationRef ?? null;
  }

  async save(personId: string, reference: unknown): Promise<void> {
    await this.db.person.update({ where: { id: personId }, data: { conversationRef: reference as object } });
  }

  /** Of these people, the ids of those the bot can reach proactively. */
  async reachable(personIds: string[]): Promise<Set<string>> {
    const rows = await this.db.person.findMany({
      where: { id: { in: personIds } },
      select: { id: true, conversationRef: true },
    });
    return new Set(rows.filter((row) => row.conversationRef !== null).map((row) => row.id));
  }
}
