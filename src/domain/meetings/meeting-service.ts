import { DateTime } from "luxon";
import type { Application } from "../applications/application";
import type { Clock } from "../clock";
import type { Cohort } from "../cohorts/cohort";
import type { FieldError } from "../forms";
import { notifyJob, type JobQueue, type JobRequest } from "../jobs";
import type { PairRecord } from "../pairing/proposal";
import type { Person } from "../people";
import type { UnitOfWork } from "../unit-of-work";
import { isoDateIn } from "./calendar-dates";
import { actionItemsFromLog, markDone, openItems, reopen, type ActionItem } from "./action-items";
import {
  answerCheckIn,
  checkInAsked,
  checkInExpired,
  INITIAL_CHECK_IN,
  sessionLogged,
  type CheckInAnswer,
  type CheckInState,
  type CheckInStep,
} from "./check-in";
import { MEETING_ERRORS, type MeetingError } from "./errors";
import {
  cadenceNudgeDates,
  checkInAt,
  reminderAt,
  reminderEarliestAt,
  sessionSlots,
  sessionTimeError,
} from "./schedule";
import { isPartner, partnerIds, sessionHeldAt, validateSessionLog, type SessionLogValues } from "./session-log";
import { FALLBACK_WORKING_HOURS, type PartnerHours } from "./working-periods";

export type SessionStatus = "proposed" | "scheduled" | "held" | "cancelled";

export interface PairSession {
  id: string;
  pairId: string;
  status: SessionStatus;
  startsAt: Date;
  durationMinutes: number;
  proposedById: string;
  acceptedById: string | null;
  sequence: number;
  topics: string;
  privateNotes: string;
  loggedById: string | null;
  loggedAt: Date | null;
  createdAt: Date;
}

export type NewSession = Pick<PairSession, "pairId" | "status" | "startsAt" | "durationMinutes" | "proposedById"> &
  Partial<Pick<PairSession, "acceptedById" | "topics" | "privateNotes" | "loggedById" | "loggedAt">>;

/** Where a pair stands between sessions: the open check-in, misses, a pause. */
export interface PairRhythm {
  status: PairRecord["status"];
  checkIn: CheckInState;
  pausedUntil: Date | null;
}

/** A session as its reminders and check-ins need it: its pair, where the pair stands, a demo or not. */
export interface SessionInContext {
  session: PairSession;
  pair: PairRecord;
  rhythm: PairRhythm;
  demo: boolean;
}

export interface MeetingRepository {
  createSession(session: NewSession): Promise<PairSession>;
  findSession(id: string): Promise<PairSession | null>;
  sessionInContext(id: string): Promise<SessionInContext | null>;
  updateSession(id: string, change: Partial<Omit<PairSession, "id" | "pairId" | "createdAt">>): Promise<PairSession>;
  /** Oldest first. */
  sessionsOfPair(pairId: string): Promise<PairSession[]>;
  /** Replaces the action items a session produced (a log saved again) with these. */
  replaceActionItems(sessionId: string, items: Omit<ActionItem, "id" | "createdAt">[]): Promise<ActionItem[]>;
  actionItemsOfPairs(pairIds: string[]): Promise<ActionItem[]>;
  findActionItem(id: string): Promise<ActionItem | null>;
  setActionItemDone(id: string, doneAt: Date | null): Promise<ActionItem>;
  rhythm(pairId: string): Promise<PairRhythm | null>;
  saveRhythm(pairId: string, change: Partial<PairRhythm>): Promise<void>;
  createHelpRequest(pairId: string, personId: string, reason: string): Promise<void>;
}

/** What the meeting service needs from the rest of the domain. */
export interface MeetingContext {
  findPair(id: string): Promise<PairRecord | null>;
  currentPairsOf(personId: string): Promise<PairRecord[]>;
  findCohort(id: string): Promise<Cohort | null>;
  findApplication(id: string): Promise<Application | null>;
  findPerson(id: string): Promise<Person | null>;
  coordinatorsOf(cohort: Cohort): Promise<Person[]>;
}

