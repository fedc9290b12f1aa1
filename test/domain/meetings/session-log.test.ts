import { describe, expect, it } from "vitest";
import type { FormResult } from "../../../src/domain/forms";
import {
  isPartner,
  MEETING_ERRORS,
  partnerIds,
  sessionHeldAt,
  sessionLogFormInput,
  validateSessionLog,
  type SessionLogContext,
} from "../../../src/domain/meetings";
import { at, MADRID, SANTIAGO, utc } from "./time";

const ANA = "person-ana";
const BRUNO = "person-bruno";

const context: SessionLogContext = {
  partnerIds: [ANA, BRUNO],
  cohortStartsAt: at("2026-03-02 00:00", MADRID),
  timeZone: MADRID,
  now: at("2026-03-25 18:00", MADRID),
};

const valid = {
  date: "2026-03-24",
  time: "16:00",
  duration: "60",
  topics: "Shared documents and how to review them",
  privateNotes: "Bruno prefers examples over theory.",
  actionItems: [
    { owner: BRUNO, text: "Share one document with the team", dueDate: "2026-04-07" },
    { owner: "", text: "", dueDate: "" },
    { owner: ANA, text: "Find a short video about comments", dueDate: "2026-03-24" },
  ],
};

function errorsOf<T>(result: FormResult<T>): Record<string, string> {
  if (result.ok) throw new Error("expected the form to be refused");
  return Object.fromEntries(result.errors.map((error) => [error.field, error.message]));
}

