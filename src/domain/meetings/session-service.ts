import { DateTime } from "luxon";
import type { Clock } from "../clock";
import { notifyJob, type JobQueue, type JobRequest } from "../jobs";
import type { Person } from "../people";
import type { UnitOfWork } from "../unit-of-work";
import type { ActionItemService } from "./action-item-service";
import { isoDateIn } from "./calendar-dates";
import { MEETING_ERRORS } from "./errors";
import {
  MEETING_JOBS,
  pairFor,
  type LogResult,
  type MeetingContext,
  type MeetingRepository,
  type PairContext,
  type PairLookup,
  type PairOverview,
  type PairSession,
  type SessionChange,
  type SessionJobPayload,
} from "./meetings";
import type { RhythmService } from "./rhythm-service";
import { checkInAt, reminderAt, reminderEarliestAt, sessionSlots, sessionTimeError } from "./schedule";
import { partnerIds, sessionHeldAt, validateSessionLog, type SessionLogValues } from "./session-log";

type SessionRepository = Pick<MeetingRepository, "createSession" | "findSession" | "updateSession" | "sessionsOfPair">;

/**
 * Phase 4, a pair's sessions: plan one in both partners' hours (proposed by one, accepted by the
 * other, with reminders before it and a "did you meet?" after it), log a held one with its action
 * items, and what a partner sees of them. Only the pair's two partners can see or change any of it.
 * The check-in and nudges a session settles belong to the rhythm, the items to ActionItemService.
 */
export class SessionService {
  constructor(
    private readonly repo: SessionRepository,
    private readonly domain: MeetingContext,
    private readonly rhythm: RhythmService,
    private readonly actionItems: ActionItemService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly transactions: UnitOfWork,
  ) {}

  /** The pair a person means: the one given (if theirs), or their only current pair. */
  pairFor(person: Person, pairId?: string): Promise<PairLookup> {
    return pairFor(this.domain, person, pairId);
  }

  /** Start times in both partners' working hours over the next cadence (and a week more). */
  slots(context: PairContext): Date[] {
    const { cohort, pair, hours } = context;
    const now = this.clock.now();
    return sessionSlots({
      partners: [hours[pair.mentorPersonId]!, hours[pair.menteePersonId]!],
      from: now > cohort.startsAt ? now : cohort.startsAt,
      days: cohort.cadenceDays + 7,
      durationMinutes: cohort.sessionMinutes,
      notBefore: cohort.startsAt,
      notAfter: cohort.endsAt,
      now,
      limit: 100,
    });
  }

  /**
   * One partner proposes a time; the other is asked to accept it. Earlier open proposals lapse.
   * Proposed in answer to a check-in ("we moved it", asked at `answering`), the question is closed
   * in the same transaction: a new time never stands with the question still open, or the reverse.
   */
  async propose(
    person: Person,
    pairId: string,
    startsAt: Date,
    options: { durationMinutes?: number; answering?: Date } = {},
  ): Promise<SessionChange> {
    return this.transactions.run(async (): Promise<SessionChange> => {
      const found = await this.pairFor(person, pairId);
      if (!found.ok) return { ok: false, reason: "not-partner" };
      const { context } = found;
      const minutes = options.durationMinutes ?? context.cohort.sessionMinutes;
      const error = sessionTimeError(startsAt, minutes, {
        now: this.clock.now(),
        cohortStartsAt: context.cohort.startsAt,
        cohortEndsAt: context.cohort.endsAt,
      });
      if (error) return { ok: false, reason: error };
      for (const open of (await this.repo.sessionsOfPair(pairId)).filter((s) => s.status === "proposed")) {
        await this.repo.updateSession(open.id, { status: "cancelled", sequence: open.sequence + 1 });
      }
      const session = await this.repo.createSession({
        pairId,
        status: "proposed",
        startsAt,
        durationMinutes: minutes,
        proposedById: person.id,
      });
      await this.jobs.enqueue([
        {
          kind: MEETING_JOBS.proposed,
          payload: { sessionId: session.id, sequence: session.sequence } satisfies SessionJobPayload,
          runAt: this.clock.now(),
          idempotencyKey: `session-proposed:${session.id}:${session.sequence}`,
        },
      ]);
      // A question already answered (by the partner, or expired) leaves the proposal standing.
      if (options.answering)
        await this.rhythm.answerCheckIn(person, pairId, options.answering, {
          kind: "rescheduled",
          sessionAt: startsAt,
        });
      return { ok: true, session, context };
    });
  }