export const MEETING_JOBS = {
  proposed: "session.proposed",
  remind: "session.remind",
  checkIn: "session.check-in",
  nudge: "pair.nudge",
  invite: "session.invite",
} as const;

/**
 * The accepted session's calendar file, sent to one partner (for platforms whose acceptance cannot
 * post it to the pair together: in Teams, the partner who proposed it).
 */
export function inviteJob(session: Pick<PairSession, "id" | "sequence">, personId: string, now: Date): JobRequest {
  const payload: SessionJobPayload = { sessionId: session.id, sequence: session.sequence, personId };
  return {
    kind: MEETING_JOBS.invite,
    payload,
    runAt: now,
    idempotencyKey: `invite:${session.id}:${session.sequence}:${personId}`,
  };
}

export interface SessionJobPayload {
  sessionId: string;
  /** The session's sequence when the job was made: a move makes older jobs no-ops. */
  sequence: number;
  personId?: string;
}

export interface NudgeJobPayload {
  pairId: string;
  /** When this nudge was planned (ISO); the key of the job. */
  at: string;
  personId: string;
  /** What the cadence counts from (the last session, the start, the end of a pause), ISO. */
  since: string;
}

/** A pair seen by one of its partners: who the other is, the cohort, both partners' hours. */
/** One of a person's pairs as `session` shows it. */
export interface PairOverview {
  pairId: string;
  partnerName: string;
  cohortName: string;
  next: PairSession | null;
  nextProposedByMe: boolean;
  held: number;
  minSessions: number;
  openItems: number;
  pausedUntil: Date | null;
  lastHeld: PairSession | null;
}

export interface PairContext {
  pair: PairRecord;
  cohort: Cohort;
  me: Person;
  partner: Person;
  hours: Record<string, PartnerHours>;
}

export type PairLookup =
  | { ok: true; context: PairContext }
  | { ok: false; reason: "no-pair" | "not-partner" | "several"; pairs?: PairRecord[] };
export type SessionChange =
  | { ok: true; session: PairSession; context: PairContext }
  | { ok: false; reason: "not-found" | "not-partner" | "own-proposal" | "not-open" | MeetingError };
export type LogResult =
  | { ok: true; session: PairSession; items: ActionItem[] }
  | { ok: false; errors: FieldError[] }
  | { ok: false; reason: "not-partner" };

/** A person's zone and working hours: from their application's answers, else their platform zone and office hours. */
export function hoursOf(application: Application | null, person: Person | null): PartnerHours {
  const a = application?.answers;
  return {
    timeZone: a?.timeZone ?? person?.timeZone ?? "UTC",
    hours:
      a?.workStart && a.workEnd
        ? { start: a.workStart, end: a.workEnd, days: a.workDays?.length ? a.workDays : FALLBACK_WORKING_HOURS.days }
        : FALLBACK_WORKING_HOURS,
  };
}

/**
 * Phase 4, the fortnightly rhythm of a pair: plan a session in both partners' hours (proposed by
 * one, accepted by the other), reminders before it with the open action items, a "did you meet?"
 * after it, the session log with action items, nudges on the cadence when no date is set, pause
 * and asking the coordinator for help. Only the pair's two partners can see or change any of it.
 */
export class MeetingService {
  constructor(
    private readonly repo: MeetingRepository,
    private readonly domain: MeetingContext,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly transactions: UnitOfWork,
  ) {}

