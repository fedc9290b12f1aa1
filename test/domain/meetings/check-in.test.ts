import { describe, expect, it } from "vitest";
import {
  answerCheckIn,
  checkInAsked,
  checkInExpired,
  checkInExpiresAt,
  INITIAL_CHECK_IN,
  MEETING_ERRORS,
  sessionLogged,
  type CheckInAnswer,
  type CheckInState,
  type CheckInStep,
} from "../../../src/domain/meetings";

const DAY = 86_400_000;
const session = new Date("2026-03-25T14:00:00Z");
const asked = new Date("2026-03-26T09:30:00Z");
const later = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

function answered(state: CheckInState, askedAt: Date, answer: CheckInAnswer, now: Date): CheckInStep {
  const result = answerCheckIn(state, askedAt, answer, now);
  if (!result.ok) throw new Error(`answer refused: ${result.error}`);
  return result.step;
}

/** Asks about the session at `askedAt` and answers "not yet" an hour later. */
function notYet(state: CheckInState, askedAt: Date): CheckInStep {
  return answered(
    checkInAsked(state, session, askedAt),
    askedAt,
    { kind: "not-yet" },
    new Date(askedAt.getTime() + 3_600_000),
  );
}

describe("the check-in", () => {
  it("opens the session log when they met", () => {
    const step = answered(checkInAsked(INITIAL_CHECK_IN, session, asked), asked, { kind: "met" }, later(asked, 0.1));
    expect(step.effect).toEqual({ kind: "open-log", sessionAt: session });
    expect(step.state).toMatchObject({
      consecutiveMisses: 0,
      atRisk: false,
      pendingSessionAt: null,
      lastAskedAt: null,
    });
  });

  it("asks again three days after a 'not yet'", () => {
    const step = notYet(INITIAL_CHECK_IN, asked);
    const answeredAt = new Date(asked.getTime() + 3_600_000);
    expect(step.effect).toEqual({ kind: "ask-again", at: later(answeredAt, 3) });
    expect(step.state).toMatchObject({
      consecutiveMisses: 1,
      atRisk: false,
      pendingSessionAt: session,
      askAgainAt: later(answeredAt, 3),
    });
    expect(step.becameAtRisk).toBe(false);
  });

  it("marks the pair at risk on the second 'not yet' in a row, telling the caller once", () => {
    const first = notYet(INITIAL_CHECK_IN, asked);
    const second = notYet(first.state, later(asked, 3));
    expect(second.state).toMatchObject({ consecutiveMisses: 2, atRisk: true });
    expect(second.becameAtRisk).toBe(true);
    const third = notYet(second.state, later(asked, 6));
    expect(third.state.atRisk).toBe(true);
    expect(third.becameAtRisk).toBe(false);
  });

  it("does not count misses separated by a logged session", () => {
    const first = notYet(INITIAL_CHECK_IN, asked);
    const logged = sessionLogged(first.state);
    const second = notYet(logged, later(asked, 14));
    expect(second.state).toMatchObject({ consecutiveMisses: 1, atRisk: false });
  });

  it("counts a question unanswered for seven days as a miss, once", () => {
    const open = checkInAsked(INITIAL_CHECK_IN, session, asked);
    expect(checkInExpiresAt(open)).toEqual(later(asked, 7));
    expect(checkInExpired(open, later(asked, 6.9)).state).toEqual(open);
    const expired = checkInExpired(open, later(asked, 7));
    expect(expired.state).toMatchObject({
      consecutiveMisses: 1,
      atRisk: false,
      pendingSessionAt: null,
      lastAskedAt: null,
    });
    expect(checkInExpired(expired.state, later(asked, 8)).state).toEqual(expired.state);
    // Then one "not yet" about the next session is the second miss in a row.
    expect(notYet(expired.state, later(asked, 14)).state.atRisk).toBe(true);
  });

  it("ignores the first question's expiry once it was answered and asked again", () => {
    const reasked = checkInAsked(notYet(INITIAL_CHECK_IN, asked).state, session, later(asked, 3));
    expect(checkInExpired(reasked, later(asked, 7)).state).toEqual(reasked);
    expect(checkInExpired(reasked, later(asked, 10)).state.consecutiveMisses).toBe(2);
  });

  it("lets only the first answer count: the other partner's click on the same question changes nothing", () => {
    const open = checkInAsked(INITIAL_CHECK_IN, session, asked);
    const met = answered(open, asked, { kind: "met" }, later(asked, 0.1));
    expect(answerCheckIn(met.state, asked, { kind: "not-yet" }, later(asked, 0.2))).toEqual({
      ok: false,
      error: MEETING_ERRORS.checkInClosed,
    });
    const missed = notYet(INITIAL_CHECK_IN, asked);
    expect(answerCheckIn(missed.state, asked, { kind: "not-yet" }, later(asked, 0.2))).toEqual({
      ok: false,
      error: MEETING_ERRORS.checkInClosed,
    });
    // An answer to an older question than the open one.
    const reasked = checkInAsked(missed.state, session, later(asked, 3));
    expect(answerCheckIn(reasked, asked, { kind: "met" }, later(asked, 3.1))).toEqual({
      ok: false,
      error: MEETING_ERRORS.checkInClosed,
    });
  });

  it("moves the session when rescheduled, to a time still ahead only, without counting a miss", () => {
    const open = checkInAsked(INITIAL_CHECK_IN, session, asked);
    const now = later(asked, 0.1);
    expect(answerCheckIn(open, asked, { kind: "rescheduled", sessionAt: later(asked, -1) }, now)).toEqual({
      ok: false,
      error: MEETING_ERRORS.dateInPast,
    });
    const moved = answered(open, asked, { kind: "rescheduled", sessionAt: later(asked, 5) }, now);
    expect(moved.effect).toEqual({ kind: "plan-session", sessionAt: later(asked, 5) });
    expect(moved.state).toMatchObject({ consecutiveMisses: 0, pendingSessionAt: null });
  });

  it("keeps earlier misses through a reschedule: 'not yet', moved, 'not yet' is at risk", () => {
    const first = notYet(INITIAL_CHECK_IN, asked);
    const reasked = checkInAsked(first.state, session, later(asked, 3));
    const moved = answered(
      reasked,
      later(asked, 3),
      { kind: "rescheduled", sessionAt: later(asked, 8) },
      later(asked, 3.1),
    );
    expect(notYet(moved.state, later(asked, 9)).state.atRisk).toBe(true);
  });

  it("keeps a pair at risk until they log a session, even after they say they met", () => {
    const atRisk = notYet(notYet(INITIAL_CHECK_IN, asked).state, later(asked, 3)).state;
    const met = answered(
      checkInAsked(atRisk, session, later(asked, 6)),
      later(asked, 6),
      { kind: "met" },
      later(asked, 6.1),
    );
    expect(met.state).toMatchObject({ atRisk: true, consecutiveMisses: 0 });
    expect(sessionLogged(met.state)).toMatchObject({ atRisk: false, consecutiveMisses: 0 });
  });
});