  /**
   * The other partner accepts: the session is on, any other future session of the pair is
   * replaced, and reminders (each partner at their own sensible time) and the check-in are queued.
   */
  async accept(person: Person, sessionId: string): Promise<SessionChange> {
    // Reminders are queued with the acceptance: a session never stands accepted without them.
    return this.transactions.run(async (): Promise<SessionChange> => {
      const session = await this.repo.findSession(sessionId);
      if (!session) return { ok: false, reason: "not-found" };
      const found = await this.pairFor(person, session.pairId);
      if (!found.ok) return { ok: false, reason: "not-partner" };
      if (session.proposedById === person.id) return { ok: false, reason: "own-proposal" };
      if (session.status !== "proposed") return { ok: false, reason: "not-open" };
      const now = this.clock.now();
      if (session.startsAt <= now) return { ok: false, reason: MEETING_ERRORS.dateInPast };
      for (const other of await this.repo.sessionsOfPair(session.pairId)) {
        if (other.id !== session.id && other.status === "scheduled" && other.startsAt > now)
          await this.repo.updateSession(other.id, { status: "cancelled", sequence: other.sequence + 1 });
      }
      const accepted = await this.repo.updateSession(session.id, { status: "scheduled", acceptedById: person.id });
      // The proposer hears it, on whichever platform they are.
      const notice = {
        key: "rhythm.proposal.acceptedNotice",
        vars: { name: person.displayName },
        times: { when: accepted.startsAt.toISOString() },
      };
      await this.jobs.enqueue([
        ...this.sessionJobs(accepted, found.context),
        notifyJob(found.context.partner.id, notice, `session-accepted:${accepted.id}:${accepted.sequence}`, now),
      ]);
      return { ok: true, session: accepted, context: found.context };
    });
  }

  /**
   * Logs a held session (the planned one of that day, or a new one), with its action items; in the
   * same transaction the check-in is settled and the nudges count from this session.
   */
  async log(
    person: Person,
    pairId: string,
    input: Record<string, unknown>,
    timeZone: string,
    sessionId?: string,
  ): Promise<LogResult> {
    return this.transactions.run(async (): Promise<LogResult> => {
      const found = await this.pairFor(person, pairId);
      if (!found.ok) return { ok: false, reason: "not-partner" };
      const { pair, cohort } = found.context;
      const now = this.clock.now();
      const form = validateSessionLog(input, {
        partnerIds: partnerIds(pair),
        cohortStartsAt: cohort.startsAt,
        timeZone,
        now,
      });
      if (!form.ok) return form;
      const values: SessionLogValues = form.value;
      const sessions = await this.repo.sessionsOfPair(pairId);
      const existing = sessionId
        ? sessions.find((s) => s.id === sessionId)
        : sessions.find(
            (s) =>
              (s.status === "scheduled" || s.status === "proposed") && isoDateIn(s.startsAt, timeZone) === values.date,
          );
      const heldAt =
        values.time !== null
          ? sessionHeldAt(values, timeZone)
          : (existing?.startsAt ?? sessionHeldAt(values, timeZone));
      const logged = {
        status: "held" as const,
        startsAt: heldAt,
        durationMinutes: values.durationMinutes,
        topics: values.topics,
        privateNotes: values.privateNotes,
        loggedById: person.id,
        loggedAt: now,
      };
      const session = existing
        ? await this.repo.updateSession(existing.id, { ...logged, sequence: existing.sequence + 1 })
        : await this.repo.createSession({ pairId, proposedById: person.id, ...logged });
      const items = await this.actionItems.replaceFromLog(session, values.actionItems, now);
      await this.rhythm.sessionLogged(found.context, session.startsAt);
      return { ok: true, session, items };
    });
  }

