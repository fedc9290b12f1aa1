import type { ActionItem } from "../domain/meetings/action-items";
import type { CheckInState } from "../domain/meetings/check-in";
import type {
  MeetingRepository,
  NewSession,
  PairRhythm,
  PairSession,
  SessionInContext,
} from "../domain/meetings/meetings";
import {
  type ActionItem as ActionItemRow,
  type Pair as PairRow,
  Prisma,
  type PairSession as SessionRow,
} from "../generated/prisma/client";
import { toPair } from "./pairing-repository";
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

  /**
   * The session with its pair and whether the cohort is a demo, in one statement: every reminder
   * and check-in of a wave asks this, and Prisma would read the three tables one after another.
   */
  async sessionInContext(id: string): Promise<SessionInContext | null> {
    const columns = Prisma.raw(
      [
        ...SESSION_COLUMNS.map(([name]) => `s."${name}" AS "s_${name}"`),
        ...PAIR_COLUMNS.map(([name]) => `p."${name}" AS "p_${name}"`),
        `c."isDemo" AS "c_isDemo"`,
      ].join(", "),
    );
    const rows = await this.db.$queryRaw<Record<string, unknown>[]>`
      SELECT ${columns}
        FROM "PairSession" s
        JOIN "Pair" p ON p."id" = s."pairId"
        JOIN "Cohort" c ON c."id" = p."cohortId"
       WHERE s."id" = ${id}`;
    const row = rows[0];
    if (!row) return null;
    const pairRow = fromRawColumns<PairRow>(row, "p_", PAIR_COLUMNS);
    return {
      session: toSession(fromRawColumns<SessionRow>(row, "s_", SESSION_COLUMNS)),
      pair: toPair(pairRow),
      rhythm: toRhythm(pairRow),
      demo: rawBoolean(row.c_isDemo),
    };
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

type ColumnType = "text" | "date" | "int" | "float" | "boolean" | "json";

// The raw read's columns: a new column of PairSession or Pair must be added here too (the mappers' types say so).
const SESSION_COLUMNS = [
  ["id", "text"],
  ["pairId", "text"],
  ["status", "text"],
  ["startsAt", "date"],
  ["durationMinutes", "int"],
  ["proposedById", "text"],
  ["acceptedById", "text"],
  ["sequence", "int"],
  ["topics", "text"],
  ["privateNotes", "text"],
  ["loggedById", "text"],
  ["loggedAt", "date"],
  ["createdAt", "date"],
] as const satisfies readonly (readonly [keyof SessionRow, ColumnType])[];

const PAIR_COLUMNS = [
  ["id", "text"],
  ["cohortId", "text"],
  ["proposalId", "text"],
  ["mentorApplicationId", "text"],
  ["menteeApplicationId", "text"],
  ["mentorPersonId", "text"],
  ["menteePersonId", "text"],
  ["score", "float"],
  ["reasons", "json"],
  ["status", "text"],
  ["consecutiveMisses", "int"],
  ["atRisk", "boolean"],
  ["checkInSessionAt", "date"],
  ["checkInAskedAt", "date"],
  ["checkInAskAgainAt", "date"],
  ["pausedUntil", "date"],
  ["createdAt", "date"],
] as const satisfies readonly (readonly [keyof PairRow, ColumnType])[];

/** A model's row from prefixed raw columns, typed as Prisma would return it (SQLite and PostgreSQL drivers differ). */
function fromRawColumns<T>(
  row: Record<string, unknown>,
  prefix: string,
  columns: readonly (readonly [string, ColumnType])[],
): T {
  const result: Record<string, unknown> = {};
  for (const [name, type] of columns) {
    const value = row[prefix + name];
    result[name] = value === null || value === undefined ? null : RAW[type](value);
  }
  return result as T;
}

const rawBoolean = (value: unknown): boolean => value === true || value === 1 || value === 1n || value === "1";

const RAW: Record<ColumnType, (value: unknown) => unknown> = {
  text: String,
  date: (value) => new Date(value as string | number),
  int: Number,
  float: Number,
  boolean: rawBoolean,
  // Json stays as the driver gives it: toPair reads text (SQLite) and objects (PostgreSQL) alike.
  json: (value) => value,
};
