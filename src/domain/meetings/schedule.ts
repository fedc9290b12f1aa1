import { DateTime } from "luxon";
import { MEETING_ERRORS, type MeetingError } from "./errors";
import {
  atLocalClock,
  clockMinutes,
  DAY_MS,
  intersectPeriods,
  isValidZone,
  isWakingTime,
  MINUTE_MS,
  nextReachablePeriod,
  periodOn,
  periodsBetween,
  reachablePeriodAt,
  type PartnerHours,
  type Period,
} from "./working-periods";

/**
 * When a pair meets and when each partner hears about it. Every time is computed in the partner's
 * own zone from their working hours; the results are UTC instants for the job queue.
 */

/** Slack's static select holds at most 100 options. */
export const MAX_SLOTS = 100;

/** The local time reminders and nudges aim for, moved into the person's hours when outside them. */
export const PREFERRED_NOTICE_TIME = "10:00";

/** A check-in waits this long after a session ends, so it does not interrupt the session running late. */
export const CHECK_IN_DELAY_MINUTES = 60;

/** When a check-in falls outside someone's hours it goes this long after their next start. */
export const CHECK_IN_START_OFFSET_MINUTES = 30;

export interface SlotSearch {
  partners: readonly [PartnerHours, PartnerHours];
  /** Start of the window to search. */
  from: Date;
  /** Length of the window, in days from `from`. */
  days: number;
  durationMinutes: number;
  /** Slots start on this grid, counted from the start of each shared period (default 30). */
  stepMinutes?: number;
  /** The cohort's start and end: a session lies wholly between them. */
  notBefore: Date;
  notAfter: Date;
  now: Date;
  /** At most this many slots, earliest first (default MAX_SLOTS). */
  limit?: number;
}

/**
 * Start times at which a session of `durationMinutes` fits wholly inside both partners' working
 * hours, on a working day of each, in their own zones; none in the past or outside the cohort.
 */
export function sessionSlots(search: SlotSearch): Date[] {
  const step = (search.stepMinutes ?? 30) * MINUTE_MS;
  const duration = search.durationMinutes * MINUTE_MS;
  const limit = search.limit ?? MAX_SLOTS;
  if (!(step > 0) || !(duration > 0) || limit <= 0) return [];
  const from = Math.max(search.from.getTime(), search.now.getTime(), search.notBefore.getTime());
  const windowEnd = search.from.getTime() + search.days * DAY_MS;
  const mustEndBy = search.notAfter.getTime();
  const to = Math.min(windowEnd, mustEndBy);
  if (to <= from) return [];
  const [first, second] = search.partners;
  const shared = intersectPeriods(
    periodsBetween(first, from, to + duration, false),
    periodsBetween(second, from, to + duration, false),
  );
  const slots: Date[] = [];
  for (const period of shared) {
    // The grid starts where the shared period starts, so slots read 14:00, 14:30, not 14:07.
    let start = period.start + Math.ceil(Math.max(0, from - period.start) / step) * step;
    for (; start + duration <= period.end && start < windowEnd && start + duration <= mustEndBy; start += step) {
      slots.push(new Date(start));
      if (slots.length >= limit) return slots;
    }
  }
  return slots;
}

/**
 * Why a session time cannot be chosen (a catalogue key), or null when it can: it must be in the
 * future and lie wholly inside the cohort.
 */
export function sessionTimeError(
  sessionAt: Date,
  durationMinutes: number,
  bounds: { now: Date; cohortStartsAt: Date; cohortEndsAt: Date },
): MeetingError | null {
  if (Number.isNaN(sessionAt.getTime())) return MEETING_ERRORS.dateInvalid;
  if (sessionAt <= bounds.now) return MEETING_ERRORS.dateInPast;
  if (sessionAt < bounds.cohortStartsAt) return MEETING_ERRORS.dateBeforeCohort;
  if (sessionAt.getTime() + durationMinutes * MINUTE_MS > bounds.cohortEndsAt.getTime())
    return MEETING_ERRORS.dateAfterCohort;
  return null;
}

/** When the next session is due: `cadenceDays` calendar days after the last one (or the pair's start). */
export function nextSessionDue(since: Date, cadenceDays: number, timeZone: string): Date {
  return DateTime.fromJSDate(since, { zone: timeZone }).plus({ days: cadenceDays }).toJSDate();
}

/** The preferred notice time on the local day of `day`, moved into that day's waking working period; null on a day off. */
function noticeTimeOn(person: PartnerHours, day: DateTime): number | null {
  const period = periodOn(person, day, true);
  if (!period) return null;
  const preferred = atLocalClock(day, clockMinutes(PREFERRED_NOTICE_TIME)!).toMillis();
  // Half an hour before the end rather than the end itself, which is already outside their hours.
  const latest = Math.max(period.start, period.end - 30 * MINUTE_MS);
  return Math.min(Math.max(preferred, period.start), latest);
}