  /**
   * A logged session as its form's values, to edit it (the pair only): date and time in the
   * reader's zone, its action items as rows.
   */
  async loggedSession(
    person: Person,
    pairId: string,
    sessionId: string,
    timeZone: string,
  ): Promise<{ session: PairSession; values: SessionLogValues } | null> {
    const found = await this.pairFor(person, pairId);
    const session = found.ok ? await this.repo.findSession(sessionId) : null;
    if (!session || session.pairId !== pairId || session.status !== "held") return null;
    const items = await this.actionItems.ofSession(pairId, session.id);
    const local = DateTime.fromJSDate(session.startsAt, { zone: timeZone });
    const values: SessionLogValues = {
      date: local.toISODate()!,
      time: local.toFormat("HH:mm") === "00:00" ? null : local.toFormat("HH:mm"),
      durationMinutes: session.durationMinutes,
      topics: session.topics,
      privateNotes: session.privateNotes,
      actionItems: items.map((item) => ({ ownerPersonId: item.ownerPersonId, text: item.text, dueDate: item.dueDate })),
    };
    return { session, values };
  }

  /** The last session a pair logged, if any. */
  async lastHeld(pairId: string): Promise<PairSession | null> {
    return (await this.repo.sessionsOfPair(pairId)).filter((s) => s.status === "held").at(-1) ?? null;
  }

  /** The held sessions of a pair, for its partners only. */
  async sessions(person: Person, pairId: string): Promise<PairSession[] | null> {
    const found = await this.pairFor(person, pairId);
    return found.ok ? this.repo.sessionsOfPair(pairId) : null;
  }

  /**
   * Each current pair of the person as `session` shows it (Slack and Teams alike): the partner,
   * the next session, progress against the cohort's minimum, open items, a pause, the last log.
   */
  async overviewsFor(person: Person): Promise<PairOverview[]> {
    const items = await this.actionItems.openActionItems(person);
    const overviews: PairOverview[] = [];
    for (const pair of await this.domain.currentPairsOf(person.id)) {
      const found = await this.pairFor(person, pair.id);
      if (!found.ok) continue;
      const { cohort, partner } = found.context;
      const next = await this.nextSession(pair.id);
      const rhythm = await this.rhythm.rhythmOf(pair.id);
      overviews.push({
        pairId: pair.id,
        partnerName: partner.displayName,
        cohortName: cohort.name,
        next,
        nextProposedByMe: next?.proposedById === person.id,
        held: await this.heldCount(pair.id),
        minSessions: cohort.minSessions,
        openItems: items.find((g) => g.pair.id === pair.id)?.items.length ?? 0,
        pausedUntil: rhythm && this.rhythm.isPaused(rhythm) ? rhythm.pausedUntil : null,
        lastHeld: await this.lastHeld(pair.id),
      });
    }
    return overviews;
  }

  /** The next planned session of a pair (proposed or scheduled), if any. */
  async nextSession(pairId: string): Promise<PairSession | null> {
    const now = this.clock.now();
    return (
      (await this.repo.sessionsOfPair(pairId)).find(
        (s) => (s.status === "scheduled" || s.status === "proposed") && s.startsAt > now,
      ) ?? null
    );
  }

  /** How many sessions a pair has logged. */
  async heldCount(pairId: string): Promise<number> {
    return (await this.repo.sessionsOfPair(pairId)).filter((s) => s.status === "held").length;
  }

  /** An accepted session's reminders (each partner at their own time) and its check-in. */
  private sessionJobs(session: PairSession, context: PairContext): JobRequest[] {
    const now = this.clock.now();
    const { pair, hours } = context;
    const jobs: JobRequest[] = [];
    for (const personId of [pair.mentorPersonId, pair.menteePersonId]) {
      const at = reminderAt(session.startsAt, hours[personId]!, now);
      if (at)
        jobs.push({
          kind: MEETING_JOBS.remind,
          payload: { sessionId: session.id, sequence: session.sequence, personId } satisfies SessionJobPayload,
          runAt: at,
          earliestAt: reminderEarliestAt(at, session.startsAt, now),
          idempotencyKey: `remind:${session.id}:${session.sequence}:${personId}`,
        });
    }
    // Asked once for the pair, at a time that suits the mentee (the partner who leads their growth).
    const askAt =
      checkInAt(session.startsAt, session.durationMinutes, hours[pair.menteePersonId]!, now) ??
      new Date(session.startsAt.getTime() + (session.durationMinutes + 60) * 60_000);
    jobs.push({
      kind: MEETING_JOBS.checkIn,
      payload: { sessionId: session.id, sequence: session.sequence } satisfies SessionJobPayload,
      runAt: askAt,
      idempotencyKey: `check-in:${session.id}:${session.sequence}`,
    });
    return jobs;
  }
}