describe("the session log", () => {
  it("accepts a complete log, trimmed, with the filled action items only", () => {
    const result = validateSessionLog({ ...valid, topics: "  Shared documents  " }, context);
    expect(result).toEqual({
      ok: true,
      value: {
        date: "2026-03-24",
        time: "16:00",
        durationMinutes: 60,
        topics: "Shared documents",
        privateNotes: "Bruno prefers examples over theory.",
        actionItems: [
          { ownerPersonId: BRUNO, text: "Share one document with the team", dueDate: "2026-04-07" },
          { ownerPersonId: ANA, text: "Find a short video about comments", dueDate: "2026-03-24" },
        ],
      },
    });
  });

  it("can be edited: a saved log fills the form back with the same values", () => {
    const saved = validateSessionLog(valid, context);
    if (!saved.ok) throw new Error("expected a valid log");
    expect(validateSessionLog(sessionLogFormInput(saved.value), context)).toEqual(saved);
  });

  it("needs only a date and a duration: no time, notes or action items", () => {
    const result = validateSessionLog({ date: "2026-03-24", duration: 45 }, context);
    expect(result).toEqual({
      ok: true,
      value: { date: "2026-03-24", time: null, durationMinutes: 45, topics: "", privateNotes: "", actionItems: [] },
    });
  });

  it("reports every mistake at once, each on its own field, action items by their row", () => {
    const result = validateSessionLog(
      {
        date: "2026-02-30",
        time: "25:00",
        duration: "5",
        topics: "x".repeat(3001),
        privateNotes: "fine",
        actionItems: [
          { owner: "", text: "Try the shared calendar", dueDate: "2026-04-01" },
          { owner: "person-someone-else", text: "Write the summary", dueDate: "next week" },
          { owner: "", text: "", dueDate: "" },
          { owner: ANA, text: "", dueDate: "" },
          { owner: BRUNO, text: "y".repeat(501), dueDate: "2026-04-01" },
        ],
      },
      context,
    );
    expect(errorsOf(result)).toEqual({
      date: MEETING_ERRORS.dateInvalid,
      time: MEETING_ERRORS.timeInvalid,
      duration: MEETING_ERRORS.duration,
      topics: MEETING_ERRORS.tooLong,
      "actionItems.0.owner": MEETING_ERRORS.actionOwnerRequired,
      "actionItems.1.owner": MEETING_ERRORS.actionOwnerNotInPair,
      "actionItems.1.dueDate": MEETING_ERRORS.dueDateInvalid,
      "actionItems.3.text": MEETING_ERRORS.actionTextRequired,
      "actionItems.3.dueDate": MEETING_ERRORS.dueDateRequired,
      "actionItems.4.text": MEETING_ERRORS.actionTextTooLong,
    });
  });

  it("reports the action items' mistakes even when every other field is right", () => {
    const result = validateSessionLog(
      {
        ...valid,
        actionItems: [
          { owner: BRUNO, text: "Practise", dueDate: "2026-03-23" },
          { owner: ANA, text: "Read", dueDate: "2026-03-24" },
        ],
      },
      context,
    );
    expect(errorsOf(result)).toEqual({ "actionItems.0.dueDate": MEETING_ERRORS.dueDateBeforeSession });
  });

  it("refuses a session date in the future, counted in the pair's zone", () => {
    // 01:00 UTC on 25 March: already the 25th in Madrid, still the 24th in Santiago.
    const now = new Date("2026-03-25T01:00:00Z");
    const log = { date: "2026-03-25", duration: "60" };
    expect(validateSessionLog(log, { ...context, now }).ok).toBe(true);
    expect(errorsOf(validateSessionLog(log, { ...context, now, timeZone: SANTIAGO }))).toEqual({
      date: MEETING_ERRORS.dateInFuture,
    });
  });

  it("refuses a time later today that has not come yet", () => {
    expect(
      errorsOf(validateSessionLog({ ...valid, date: "2026-03-25", time: "18:30", actionItems: [] }, context)),
    ).toEqual({ time: MEETING_ERRORS.timeInFuture });
    expect(validateSessionLog({ ...valid, date: "2026-03-25", time: "17:00", actionItems: [] }, context).ok).toBe(true);
  });

  it("refuses a session before the cohort starts", () => {
    expect(errorsOf(validateSessionLog({ ...valid, date: "2026-03-01" }, context))).toEqual({
      date: MEETING_ERRORS.dateBeforeCohort,
    });
    expect(errorsOf(validateSessionLog({ ...valid, date: "" }, context))).toEqual({
      date: MEETING_ERRORS.dateRequired,
    });
  });

  it("refuses more than ten action items, but ignores blank rows in the count", () => {
    const item = { owner: ANA, text: "Practise", dueDate: "2026-04-01" };
    const blank = { owner: "", text: "", dueDate: "" };
    expect(validateSessionLog({ ...valid, actionItems: [...Array(10).fill(item), blank, blank] }, context).ok).toBe(
      true,
    );
    expect(errorsOf(validateSessionLog({ ...valid, actionItems: Array(11).fill(item) }, context))).toEqual({
      actionItems: MEETING_ERRORS.tooManyActionItems,
    });
    expect(errorsOf(validateSessionLog({ ...valid, actionItems: "buy milk" }, context))).toEqual({
      actionItems: MEETING_ERRORS.actionItemsInvalid,
    });
  });

  it("accepts durations from 15 minutes to 8 hours only, in whole minutes", () => {
    for (const [duration, ok] of [
      ["15", true],
      ["480", true],
      ["14", false],
      ["481", false],
      ["45.5", false],
      ["an hour", false],
      ["", false],
    ] as const) {
      expect(validateSessionLog({ date: "2026-03-24", duration }, context).ok, duration).toBe(ok);
    }
  });
});

describe("a logged session's time", () => {
  it("is its local date and time in the pair's zone, across the change of clocks", () => {
    expect(utc(sessionHeldAt({ date: "2026-03-30", time: "10:00" }, MADRID))).toBe("2026-03-30T08:00:00.000Z");
    expect(utc(sessionHeldAt({ date: "2026-03-27", time: "10:00" }, MADRID))).toBe("2026-03-27T09:00:00.000Z");
    expect(utc(sessionHeldAt({ date: "2026-03-27", time: null }, MADRID))).toBe("2026-03-26T23:00:00.000Z");
  });
});

describe("who belongs to a pair", () => {
  const pair = { mentorPersonId: ANA, menteePersonId: BRUNO };

  it("is only its two partners, so nobody logs for another pair", () => {
    expect(partnerIds(pair)).toEqual([ANA, BRUNO]);
    expect(isPartner(pair, BRUNO)).toBe(true);
    expect(isPartner(pair, "person-carla")).toBe(false);
  });
});