export interface NudgePlan {
  /** The last session's date, or the pair's start when they have not met yet. */
  since: Date;
  cadenceDays: number;
  cohortEndsAt: Date;
  /** The partner to nudge (each partner gets their own times). */
  person: PartnerHours;
  now: Date;
}

/**
 * When to nudge a pair with no date set to set one: on each day a session falls due (every
 * `cadenceDays` after `since`) at their notice time, or on their next working day; only those
 * still ahead and before the cohort ends. Recompute when a session is logged or a date is set.
 */
export function cadenceNudgeDates(plan: NudgePlan): Date[] {
  if (!(plan.cadenceDays >= 1) || !isValidZone(plan.person.timeZone)) return [];
  const zone = plan.person.timeZone;
  const nudges: number[] = [];
  const start = DateTime.fromJSDate(plan.since, { zone });
  for (let n = 1; ; n++) {
    const due = start.plus({ days: n * plan.cadenceDays });
    if (due.toMillis() > plan.cohortEndsAt.getTime()) break;
    let nudge: number | null = null;
    for (let day = due, tries = 0; nudge === null && tries < 8; day = day.plus({ days: 1 }), tries++) {
      nudge = noticeTimeOn(plan.person, day);
    }
    if (nudge === null || nudge <= plan.now.getTime() || nudge > plan.cohortEndsAt.getTime()) continue;
    if (nudges[nudges.length - 1] !== nudge) nudges.push(nudge);
  }
  return nudges.map((at) => new Date(at));
}

/** How much earlier than planned a day-before reminder may go, to spread a wave (09:00 for 10:00). */
export const REMINDER_EARLY_MINUTES = 60;

/**
 * The earliest a reminder planned for `at` may go out: an hour before, when it is a day-before
 * reminder still ahead; a late one (sent now, or on the day) keeps its time.
 */
export function reminderEarliestAt(at: Date, sessionAt: Date, now: Date): Date | undefined {
  const early = at.getTime() - REMINDER_EARLY_MINUTES * MINUTE_MS;
  if (at.getTime() <= now.getTime() || sessionAt.getTime() - at.getTime() < 12 * 60 * MINUTE_MS) return undefined;
  return new Date(Math.max(early, now.getTime()));
}

/**
 * When to remind one partner of a session. Normally on their previous working day at their
 * notice time (10:00, moved into their hours). When that has passed (a session booked late):
 * now if they are at work; else the start of their next working period if that comes before the
 * session; else now if it is daytime for them (08:00–21:00); else no reminder at all (null).
 */
export function reminderAt(sessionAt: Date, person: PartnerHours, now: Date): Date | null {
  const session = sessionAt.getTime();
  const current = now.getTime();
  if (current >= session || !isValidZone(person.timeZone)) return null;
  const sessionDay = DateTime.fromMillis(session, { zone: person.timeZone });
  for (let back = 1; back <= 8; back++) {
    const ideal = noticeTimeOn(person, sessionDay.minus({ days: back }));
    if (ideal === null) continue;
    if (ideal > current) return new Date(ideal);
    break;
  }
  if (reachablePeriodAt(person, current)) return now;
  const next = nextReachablePeriod(person, current);
  if (next && next.start < session) return new Date(next.start);
  return isWakingTime(current, person.timeZone) ? now : null;
}

/**
 * When to ask one partner "did you meet?": an hour after the session ends if they are at work then
 * (or now, if that has passed and they are at work); else half an hour into their next working
 * period. Null only when their zone is unknown.
 */
export function checkInAt(sessionAt: Date, durationMinutes: number, person: PartnerHours, now: Date): Date | null {
  const target = Math.max(
    sessionAt.getTime() + durationMinutes * MINUTE_MS + CHECK_IN_DELAY_MINUTES * MINUTE_MS,
    now.getTime(),
  );
  if (reachablePeriodAt(person, target)) return new Date(target);
  const next = nextReachablePeriod(person, target);
  if (!next) return null;
  return new Date(
    Math.max(next.start, Math.min(next.start + CHECK_IN_START_OFFSET_MINUTES * MINUTE_MS, next.end - MINUTE_MS)),
  );
}

/** The first moment at or after `at` when the person is at work and awake; null for an unknown zone. */
export function nextReachableMoment(person: PartnerHours, at: Date): Date | null {
  if (reachablePeriodAt(person, at.getTime())) return at;
  const next: Period | null = nextReachablePeriod(person, at.getTime());
  return next ? new Date(next.start) : null;
}
