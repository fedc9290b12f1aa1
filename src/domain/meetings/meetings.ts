import type { Application } from "../applications/application";
import type { Cohort } from "../cohorts/cohort";
import type { FieldError } from "../forms";
import type { JobRequest } from "../jobs";
import type { PairRecord } from "../pairing/proposal";
import type { Person } from "../people";
import type { ActionItem } from "./action-items";
import type { CheckInState } from "./check-in";
import type { MeetingError } from "./errors";
import { isPartner } from "./session-log";
import { FALLBACK_WORKING_HOURS, type PartnerHours } from "./working-periods";

/*
 * What the three services of a pair's meetings share: sessions (session-service.ts), the rhythm
 * between them (rhythm-service.ts) and action items (action-item-service.ts) keep their data
 * behind one repository, queue the same jobs and find a person's pair the same way.
 */

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

/** What the meetings' services need from the rest of the domain. */
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

/** A pair seen by one of its partners: who the other is, the cohort, both partners' hours. */
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

/** The pair a person means: the one given (if theirs), or their only current pair. */
export async function pairFor(domain: MeetingContext, person: Person, pairId?: string): Promise<PairLookup> {
  if (pairId) {
    const pair = await domain.findPair(pairId);
    if (!pair || !isPartner(pair, person.id)) return { ok: false, reason: "not-partner" };
    return pairContextOf(domain, pair, person);
  }
  const pairs = await domain.currentPairsOf(person.id);
  if (pairs.length === 0) return { ok: false, reason: "no-pair" };
  if (pairs.length > 1) return { ok: false, reason: "several", pairs };
  return pairContextOf(domain, pairs[0]!, person);
}

/** A pair as `me` sees it, with both partners' hours. */
export async function pairContextOf(domain: MeetingContext, pair: PairRecord, me: Person): Promise<PairLookup> {
  const cohort = await domain.findCohort(pair.cohortId);
  const partnerId = pair.mentorPersonId === me.id ? pair.menteePersonId : pair.mentorPersonId;
  const [partner, mentorApplication, menteeApplication, mentor, mentee] = await Promise.all([
    domain.findPerson(partnerId),
    domain.findApplication(pair.mentorApplicationId),
    domain.findApplication(pair.menteeApplicationId),
    domain.findPerson(pair.mentorPersonId),
    domain.findPerson(pair.menteePersonId),
  ]);
  if (!cohort || !partner) return { ok: false, reason: "no-pair" };
  const hours = {
    [pair.mentorPersonId]: hoursOf(mentorApplication, mentor),
    [pair.menteePersonId]: hoursOf(menteeApplication, mentee),
  };
  return { ok: true, context: { pair, cohort, me, partner, hours } };
}
