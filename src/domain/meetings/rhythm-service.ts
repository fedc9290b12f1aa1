import type { Clock } from "../clock";
import type { Cohort } from "../cohorts/cohort";
import { notifyJob, type JobQueue, type JobRequest } from "../jobs";
import type { PairRecord } from "../pairing/proposal";
import type { Person } from "../people";
import type { UnitOfWork } from "../unit-of-work";
import {
  answerCheckIn,
  checkInAsked,
  checkInExpired,
  INITIAL_CHECK_IN,
  sessionLogged,
  type CheckInAnswer,
  type CheckInStep,
} from "./check-in";
import { MEETING_ERRORS, type MeetingError } from "./errors";
import {
  MEETING_JOBS,
  pairContextOf,
  pairFor,
  type MeetingContext,
  type MeetingRepository,
  type NudgeJobPayload,
  type PairContext,
  type PairRhythm,
  type PairSession,
  type SessionInContext,
  type SessionJobPayload,
} from "./meetings";
import { cadenceNudgeDates } from "./schedule";

type RhythmRepository = Pick<
  MeetingRepository,
  "findSession" | "sessionInContext" | "sessionsOfPair" | "rhythm" | "saveRhythm" | "createHelpRequest"
>;

export type CheckInAnswered =
  | { ok: true; step: CheckInStep; context: PairContext }
  | { ok: false; reason: "not-partner" | MeetingError };

/**
 * A pair's rhythm between sessions: the "did you meet?" after each one (asked, answered, expired,
 * misses that put the pair at risk), nudges on the cadence when no date is set, pause and resume,
 * and asking the coordinator for help. It reads sessions but never plans or logs them.
 */
export class RhythmService {
  constructor(
    private readonly repo: RhythmRepository,
    private readonly domain: MeetingContext,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly transactions: UnitOfWork,
  ) {}

  /** A partner's answer to "did you meet?". */
  async answerCheckIn(person: Person, pairId: string, askedAt: Date, answer: CheckInAnswer): Promise<CheckInAnswered> {
    // Inside SessionService.propose ("we moved it") this joins the proposal's transaction.
    return this.transactions.run(async (): Promise<CheckInAnswered> => {
      const found = await pairFor(this.domain, person, pairId);
      if (!found.ok) return { ok: false, reason: "not-partner" };
      const rhythm = await this.repo.rhythm(pairId);
      const result = answerCheckIn(rhythm?.checkIn ?? INITIAL_CHECK_IN, askedAt, answer, this.clock.now());
      if (!result.ok) return { ok: false, reason: result.error };
      await this.applyStep(found.context, result.step);
      return { ok: true, step: result.step, context: found.context };
    });
  }

  /**
   * A session was logged: the open question is settled and the nudges count from it. Part of the
   * log's transaction (SessionService.log), so a log never stands without its new rhythm.
   */
  async sessionLogged(context: PairContext, heldAt: Date): Promise<void> {
    return this.transactions.run(async (): Promise<void> => {
      const rhythm = await this.repo.rhythm(context.pair.id);
      await this.repo.saveRhythm(context.pair.id, { checkIn: sessionLogged(rhythm?.checkIn ?? INITIAL_CHECK_IN) });
      await this.jobs.enqueue(this.nudgeJobs(context, heldAt));
    });
  }

  /** Pause until a date (no reminders or nudges), or resume now. */
  async pause(
    person: Person,
    pairId: string,
    until: Date | null,
  ): Promise<{ ok: true; context: PairContext } | { ok: false; reason: "not-partner" | MeetingError }> {
    return this.transactions.run(
      async (): Promise<{ ok: true; context: PairContext } | { ok: false; reason: "not-partner" | MeetingError }> => {
        const found = await pairFor(this.domain, person, pairId);
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
      const found = await pairFor(this.domain, person, pairId);
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
      await this.applyStep({ pair, cohort }, step);
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
    const found = await pairContextOf(this.domain, pair, me);
    if (!found.ok) return;
    const { cohort } = found.context;
    await this.jobs.enqueue(
      this.nudgeJobs(found.context, pair.createdAt > cohort.startsAt ? pair.createdAt : cohort.startsAt),
    );
  }

  /** After a nudge went out: the next one, a cadence later. */
  async nextNudge(payload: NudgeJobPayload): Promise<void> {
    const pair = await this.domain.findPair(payload.pairId);
    const person = await this.domain.findPerson(payload.personId);
    if (!pair || !person || !(await this.nudgeCurrent(payload))) return;
    const found = await pairContextOf(this.domain, pair, person);
    if (!found.ok) return;
    const next = this.nudgeJobs(found.context, new Date(payload.since), new Date(payload.at)).filter(
      (job) => (job.payload as NudgeJobPayload).personId === payload.personId,
    );
    await this.jobs.enqueue(next);
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

  /** A chain of nudges counts from one moment; a session held since then starts a newer chain. */
  private async nudgeCurrent(payload: NudgeJobPayload): Promise<boolean> {
    const since = new Date(payload.since).getTime();
    return !(await this.repo.sessionsOfPair(payload.pairId)).some(
      (s) => s.status === "held" && s.startsAt.getTime() > since,
    );
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
}
