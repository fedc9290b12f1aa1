import { randomUUID } from "node:crypto";
import type { ProposalContent } from "../domain/pairing/proposal";
import type { PersonalData, PersonalDataRepository } from "../domain/privacy/data-rights";
import { leftPseudonym } from "../domain/privacy/pseudonym";
import { fromJson } from "./json";
import type { Database } from "./prisma-client";

export class PrismaPersonalDataRepository implements PersonalDataRepository {
  constructor(private readonly db: Database) {}

  async collect(personId: string): Promise<PersonalData> {
    const db = this.db;
    const person = await db.person.findUnique({ where: { id: personId } });
    if (!person) return {};
    const applications = await db.application.findMany({
      where: { personId },
      include: { cohort: { select: { name: true } } },
    });
    const pairs = await db.pair.findMany({
      where: { OR: [{ mentorPersonId: personId }, { menteePersonId: personId }] },
      include: { cohort: { select: { name: true } }, sessions: { include: { actionItems: true } }, goals: true },
    });
    const partnerIds = pairs.map((p) => (p.mentorPersonId === personId ? p.menteePersonId : p.mentorPersonId));
    const partners = new Map(
      (await db.person.findMany({ where: { id: { in: partnerIds } }, select: { id: true, displayName: true } })).map(
        (p) => [p.id, p.displayName],
      ),
    );
    const attendance = await db.plenaryAttendance.findMany({
      where: { personId },
      include: { plenary: { include: { cohort: { select: { name: true } } } } },
    });
    const evaluations = await db.evaluation.findMany({
      where: { personId },
      include: { cohort: { select: { name: true } } },
    });
    const certificates = await db.certificate.findMany({
      where: { personId },
      include: { cohort: { select: { name: true } } },
    });
    const helpRequests = await db.helpRequest.findMany({ where: { personId } });
    const audit = await db.auditEntry.findMany({ where: { actorId: personId }, orderBy: { at: "asc" } });
    const sponsored = await db.application.findMany({
      where: { sponsorPersonId: personId },
      select: { status: true, sponsorDecidedAt: true, sponsorReason: true, cohort: { select: { name: true } } },
    });
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
      sponsorDecisions: sponsored.map((s) => ({
        cohort: s.cohort.name,
        status: s.status,
        decidedAt: s.sponsorDecidedAt,
        reason: s.sponsorReason,
      })),
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
          actionItems: s.actionItems.map((i) => ({
            text: i.text,
            dueDate: i.dueDate,
            mine: i.ownerPersonId === personId,
            doneAt: i.doneAt,
          })),
        })),
        goals: p.goals.map((g) => ({
          title: g.title,
          priority: g.priority,
          smart: fromJson(g.smart),
          phases: fromJson(g.phases),
        })),
      })),
      plenaryAttendance: attendance.map((a) => ({
        cohort: a.plenary.cohort.name,
        plenary: a.plenary.number,
        startsAt: a.plenary.startsAt,
        attended: a.attended,
        recordedBy: a.source,
      })),
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
      coordinatorActions: audit.map((a) => ({
        action: a.action,
        cohort: a.cohortName,
        at: a.at,
        details: fromJson(a.details),
      })),
    };
  }

  async forget(personId: string, cohortId: string, at: Date): Promise<void> {
    const db = this.db;
    const person = await db.person.findUnique({ where: { id: personId }, select: { displayName: true, userId: true } });
    const pairIds = (
      await db.pair.findMany({
        where: { cohortId, OR: [{ mentorPersonId: personId }, { menteePersonId: personId }] },
        select: { id: true },
      })
    ).map((p) => p.id);
    const sessionIds = (
      await db.pairSession.findMany({ where: { pairId: { in: pairIds } }, select: { id: true } })
    ).map((s) => s.id);
    const applicationIds = (await db.application.findMany({ where: { cohortId, personId }, select: { id: true } })).map(
      (a) => a.id,
    );
    const evaluationIds = (await db.evaluation.findMany({ where: { cohortId, personId }, select: { id: true } })).map(
      (e) => e.id,
    );
    const plenaryIds = (await db.plenary.findMany({ where: { cohortId }, select: { id: true } })).map((p) => p.id);
    // In this cohort's records they become a name that points to nobody: figures still count them.
    const pseudonym = leftPseudonym(randomUUID());
    const mine = { pairId: { in: pairIds } };
    await db.$transaction([
      db.application.updateMany({
        where: { id: { in: applicationIds } },
        data: { status: "withdrawn", answers: {}, withdrawnAt: at, sponsorReason: null, personId: pseudonym },
      }),
      db.pair.updateMany({ where: { id: { in: pairIds } }, data: { status: "ended", reasons: [] } }),
      db.pair.updateMany({
        where: { id: { in: pairIds }, mentorPersonId: personId },
        data: { mentorPersonId: pseudonym },
      }),
      db.pair.updateMany({
        where: { id: { in: pairIds }, menteePersonId: personId },
        data: { menteePersonId: pseudonym },
      }),
      db.pairSession.updateMany({ where: mine, data: { topics: "", privateNotes: "" } }),
      db.pairSession.updateMany({
        where: { ...mine, status: { in: ["proposed", "scheduled"] } },
        data: { status: "cancelled" },
      }),
      db.pairSession.updateMany({ where: { ...mine, proposedById: personId }, data: { proposedById: pseudonym } }),
      db.pairSession.updateMany({ where: { ...mine, acceptedById: personId }, data: { acceptedById: pseudonym } }),
      db.pairSession.updateMany({ where: { ...mine, loggedById: personId }, data: { loggedById: pseudonym } }),
      db.actionItem.deleteMany({ where: { ...mine, ownerPersonId: personId } }),
      // The pair's goals were written together and name what they worked on: they end with the pair.
      db.goal.deleteMany({ where: mine }),
      db.helpRequest.deleteMany({ where: { ...mine, personId } }),
      db.evaluation.updateMany({ where: { id: { in: evaluationIds } }, data: { personId: null } }),
      db.certificate.deleteMany({ where: { cohortId, personId } }),
      db.plenaryAttendance.updateMany({
        where: { plenaryId: { in: plenaryIds }, recordedById: personId },
        data: { recordedById: pseudonym },
      }),
      db.plenaryAttendance.updateMany({
        where: { plenaryId: { in: plenaryIds }, personId },
        data: { personId: pseudonym },
      }),
    ]);
    await this.forgetInProposals(cohortId, applicationIds, pseudonym);
    const names = person ? [person.displayName, person.userId].filter((n) => n.length > 0) : [];
    await this.forgetInAudit(cohortId, names);
    await this.forgetInJobs(
      new Set([personId, ...pairIds, ...sessionIds, ...applicationIds, ...evaluationIds, ...names]),
      person?.userId ?? "",
      names,
      at,
    );
  }

  /** Matching proposals (the review card and its CSV are made from them) no longer name or describe them. */
  private async forgetInProposals(cohortId: string, applicationIds: string[], pseudonym: string): Promise<void> {
    if (applicationIds.length === 0) return;
    const theirs = new Set(applicationIds);
    for (const row of await this.db.matchProposal.findMany({
      where: { cohortId },
      select: { id: true, result: true },
    })) {
      const content = fromJson<ProposalContent>(row.result);
      let changed = false;
      for (const id of applicationIds) {
        if (content.people?.[id]) {
          content.people[id] = { personId: pseudonym, name: "" };
          changed = true;
        }
      }
      for (const pair of content.result?.pairs ?? []) {
        // Reasons quote both partners' self-ratings ("rates spreadsheets 1").
        if ((theirs.has(pair.mentorId) || theirs.has(pair.menteeId)) && pair.reasons.length > 0) {
          pair.reasons = pair.reasons.filter((r) => r.kind === "locked");
          changed = true;
        }
      }
      if (changed) await this.db.matchProposal.update({ where: { id: row.id }, data: { result: content as object } });
    }
  }

  /** The coordinators' log keeps what was done, not to whom, once that person has left. */
  private async forgetInAudit(cohortId: string, names: string[]): Promise<void> {
    if (names.length === 0) return;
    for (const row of await this.db.auditEntry.findMany({ where: { cohortId }, select: { id: true, details: true } })) {
      const details = fromJson<unknown>(row.details);
      const cleaned = redact(details, new Set(names), names);
      if (cleaned.changed)
        await this.db.auditEntry.update({ where: { id: row.id }, data: { details: cleaned.value as object } });
    }
  }

  /**
   * Queued work that concerns them or their pair sends nothing any more (cancelled), and no job,
   * pending or finished, keeps their name, their texts or what points to them.
   */
  private async forgetInJobs(ids: Set<string>, userId: string, names: string[], at: Date): Promise<void> {
    let cursor: string | undefined;
    for (;;) {
      const page = await this.db.job.findMany({
        take: JOB_PAGE,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
        orderBy: { id: "asc" },
        select: { id: true, state: true, payload: true, lastError: true },
      });
      if (page.length === 0) return;
      cursor = page[page.length - 1]!.id;
      for (const job of page) {
        // A running job is left to finish: completing it clears its payload.
        if (job.state === "running") continue;
        const payload = fromJson<unknown>(job.payload);
        // Pending work is cancelled only when it surely concerns them (an id, their exact name);
        // a finished job's payload is history, so a name anywhere in it is enough to clear it.
        const concerns = redact(payload, ids, userId ? [userId] : []).changed;
        const mentions = concerns || redact(payload, new Set(), names).changed;
        const lastError =
          job.lastError === null ? null : names.reduce((text, n) => text.split(n).join("—"), job.lastError);
        const cancel = job.state === "pending" && concerns;
        const clear = cancel || (job.state !== "pending" && mentions);
        if (!clear && lastError === job.lastError) continue;
        await this.db.job.update({
          where: { id: job.id },
          data: {
            lastError,
            ...(clear ? { payload: {} } : {}),
            ...(cancel ? { state: "cancelled", finishedAt: at } : {}),
          },
        });
      }
    }
  }

  async forgetProfile(personId: string): Promise<void> {
    // The platform id stays: it is how the bot knows them if they come back, and nothing more.
    // So does the way to reach them in a direct message, without the name Teams put in it.
    const row = await this.db.person.findUnique({ where: { id: personId }, select: { conversationRef: true } });
    const ref = row?.conversationRef ? fromJson<Record<string, unknown>>(row.conversationRef) : null;
    const user = ref && typeof ref.user === "object" && ref.user ? { ...(ref.user as Record<string, unknown>) } : null;
    if (user) delete user.name;
    await this.db.person.update({
      where: { id: personId },
      data: {
        displayName: "",
        timeZone: null,
        timeZoneChosen: false,
        profileSyncedAt: null,
        ...(ref && user ? { conversationRef: { ...ref, user } as object } : {}),
      },
    });
  }
}

const JOB_PAGE = 500;

/**
 * A JSON value with every string that is one of `exact` (an id, a name) or contains one of
 * `contained` (a name, a platform id) emptied; `changed` says whether any was.
 */
function redact(value: unknown, exact: Set<string>, contained: string[]): { value: unknown; changed: boolean } {
  if (typeof value === "string") {
    const hit = exact.has(value) || contained.some((n) => value.includes(n));
    // A dash, not an empty string, so a line of the coordinators' log still reads as a sentence.
    return hit ? { value: "—", changed: true } : { value, changed: false };
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => redact(v, exact, contained));
    return { value: items.map((i) => i.value), changed: items.some((i) => i.changed) };
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value).map(([k, v]) => [k, redact(v, exact, contained)] as const);
    return {
      value: Object.fromEntries(entries.map(([k, r]) => [k, r.value])),
      changed: entries.some(([, r]) => r.changed),
    };
  }
  return { value, changed: false };
}