  /** The pair a person means: the one given (if theirs), or their only current pair. */
  async pairFor(person: Person, pairId?: string): Promise<PairLookup> {
    if (pairId) {
      const pair = await this.domain.findPair(pairId);
      if (!pair || !isPartner(pair, person.id)) return { ok: false, reason: "not-partner" };
      return this.contextOf(pair, person);
    }
    const pairs = await this.domain.currentPairsOf(person.id);
    if (pairs.length === 0) return { ok: false, reason: "no-pair" };
    if (pairs.length > 1) return { ok: false, reason: "several", pairs };
    return this.contextOf(pairs[0]!, person);
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
        await this.answerCheckIn(person, pairId, options.answering, { kind: "rescheduled", sessionAt: startsAt });
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

  /** Logs a held session (the planned one of that day, or a new one), with its action items. */
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
      const items = await this.repo.replaceActionItems(
        session.id,
        actionItemsFromLog(values.actionItems, { pairId, sessionId: session.id, now }, () => "").map(
          ({ id: _id, createdAt: _at, ...item }) => item,
        ),
      );
      const rhythm = await this.repo.rhythm(pairId);
      await this.repo.saveRhythm(pairId, { checkIn: sessionLogged(rhythm?.checkIn ?? INITIAL_CHECK_IN) });
      await this.jobs.enqueue(this.nudgeJobs(found.context, session.startsAt));
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
    const items = (await this.repo.actionItemsOfPairs([pairId])).filter((item) => item.sessionId === session.id);
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

  /** Open action items of every pair the person is in (theirs and their partner's), due first. */
  async openActionItems(person: Person): Promise<{ pair: PairRecord; items: ActionItem[] }[]> {
    const pairs = await this.domain.currentPairsOf(person.id);
    const items = await this.repo.actionItemsOfPairs(pairs.map((p) => p.id));
    return pairs.map((pair) => ({ pair, items: openItems(items.filter((i) => i.pairId === pair.id)) }));
  }

  /** A pair's open action items, due first (for messages the bot sends the pair). */
  async openItemsOfPair(pairId: string): Promise<ActionItem[]> {
    return openItems(await this.repo.actionItemsOfPairs([pairId]));
  }

  /** Done (or not done after all): either partner may tick an item of their pair. */
  async setActionItemDone(person: Person, itemId: string, done: boolean): Promise<ActionItem | null> {
    const item = await this.repo.findActionItem(itemId);
    const pair = item ? await this.domain.findPair(item.pairId) : null;
    if (!item || !pair || !isPartner(pair, person.id)) return null;
    const next = done ? markDone(item, this.clock.now()) : reopen(item);
    return this.repo.setActionItemDone(item.id, next.doneAt);
  }

  /**
   * Each current pair of the person as `session` shows it (Slack and Teams alike): the partner,
   * the next session, progress against the cohort's minimum, open items, a pause, the last log.
   */
  async overviewsFor(person: Person): Promise<PairOverview[]> {
    const items = await this.openActionItems(person);
    const overviews: PairOverview[] = [];
    for (const pair of await this.domain.currentPairsOf(person.id)) {
      const found = await this.pairFor(person, pair.id);
      if (!found.ok) continue;
      const { cohort, partner } = found.context;
      const next = await this.nextSession(pair.id);
      const rhythm = await this.rhythmOf(pair.id);
      overviews.push({
        pairId: pair.id,
        partnerName: partner.displayName,
        cohortName: cohort.name,
        next,
        nextProposedByMe: next?.proposedById === person.id,
        held: await this.heldCount(pair.id),
        minSessions: cohort.minSessions,
        openItems: items.find((g) => g.pair.id === pair.id)?.items.length ?? 0,
        pausedUntil: rhythm && this.isPaused(rhythm) ? rhythm.pausedUntil : null,
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

  /** A partner's answer to "did you meet?". */
  async answerCheckIn(
    person: Person,
    pairId: string,
    askedAt: Date,
    answer: CheckInAnswer,
  ): Promise<
    { ok: true; step: CheckInStep; context: PairContext } | { ok: false; reason: "not-partner" | MeetingError }
  > {
    return this.transactions.run(
      async (): Promise<
        { ok: true; step: CheckInStep; context: PairContext } | { ok: false; reason: "not-partner" | MeetingError }
      > => {
        const found = await this.pairFor(person, pairId);
        if (!found.ok) return { ok: false, reason: "not-partner" };
        const rhythm = await this.repo.rhythm(pairId);
        const result = answerCheckIn(rhythm?.checkIn ?? INITIAL_CHECK_IN, askedAt, answer, this.clock.now());
        if (!result.ok) return { ok: false, reason: result.error };
        await this.applyStep(found.context, result.step);
        return { ok: true, step: result.step, context: found.context };
      },
    );
  }

  /** Pause until a date (no reminders or nudges), or resume now. */
  async pause(
    person: Person,
    pairId: string,
    until: Date | null,
  ): Promise<{ ok: true; context: PairContext } | { ok: false; reason: "not-partner" | MeetingError }> {
    return this.transactions.run(
      async (): Promise<{ ok: true; context: PairContext } | { ok: false; reason: "not-partner" | MeetingError }> => {
        const found = await this.pairFor(person, pairId);
        if (!found.ok) return { ok: false, reason: "not-partner" };
        if (until && until <= this.clock.now()) return { ok: false, reason: MEETING_ERRORS.dateInPast };
        await this.repo.saveRhythm(
          pairId,
          until ? { status: "paused", pausedUntil: until } : { status: "active", pausedUntil: null },
        );
        const partner = found.context.partner;
        const notice = until
          ? { key: "rhythm.partnerPaused", vars: { name: person.displayName }, dates: { until: until.toISOString() } }
          : { key: "rhythm.partnerResumed", vars: { name: person.displayName } };
        const jobs = [
          notifyJob(
            partner.id,
            notice,
            `pause:${pairId}:${until?.toISOString() ?? `resume:${this.clock.now().toISOString()}`}`,
            this.clock.now(),
          ),
        ];
        if (!until) jobs.push(...this.nudgeJobs(found.context, this.clock.now()));
        else jobs.push(...this.nudgeJobs(found.context, until));
        await this.jobs.enqueue(jobs);
        return { ok: true, context: found.context };
      },
    );
  }

  /** Asks the cohort's coordinators for help: who asks and why, never what is in the notes. */
  async askForHelp(
    person: Person,
    pairId: string,
    reason: string,
  ): Promise<{ ok: true } | { ok: false; reason: "not-partner" | "empty" }> {
    return this.transactions.run(async (): Promise<{ ok: true } | { ok: false; reason: "not-partner" | "empty" }> => {
      const found = await this.pairFor(person, pairId);
      if (!found.ok) return { ok: false, reason: "not-partner" };
      const why = reason.trim().slice(0, 1000);
      if (!why) return { ok: false, reason: "empty" };
      const { cohort, partner } = found.context;
      await this.repo.createHelpRequest(pairId, person.id, why);
      const now = this.clock.now();
      const notice = {
        key: "rhythm.helpRequested",
        vars: { name: person.displayName, partner: partner.displayName, cohort: cohort.name, reason: why },
      };
      await this.jobs.enqueue(
        (await this.domain.coordinatorsOf(cohort)).map((c) =>
          notifyJob(c.id, notice, `help:${pairId}:${person.id}:${now.toISOString()}:${c.id}`, now),
        ),
      );
      return { ok: true };
    });
  }

  // ---- for the job handlers ----

  /** The session a job is about, while the job is still current (same sequence, not cancelled). */
  /** The session a job was queued for, if it still stands as queued (same sequence) in a live, real pair. */
  async currentSession(payload: SessionJobPayload): Promise<Omit<SessionInContext, "demo"> | null> {
    // One read for the whole context: every reminder and check-in of a wave asks this.
    const found = await this.repo.sessionInContext(payload.sessionId);
    if (!found || found.demo) return null;
    const { session, pair, rhythm } = found;
    if (session.sequence !== payload.sequence || session.status === "cancelled" || pair.status === "ended") return null;
    return { session, pair, rhythm };
  }

  rhythmOf(pairId: string): Promise<PairRhythm | null> {
    return this.repo.rhythm(pairId);
  }

  /** Whether reminders are off for this pair now (paused). */
  isPaused(rhythm: PairRhythm): boolean {
    return rhythm.status === "paused" && rhythm.pausedUntil !== null && rhythm.pausedUntil > this.clock.now();
  }

  /** The check-in job: records the question as asked (and when), or null when there is nothing to ask. */
  async askCheckIn(
    payload: SessionJobPayload,
  ): Promise<{ pair: PairRecord; session: PairSession; askedAt: Date } | null> {
    return this.transactions.run(
      async (): Promise<{ pair: PairRecord; session: PairSession; askedAt: Date } | null> => {
        const current = await this.currentSession(payload);
        if (current?.session.status !== "scheduled" || this.isPaused(current.rhythm)) return null;
        const now = this.clock.now();
        const state = checkInAsked(current.rhythm.checkIn, current.session.startsAt, now);
        await this.repo.saveRhythm(current.pair.id, { checkIn: state });
        // Unanswered for a week counts as a miss: a later check that expires it.
        await this.jobs.enqueue([
          {
            kind: MEETING_JOBS.checkIn,
            payload: { ...payload, personId: "expire" },
            runAt: new Date(now.getTime() + 7 * 86_400_000),
            idempotencyKey: `check-in-expire:${payload.sessionId}:${payload.sequence}:${now.toISOString()}`,
          },
        ]);
        return { pair: current.pair, session: current.session, askedAt: now };
      },
    );
  }

  /** A week later: an unanswered check-in counts as a miss. */
  async expireCheckIn(payload: SessionJobPayload): Promise<void> {
    return this.transactions.run(async (): Promise<void> => {
      const session = await this.repo.findSession(payload.sessionId);
      const pair = session ? await this.domain.findPair(session.pairId) : null;
      const rhythm = pair ? await this.repo.rhythm(pair.id) : null;
      if (!pair || !rhythm) return;
      const step = checkInExpired(rhythm.checkIn, this.clock.now());
      const cohort = await this.domain.findCohort(pair.cohortId);
      if (!cohort) return;
      await this.applyStep({ pair, cohort } as PairContext, step);
    });
  }

  /** A nudge to set a date is due when the pair has no future session and is not paused. */
  async nudgeDue(payload: NudgeJobPayload): Promise<{ pair: PairRecord; partner: Person; cohort: Cohort } | null> {
    const pair = await this.domain.findPair(payload.pairId);
    const rhythm = pair ? await this.repo.rhythm(pair.id) : null;
    if (!pair || !rhythm || pair.status === "ended" || this.isPaused(rhythm) || !(await this.nudgeCurrent(payload)))
      return null;
    const cohort = await this.domain.findCohort(pair.cohortId);
    // A date agreed since the chain began (even one happening now, not logged yet): the check-in
    // takes over. A proposal nobody accepted only counts until its time has passed.
    const since = new Date(payload.since).getTime();
    const now = this.clock.now().getTime();
    const planned = (await this.repo.sessionsOfPair(pair.id)).some(
      (s) =>
        (s.status === "scheduled" && s.startsAt.getTime() > since) ||
        (s.status === "proposed" && s.startsAt.getTime() > now),
    );
    if (!cohort || cohort.isDemo || planned) return null;
    const partnerId = pair.mentorPersonId === payload.personId ? pair.menteePersonId : pair.mentorPersonId;
    const partner = await this.domain.findPerson(partnerId);
    return partner ? { pair, partner, cohort } : null;
  }

  /** Nudges for a newly introduced pair: each partner on the cadence until the cohort ends. */
  async startRhythm(pairId: string): Promise<void> {
    const pair = await this.domain.findPair(pairId);
    if (!pair) return;
    const me = await this.domain.findPerson(pair.mentorPersonId);
    if (!me) return;
    const found = await this.contextOf(pair, me);
    if (!found.ok) return;
    const { cohort } = found.context;
    await this.jobs.enqueue(
      this.nudgeJobs(found.context, pair.createdAt > cohort.startsAt ? pair.createdAt : cohort.startsAt),
    );
  }

  /** The next nudge of each partner counting from `since`, after `after` (default now). */
  private nudgeJobs(context: PairContext, since: Date, after?: Date): JobRequest[] {
    const { pair, cohort, hours } = context;
    const now = after && after > this.clock.now() ? after : this.clock.now();
    return [pair.mentorPersonId, pair.menteePersonId].flatMap((personId) =>
      cadenceNudgeDates({
        since,
        cadenceDays: cohort.cadenceDays,
        cohortEndsAt: cohort.endsAt,
        person: hours[personId]!,
        now,
      })
        .slice(0, 1)
        .map((at) => ({
          kind: MEETING_JOBS.nudge,
          payload: {
            pairId: pair.id,
            at: at.toISOString(),
            personId,
            since: since.toISOString(),
          } satisfies NudgeJobPayload,
          runAt: at,
          idempotencyKey: `nudge:${pair.id}:${personId}:${at.toISOString()}`,
        })),
    );
  }

  /** After a nudge went out: the next one, a cadence later. */
  async nextNudge(payload: NudgeJobPayload): Promise<void> {
    const pair = await this.domain.findPair(payload.pairId);
    const person = await this.domain.findPerson(payload.personId);
    if (!pair || !person || !(await this.nudgeCurrent(payload))) return;
    const found = await this.contextOf(pair, person);
    if (!found.ok) return;
    const next = this.nudgeJobs(found.context, new Date(payload.since), new Date(payload.at)).filter(
      (job) => (job.payload as NudgeJobPayload).personId === payload.personId,
    );
    await this.jobs.enqueue(next);
  }

  /** A chain of nudges counts from one moment; a session held since then starts a newer chain. */
  private async nudgeCurrent(payload: NudgeJobPayload): Promise<boolean> {
    const since = new Date(payload.since).getTime();
    return !(await this.repo.sessionsOfPair(payload.pairId)).some(
      (s) => s.status === "held" && s.startsAt.getTime() > since,
    );
  }

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

  private async applyStep(context: Pick<PairContext, "pair" | "cohort">, step: CheckInStep): Promise<void> {
    const { pair, cohort } = context;
    await this.repo.saveRhythm(pair.id, { checkIn: step.state });
    const now = this.clock.now();
    const jobs: JobRequest[] = [];
    if (step.effect.kind === "ask-again") {
      const session = (await this.repo.sessionsOfPair(pair.id))
        .filter((s) => s.status === "scheduled" && s.startsAt <= now)
        .at(-1);
      if (session)
        jobs.push({
          kind: MEETING_JOBS.checkIn,
          payload: { sessionId: session.id, sequence: session.sequence } satisfies SessionJobPayload,
          runAt: step.effect.at,
          idempotencyKey: `check-in-again:${session.id}:${step.effect.at.toISOString()}`,
        });
    }
    if (step.becameAtRisk) {
      const [mentor, mentee] = await Promise.all([
        this.domain.findPerson(pair.mentorPersonId),
        this.domain.findPerson(pair.menteePersonId),
      ]);
      const notice = {
        key: "rhythm.atRisk",
        vars: {
          mentor: mentor?.displayName ?? "",
          mentee: mentee?.displayName ?? "",
          cohort: cohort.name,
          misses: step.state.consecutiveMisses,
        },
      };
      for (const coordinator of await this.domain.coordinatorsOf(cohort))
        jobs.push(notifyJob(coordinator.id, notice, `at-risk:${pair.id}:${now.toISOString()}:${coordinator.id}`, now));
    }
    await this.jobs.enqueue(jobs);
  }

  private async contextOf(pair: PairRecord, me: Person): Promise<PairLookup> {
    const cohort = await this.domain.findCohort(pair.cohortId);
    const partnerId = pair.mentorPersonId === me.id ? pair.menteePersonId : pair.mentorPersonId;
    const [partner, mentorApplication, menteeApplication, mentor, mentee] = await Promise.all([
      this.domain.findPerson(partnerId),
      this.domain.findApplication(pair.mentorApplicationId),
      this.domain.findApplication(pair.menteeApplicationId),
      this.domain.findPerson(pair.mentorPersonId),
      this.domain.findPerson(pair.menteePersonId),
    ]);
    if (!cohort || !partner) return { ok: false, reason: "no-pair" };
    const hours = {
      [pair.mentorPersonId]: hoursOf(mentorApplication, mentor),
      [pair.menteePersonId]: hoursOf(menteeApplication, mentee),
    };
    return { ok: true, context: { pair, cohort, me, partner, hours } };
  }
}
