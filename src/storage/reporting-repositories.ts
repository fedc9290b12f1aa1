import type { AuditAction, AuditDetails, AuditEntry, AuditRepository } from "../domain/reporting/audit";
import type { CohortActivity, CohortActivityRepository } from "../domain/reporting/cohort-activity";
import type { Certificate, CertificateRepository } from "../domain/reporting/reporting-service";
import type { AuditEntry as AuditRow } from "../generated/prisma/client";
import { fromJson } from "./json";
import type { Database } from "./prisma-client";

export class PrismaCohortActivityRepository implements CohortActivityRepository {
  constructor(private readonly db: Database) {}

  async activity(cohortId: string, only?: { pairIds: string[]; personIds: string[] }): Promise<CohortActivity> {
    // Only counts, dates and statuses are selected: topics and notes never leave the database here.
    const [pairs, plenaries] = await Promise.all([
      this.db.pair.findMany({
        where: { cohortId, ...(only ? { id: { in: only.pairIds } } : {}) },
        select: {
          id: true,
          atRisk: true,
          consecutiveMisses: true,
          pausedUntil: true,
          sessions: { select: { startsAt: true, status: true } },
          goals: { select: { priority: true, phases: true } },
        },
      }),
      this.db.plenary.findMany({
        where: { cohortId },
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          startsAt: true,
          durationMinutes: true,
          attendance: {
            where: { attended: true, ...(only ? { personId: { in: only.personIds } } : {}) },
            select: { personId: true },
          },
        },
      }),
    ]);
    const help = await this.db.helpRequest.findMany({
      where: { pairId: { in: pairs.map((p) => p.id) }, resolvedAt: null },
      select: { pairId: true, createdAt: true },
    });
    return {
      sessions: pairs.flatMap((p) =>
        p.sessions.map((s) => ({
          pairId: p.id,
          startsAt: s.startsAt,
          status: s.status as CohortActivity["sessions"][number]["status"],
        })),
      ),
      pairFlags: pairs.map((p) => ({
        pairId: p.id,
        atRisk: p.atRisk,
        consecutiveMisses: p.consecutiveMisses,
        pausedUntil: p.pausedUntil,
      })),
      openHelpRequests: help,
      plenaries: plenaries.map((p) => ({
        id: p.id,
        number: p.number,
        startsAt: p.startsAt,
        durationMinutes: p.durationMinutes,
        attendedPersonIds: p.attendance.map((a) => a.personId),
      })),
      goals: pairs.flatMap((p) =>
        p.goals.map((g) => ({
          pairId: p.id,
          picked: g.priority !== null,
          phasesDone: (fromJson<{ done?: boolean }[]>(g.phases) ?? []).filter((phase) => phase?.done === true).length,
        })),
      ),
    };
  }
}

export class PrismaCertificateRepository implements CertificateRepository {
  constructor(private readonly db: Database) {}

  async issue(
    cohortId: string,
    personId: string,
    issuedById: string | null,
    override: boolean,
    at: Date,
  ): Promise<Certificate> {
    return this.db.certificate.upsert({
      where: { cohortId_personId: { cohortId, personId } },
      create: { cohortId, personId, issuedById, override, issuedAt: at },
      update: { version: { increment: 1 }, issuedById, override, issuedAt: at },
    });
  }

  find(cohortId: string, personId: string): Promise<Certificate | null> {
    return this.db.certificate.findUnique({ where: { cohortId_personId: { cohortId, personId } } });
  }

  ofPerson(personId: string): Promise<Certificate[]> {
    return this.db.certificate.findMany({ where: { personId }, orderBy: { issuedAt: "desc" } });
  }
}

export class PrismaAuditRepository implements AuditRepository {
  constructor(private readonly db: Database) {}

  async record(entry: Omit<AuditEntry, "id">): Promise<void> {
    await this.db.auditEntry.create({ data: { ...entry, details: entry.details } });
  }

  async list(options: { cohortId?: string; limit: number }): Promise<AuditEntry[]> {
    const rows = await this.db.auditEntry.findMany({
      where: options.cohortId ? { cohortId: options.cohortId } : {},
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: options.limit,
    });
    return rows.map(toAuditEntry);
  }

  async byActor(actorId: string): Promise<AuditEntry[]> {
    return (await this.db.auditEntry.findMany({ where: { actorId }, orderBy: { at: "desc" } })).map(toAuditEntry);
  }
}

function toAuditEntry(row: AuditRow): AuditEntry {
  return { ...row, action: row.action as AuditAction, details: fromJson<AuditDetails>(row.details) ?? {} };
}
