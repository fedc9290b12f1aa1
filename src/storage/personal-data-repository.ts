import { randomUUID } from "node:crypto";
import type { PersonalData, PersonalDataRepository } from "../domain/privacy/data-rights";
import { fromJson } from "./json";
import type { Database } from "./prisma-client";

export class PrismaPersonalDataRepository implements PersonalDataRepository {
  constructor(private readonly db: Database) {}

  async collect(personId: string): Promise<PersonalData> {
    const db = this.db;
    const person = await db.person.findUnique({ where: { id: personId } });
    if (!person) return {};
    const applications = await db.application.findMany({ where: { personId }, include: { cohort: { select: { name: true } } } });
    const pairs = await db.pair.findMany({
      where: { OR: [{ mentorPersonId: personId }, { menteePersonId: personId }] },
      include: { cohort: { select: { name: true } }, sessions: { include: { actionItems: true } }, goals: true },
    });
    const partnerIds = pairs.map((p) => (p.mentorPersonId === personId ? p.menteePersonId : p.mentorPersonId));
    const partners = new Map((await db.person.findMany({ where: { id: { in: partnerIds } }, select: { id: true, displayName: true } })).map((p) => [p.id, p.displayName]));
    const attendance = await db.plenaryAttendance.findMany({ where: { personId }, include: { plenary: { include: { cohort: { select: { name: true } } } } } });
    const evaluations = await db.evaluation.findMany({ where: { personId }, include: { cohort: { select: { name: true } } } });
    const certificates = await db.certificate.findMany({ where: { personId }, include: { cohort: { select: { name: true } } } });
    const helpRequests = await db.helpRequest.findMany({ where: { personId } });
    const audit = await db.auditEntry.findMany({ where: { actorId: personId }, orderBy: { at: "asc" } });
    const sponsored = await db.application.findMany({ where: { sponsorPersonId: personId }, select: { status: true, sponsorDecidedAt: true, sponsorReason: true, cohort: { select: { name: true } } } });
    return {
      person: {
        platform: person.platform,
        workspaceId: person.workspaceId,
        userId: person.userId,
        displayName: person.displayName,
        locale: person.locale,
        timeZone: person.timeZone,
        isCoordinator: person.isCoordinator,
        firstSeenAt: person.createdAt,
      },
      applications: applications.map((a) => ({
        cohort: a.cohort.name,
        status: a.status,
        answers: fromJson(a.answers),
        submittedAt: a.submittedAt,
        sponsorDecidedAt: a.sponsorDecidedAt,
        sponsorReason: a.sponsorReason,
        withdrawnAt: a.withdrawnAt,
      })),
      sponsorDecisions: sponsored.map((s) => ({ cohort: s.cohort.name, status: s.status, decidedAt: s.sponsorDecidedAt, reason: s.sponsorReason })),
      // The pair's own records belong to both partners: each sees them here, nobody else does.
      pairs: pairs.map((p, index) => ({
        cohort: p.cohort.name,
        role: p.mentorPersonId === personId ? "mentor" : "mentee",
        partner: partners.get(partnerIds[index]!) ?? "",
        status: p.status,
        since: p.createdAt,
        sessions: p.sessions.map((s) => ({
          startsAt: s.startsAt,
          durationMinutes: s.durationMinutes,
          status: s.status,
          topics: s.topics,
          privateNotes: s.privateNotes,
          actionItems: s.actionItems.map((i) => ({ text: i.text, dueDate: i.dueDate, mine: i.ownerPersonId === personId, doneAt: i.doneAt })),
        })),
        goals: p.goals.map((g) => ({ title: g.title, priority: g.priority, smart: fromJson(g.smart), phases: fromJson(g.phases) })),
      })),
      plenaryAttendance: attendance.map((a) => ({ cohort: a.plenary.cohort.name, plenary: a.plenary.number, startsAt: a.plenary.startsAt, attended: a.attended, recordedBy: a.source })),
      evaluations: evaluations.map((e) => ({
        cohort: e.cohort.name,
        kind: e.kind,
        role: e.role,
        requestedAt: e.requestedAt,
        submittedAt: e.submittedAt,
        answers: e.answers === null ? null : fromJson(e.answers),
        skillsBefore: e.skillsBefore === null ? null : fromJson(e.skillsBefore),
        skillsAfter: e.skillsAfter === null ? null : fromJson(e.skillsAfter),
      })),
      certificates: certificates.map((c) => ({ cohort: c.cohort.name, version: c.version, issuedAt: c.issuedAt })),
      helpRequests: helpRequests.map((h) => ({ reason: h.reason, createdAt: h.createdAt, resolvedAt: h.resolvedAt })),
      coordinatorActions: audit.map((a) => ({ action: a.action, cohort: a.cohortName, at: a.at, details: fromJson(a.details) })),
    };
  }

  async forget(personId: string, cohortId: string, at: Date): Promise<void> {
    const pairs = await this.db.pair.findMany({ where: { cohortId, OR: [{ mentorPersonId: personId }, { menteePersonId: personId }] }, select: { id: true } });
    const pairIds = pairs.map((p) => p.id);
    const plenaryIds = (await this.db.plenary.findMany({ where: { cohortId }, select: { id: true } })).map((p) => p.id);
    // Attendance stays counted, under a name that points to nobody.
    const pseudonym = `left:${randomUUID()}`;
    await this.db.$transaction([
      this.db.application.updateMany({ where: { cohortId, personId }, data: { status: "withdrawn", answers: {}, withdrawnAt: at, sponsorReason: null } }),
      this.db.pair.updateMany({ where: { id: { in: pairIds } }, data: { status: "ended" } }),
      this.db.pairSession.updateMany({ where: { pairId: { in: pairIds } }, data: { topics: "", privateNotes: "" } }),
      this.db.pairSession.updateMany({ where: { pairId: { in: pairIds }, status: { in: ["proposed", "scheduled"] } }, data: { status: "cancelled" } }),
      this.db.actionItem.deleteMany({ where: { pairId: { in: pairIds }, ownerPersonId: personId } }),
      this.db.helpRequest.deleteMany({ where: { pairId: { in: pairIds }, personId } }),
      this.db.evaluation.updateMany({ where: { cohortId, personId }, data: { personId: null } }),
      this.db.certificate.deleteMany({ where: { cohortId, personId } }),
      this.db.plenaryAttendance.updateMany({ where: { plenaryId: { in: plenaryIds }, personId }, data: { personId: pseudonym } }),
    ]);
  }

  async forgetProfile(personId: string): Promise<void> {
    // The platform id stays: it is how the bot knows them if they come back, and nothing more.
    await this.db.person.update({ where: { id: personId }, data: { displayName: "", timeZone: null, timeZoneChosen: false, profileSyncedAt: null } });
  }
}
