import { DAY_MS } from "./working-periods";
import { MEETING_ERRORS, type MeetingError } from "./errors";

/**
 * The pair's "did you meet?" loop after each planned session.
 *
 * - "met": the question closes and the caller opens the session log. It is not a miss, so the
 *   count of misses in a row starts again; being at risk, though, ends only with a logged session
 *   (the coordinator should see a pair at risk until there is a log to show).
 * - "rescheduled": the question closes with the new date (the caller plans a new check-in). It is
 *   neither a miss nor a meeting: the count stays as it is.
 * - "not-yet": a miss. The question stays open and is asked again ASK_AGAIN_AFTER_DAYS later.
 * - No answer within UNANSWERED_AFTER_DAYS of being asked: a miss, and the question closes (the
 *   cadence nudges take over).
 * - A logged session (by either route) clears the misses and the risk, and closes the question.
 *
 * MISSES_FOR_AT_RISK misses in a row mark the pair at risk; `becameAtRisk` says when that just
 * happened, so the coordinator is told once.
 *
 * Each answer names the question it answers (`askedAt`, carried by the message's buttons): the
 * first partner to answer closes it, and the other partner's click on the same message, or a click
 * on an older message, changes nothing.
 */

export const ASK_AGAIN_AFTER_DAYS = 3;
export const UNANSWERED_AFTER_DAYS = 7;
export const MISSES_FOR_AT_RISK = 2;

export interface CheckInState {
  consecutiveMisses: number;
  atRisk: boolean;
  /** The session the open question is about; null when no question is open. */
  pendingSessionAt: Date | null;
  /** When the open question was last sent; null while none is out (e.g. waiting to ask again). */
  lastAskedAt: Date | null;
  /** After "not yet": when to ask again. */
  askAgainAt: Date | null;
}

export const INITIAL_CHECK_IN: CheckInState = {
  consecutiveMisses: 0,
  atRisk: false,
  pendingSessionAt: null,
  lastAskedAt: null,
  askAgainAt: null,
};

export type CheckInAnswer = { kind: "met" } | { kind: "rescheduled"; sessionAt: Date } | { kind: "not-yet" };

/** What the caller does next. */
export type CheckInEffect =
  | { kind: "none" }
  | { kind: "open-log"; sessionAt: Date }
  | { kind: "plan-session"; sessionAt: Date }
  | { kind: "ask-again"; at: Date };

export interface CheckInStep {
  state: CheckInState;
  effect: CheckInEffect;
  /** True only on the step that put the pair at risk. */
  becameAtRisk: boolean;
}

export type CheckInResult = { ok: true; step: CheckInStep } | { ok: false; error: MeetingError };

const nothing = (state: CheckInState): CheckInStep => ({ state, effect: { kind: "none" }, becameAtRisk: false });

function withMiss(state: CheckInState): { state: CheckInState; becameAtRisk: boolean } {
  const consecutiveMisses = state.consecutiveMisses + 1;
  const atRisk = state.atRisk || consecutiveMisses >= MISSES_FOR_AT_RISK;
  return { state: { ...state, consecutiveMisses, atRisk }, becameAtRisk: atRisk && !state.atRisk };
}

/** The question about `sessionAt` was sent at `now` (first time, or again after "not yet"). */
export function checkInAsked(state: CheckInState, sessionAt: Date, now: Date): CheckInState {
  return { ...state, pendingSessionAt: sessionAt, lastAskedAt: now, askAgainAt: null };
}

/** A partner answered the question sent at `askedAt`. */
export function answerCheckIn(state: CheckInState, askedAt: Date, answer: CheckInAnswer, now: Date): CheckInResult {
  const sessionAt = state.pendingSessionAt;
  if (!sessionAt || !state.lastAskedAt || state.lastAskedAt.getTime() !== askedAt.getTime())
    return { ok: false, error: MEETING_ERRORS.checkInClosed };
  const closed: CheckInState = { ...state, pendingSessionAt: null, lastAskedAt: null, askAgainAt: null };
  switch (answer.kind) {
    case "met":
      return {
        ok: true,
        step: {
          state: { ...closed, consecutiveMisses: 0 },
          effect: { kind: "open-log", sessionAt },
          becameAtRisk: false,
        },
      };
    case "rescheduled":
      if (!(answer.sessionAt.getTime() > now.getTime())) return { ok: false, error: MEETING_ERRORS.dateInPast };
      return {
        ok: true,
        step: { state: closed, effect: { kind: "plan-session", sessionAt: answer.sessionAt }, becameAtRisk: false },
      };
    case "not-yet": {
      const missed = withMiss(state);
      const at = new Date(now.getTime() + ASK_AGAIN_AFTER_DAYS * DAY_MS);
      return {
        ok: true,
        step: {
          state: { ...missed.state, lastAskedAt: null, askAgainAt: at },
          effect: { kind: "ask-again", at },
          becameAtRisk: missed.becameAtRisk,
        },
      };
    }
  }
}

/** When the open question counts as unanswered, if one is out. */
export function checkInExpiresAt(state: CheckInState): Date | null {
  return state.lastAskedAt ? new Date(state.lastAskedAt.getTime() + UNANSWERED_AFTER_DAYS * DAY_MS) : null;
}

/**
 * Run when a question may have gone unanswered: counts a miss once the open question is
 * UNANSWERED_AFTER_DAYS old, and does nothing otherwise (answered, asked again since, or too soon),
 * so a late or repeated job is harmless.
 */
export function checkInExpired(state: CheckInState, now: Date): CheckInStep {
  const expiresAt = checkInExpiresAt(state);
  if (!expiresAt || now < expiresAt) return nothing(state);
  const missed = withMiss(state);
  return {
    state: { ...missed.state, pendingSessionAt: null, lastAskedAt: null, askAgainAt: null },
    effect: { kind: "none" },
    becameAtRisk: missed.becameAtRisk,
  };
}

/** A session was logged: the pair is back on track. */
export function sessionLogged(state: CheckInState): CheckInState {
  return { ...state, consecutiveMisses: 0, atRisk: false, pendingSessionAt: null, lastAskedAt: null, askAgainAt: null };
}
