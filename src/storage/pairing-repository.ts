import type { Constraints } from "../domain/pairing/match-input";
import type { PairingRepository } from "../domain/pairing/pairing-service";
import type {
  ConstraintKind,
  NewPair,
  PairRecord,
  Proposal,
  ProposalContent,
  ProposalStatus,
} from "../domain/pairing/proposal";
import type { PairReason } from "../domain/matching/types";
import type { MatchProposal as ProposalRow, Pair as PairRow } from "../generated/prisma/client";
import type { Database } from "./prisma-client";

const json = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;

export class PrismaPairingRepository implements PairingRepository {
  constructor(private readonly db: Database) {}

  async latestProposal(cohortId: string): Promise<Proposal | null> {
    const row = await this.db.matchProposal.findFirst({ where: { cohortId }, orderBy: { version: "desc" } });
    return row ? toProposal(row) : null;
  }

  async findProposal(id: string): Promise<Proposal | null> {
    const row = await this.db.matchProposal.findUnique({ where: { id } });
    return row ? toProposal(row) : null;
  }

  async saveProposal(cohortId: string, createdById: string, content: ProposalContent): Promise<Proposal> {
    // Two coordinators re-running at once: the unique (cohort, version) makes one retry.
    for (let attempt = 0; ; attempt++) {
      try {
        const row = await this.db.$transaction(async (tx) => {
          const last = await tx.matchProposal.findFirst({
            where: { cohortId },
            orderBy: { version: "desc" },
            select: { version: true },
          });
          await tx.matchProposal.updateMany({
            where: { cohortId, status: "proposed" },
            data: { status: "superseded" },
          });
          return tx.matchProposal.create({
            data: { cohortId, createdById, version: (last?.version ?? 0) + 1, result: content as object },
          });
        });
        return toProposal(row);
      } catch (error) {
        if (attempt >= 2 || (error as { code?: string }).code !== "P2002") throw error;
      }
    }
  }

  async markApproved(id: string, actorId: string, at: Date): Promise<boolean> {
    const changed = await this.db.matchProposal.updateMany({
      where: { id, status: "proposed" },
      data: { status: "approved", approvedAt: at, approvedById: actorId },
    });
    return changed.count === 1;
  }

  async constraints(cohortId: string): Promise<Constraints> {
    const rows = await this.db.matchConstraint.findMany({ where: { cohortId }, orderBy: { createdAt: "asc" } });
    return {
      locks: rows
        .filter((r) => r.kind === "lock")
        .map((r) => ({ mentorId: r.firstApplicationId, menteeId: r.secondApplicationId })),
      exclusions: rows
        .filter((r) => r.kind === "exclude")
        .map((r) => ({ a: r.firstApplicationId, b: r.secondApplicationId })),
    };
  }

  async setConstraint(
    cohortId: string,
    kind: ConstraintKind,
    first: string,
    second: string,
    actorId: string,
  ): Promise<void> {
    await this.db.matchConstraint.upsert({
      where: {
        cohortId_kind_firstApplicationId_secondApplicationId: {
          cohortId,
          kind,
          firstApplicationId: first,
          secondApplicationId: second,
        },
      },
      create: { cohortId, kind, firstApplicationId: first, secondApplicationId: second, createdById: actorId },
      update: {},
    });
  }

  async removeConstraints(cohortId: string, first: string, second: string): Promise<void> {
    await this.db.matchConstraint.deleteMany({
      where: {
        cohortId,
        OR: [
          { firstApplicationId: first, secondApplicationId: second },
          { firstApplicationId: second, secondApplicationId: first },
        ],
      },
    });
  }

  async createPairs(pairs: NewPair[]): Promise<PairRecord[]> {
    const rows = await this.db.$transaction(
      pairs.map((pair) => this.db.pair.create({ data: { ...pair, reasons: pair.reasons as object[] } })),
    );
    return rows.map(toPair);
  }

  async pairsOfCohort(cohortId: string): Promise<PairRecord[]> {
    return (await this.db.pair.findMany({ where: { cohortId }, orderBy: { createdAt: "asc" } })).map(toPair);
  }

  async findPair(id: string): Promise<PairRecord | null> {
    const row = await this.db.pair.findUnique({ where: { id } });
    return row ? toPair(row) : null;
  }

  async pairsOfPerson(personId: string): Promise<PairRecord[]> {
    const rows = await this.db.pair.findMany({
      where: { OR: [{ mentorPersonId: personId }, { menteePersonId: personId }] },
      orderBy: { createdAt: "desc" },
    });
    return rows.map(toPair);
  }

  async pastPairs(personIds: string[], exceptCohortId: string): Promise<{ a: string; b: string }[]> {
    if (personIds.length === 0) return [];
    const rows = await this.db.pair.findMany({
      where: {
        cohortId: { not: exceptCohortId },
        OR: [{ mentorPersonId: { in: personIds } }, { menteePersonId: { in: personIds } }],
      },
      select: { mentorPersonId: true, menteePersonId: true },
    });
    return rows.map((r) => ({ a: r.mentorPersonId, b: r.menteePersonId }));
  }
}

function toProposal(row: ProposalRow): Proposal {
  const content = json<ProposalContent>(row.result);
  return {
    ...content,
    id: row.id,
    cohortId: row.cohortId,
    version: row.version,
    status: row.status as ProposalStatus,
    createdById: row.createdById,
    createdAt: row.createdAt,
    approvedAt: row.approvedAt,
  };
}

export function toPair(row: PairRow): PairRecord {
  return {
    id: row.id,
    cohortId: row.cohortId,
    proposalId: row.proposalId,
    mentorApplicationId: row.mentorApplicationId,
    menteeApplicationId: row.menteeApplicationId,
    mentorPersonId: row.mentorPersonId,
    menteePersonId: row.menteePersonId,
    score: row.score,
    reasons: json<PairReason[]>(row.reasons),
    status: row.status as PairRecord["status"],
    createdAt: row.createdAt,
  };
}
