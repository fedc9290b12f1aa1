import type { ActionItem } from "../domain/meetings/action-items";
import type { CheckInState } from "../domain/meetings/check-in";
import type { MeetingRepository, NewSession, PairRhythm, PairSession } from "../domain/meetings/meeting-service";
import type {
  ActionItem as ActionItemRow,
  Pair as PairRow,
  PairSession as SessionRow,
} from "../generated/prisma/client";
import type { Database } from "./prisma-client";

export class PrismaMeetingRepository implements MeetingRepository {
  constructor(private readonly db: Database) {}

  async createSession(session: NewSession): Promise<PairSession> {
    return toSession(await this.db.pairSession.create({ data: session }));
  }

  async findSession(id: string): Promise<PairSession | null> {
    const row = await this.db.pairSession.findUnique({ where: { id } });
    return row ? toSession(row) : null;
  }

  async updateSession(
    id: string,
    change: Partial<Omit<PairSession, "id" | "pairId" | "createdAt">>,
  ): Promise<PairSession> {
    return toSession(await this.db.pairSession.update({ where: { id }, data: change }));
  }

  async sessionsOfPair(pairId: string): Promise<PairSession[]> {
    return (await this.db.pairSession.findMany({ where: { pairId }, orderBy: { startsAt: "asc" } })).map(toSession);
  }

  async replaceActionItems(sessionId: string, items: Omit<ActionItem, "id" | "createdAt">[]): Promise<ActionItem[]> {
    return this.db.$transaction(async (tx) => {
      // Items already ticked off keep their state when the log is saved again with the same text.
      const before = await tx.actionItem.findMany({ where: { sessionId } });
      await tx.actionItem.deleteMany({ where: { sessionId } });
      const created: ActionItemRow[] = [];
      for (const item of items) {
        const done =
          before.find((b) => b.text === item.text && b.ownerPersonId === item.ownerPersonId)?.doneAt ?? item.doneAt;
        created.push(await tx.actionItem.create({ data: { ...item, doneAt: done } }));
      }
      return created.map(toActionItem);
    });
  }

  async actionItemsOfPairs(pairIds: string[]): Promise<ActionItem[]> {
    if (pairIds.length === 0) return [];
    return (
      await this.db.actionItem.findMany({
        where: { pairId: { in: pairIds } },
        orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
      })
    ).map(toActionItem);
  }

  async findActionItem(id: string): Promise<ActionItem | null> {
    const row = await this.db.actionItem.findUnique({ where: { id } });
    return row ? toActionItem(row) : null;
  }

  async setActionItemDone(id: string, doneAt: Date | null): Promise<ActionItem> {
    return toActionItem(await this.db.actionItem.update({ where: { id }, data: { doneAt } }));
  }

  async rhythm(pairId: string): Promise<PairRhythm | null> {
    const row = await this.db.pair.findUnique({ where: { id: pairId } });
    return row ? toRhythm(row) : null;
  }

  async saveRhythm(pairId: string, change: Partial<PairRhythm>): Promise<void> {
    const { checkIn, ...rest } = change;
    await this.db.pair.update({
      where: { id: pairId },
      data: {
        ...rest,
        ...(checkIn
          ? {
              consecutiveMisses: checkIn.consecutiveMisses,
              atRisk: checkIn.atRisk,
              checkInSessionAt: checkIn.pendingSessionAt,
              checkInAskedAt: checkIn.lastAskedAt,
              checkInAskAgainAt: checkIn.askAgainAt,
            }
          : {}),
      },
    });
  }

  async createHelpRequest(pairId: string, personId: string, reason: string): Promise<void> {
    await this.db.helpRequest.create({ data: { pairId, personId, reason } });
  }
}

function toSession(row: SessionRow): PairSession {
  return {
    id: row.id,
    pairId: row.pairId,
    status: row.status as PairSession["status"],
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    proposedById: row.proposedById,
    acceptedById: row.acceptedById,
    sequence: row.sequence,
    topics: row.topics,
    privateNotes: row.privateNotes,
    loggedById: row.loggedById,
    loggedAt: row.loggedAt,
    createdAt: row.createdAt,
  };
}

function toActionItem(row: ActionItemRow): ActionItem {
  return {
    id: row.id,
    pairId: row.pairId,
    sessionId: row.sessionId,
    ownerPersonId: row.ownerPersonId,
    text: row.text,
    dueDate: row.dueDate,
    doneAt: row.doneAt,
    createdAt: row.createdAt,
  };
}

function toRhythm(row: PairRow): PairRhythm {
  const checkIn: CheckInState = {
    consecutiveMisses: row.consecutiveMisses,
    atRisk: row.atRisk,
    pendingSessionAt: row.checkInSessionAt,
    lastAskedAt: row.checkInAskedAt,
    askAgainAt: row.checkInAskAgainAt,
  };
  return { status: row.status as PairRhythm["status"], checkIn, pausedUntil: row.pausedUntil };
}
