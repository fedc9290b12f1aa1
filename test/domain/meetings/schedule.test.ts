import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  cadenceNudgeDates,
  checkInAt,
  MAX_SLOTS,
  MEETING_ERRORS,
  nextReachableMoment,
  nextSessionDue,
  reminderAt,
  reminderEarliestAt,
  sessionSlots,
  sessionTimeError,
  type PartnerHours,
  type SlotSearch,
} from "../../../src/domain/meetings";
import { at, MADRID, madrid, OFFICE, SANTIAGO, santiago, utc, wall } from "./time";

const HOUR = 3_600_000;

function search(overrides: Partial<SlotSearch>): SlotSearch {
  return {
    partners: [madrid, santiago],
    from: new Date("2026-03-23T00:00:00Z"),
    days: 7,
    durationMinutes: 60,
    notBefore: new Date("2026-03-01T00:00:00Z"),
    notAfter: new Date("2026-12-31T00:00:00Z"),
    now: new Date("2026-03-20T00:00:00Z"),
    ...overrides,
  };
}

/** Slots grouped by UTC date: "2026-03-23" → ["12:00", "12:30", …]. */
function byUtcDay(slots: Date[]): Record<string, string[]> {
  const days: Record<string, string[]> = {};
  for (const slot of slots) {
    const [day, time] = slot.toISOString().slice(0, 16).split("T") as [string, string];
    (days[day] ??= []).push(time);
  }
  return days;
}

function insideHours(start: Date, minutes: number, person: PartnerHours): boolean {
  const from = DateTime.fromJSDate(start, { zone: person.timeZone });
  const to = from.plus({ minutes });
  return (
    person.hours.days.includes(from.weekday) &&
    from.toISODate() === to.toISODate() &&
    from.toFormat("HH:mm") >= person.hours.start &&
    to.toFormat("HH:mm") <= person.hours.end
  );
}

describe("session slots for a Madrid and a Santiago partner (both 09:00–17:00, Monday to Friday)", () => {
  it("offers the four shared hours of a March week, when Madrid is UTC+1 and Santiago UTC−3", () => {
    const days = byUtcDay(sessionSlots(search({ from: new Date("2026-03-23T00:00:00Z"), days: 5 })));
    expect(Object.keys(days)).toEqual(["2026-03-23", "2026-03-24", "2026-03-25", "2026-03-26", "2026-03-27"]);
    expect(days["2026-03-23"]).toEqual(["12:00", "12:30", "13:00", "13:30", "14:00", "14:30", "15:00"]);
  });

  it("loses an hour when Madrid moves its clocks on the last Sunday of March, and another when Santiago moves on the first Sunday of April", () => {
    const slots = sessionSlots(search({ from: new Date("2026-03-23T00:00:00Z"), days: 21 }));
    const days = byUtcDay(slots);
    // Madrid 13:00–17:00 = Santiago 09:00–13:00.
    expect(days["2026-03-27"]).toEqual(["12:00", "12:30", "13:00", "13:30", "14:00", "14:30", "15:00"]);
    // From 29 March Madrid is UTC+2: 14:00–17:00 Madrid = 09:00–12:00 Santiago.
    expect(days["2026-03-30"]).toEqual(["12:00", "12:30", "13:00", "13:30", "14:00"]);
    // From 5 April Santiago is UTC−4: 15:00–17:00 Madrid = 09:00–11:00 Santiago.
    expect(days["2026-04-06"]).toEqual(["13:00", "13:30", "14:00"]);
    expect(wall(slots.find((slot) => slot.toISOString().startsWith("2026-04-06"))!, SANTIAGO)).toBe(
      "2026-04-06 Mon 09:00",
    );
    expect(wall(slots.find((slot) => slot.toISOString().startsWith("2026-04-06"))!, MADRID)).toBe(
      "2026-04-06 Mon 15:00",
    );
  });

  it("follows Santiago's offset change on the Sunday itself for people who work that day", () => {
    const everyDay = { ...OFFICE, days: [1, 2, 3, 4, 5, 6, 7] };
    const partners = [
      { timeZone: MADRID, hours: everyDay },
      { timeZone: SANTIAGO, hours: everyDay },
    ] as const;
    const days = byUtcDay(sessionSlots(search({ partners, from: new Date("2026-04-04T00:00:00Z"), days: 2 })));
    // Saturday: Santiago still UTC−3, so 09:00 there is 12:00 UTC; Sunday: UTC−4, 09:00 is 13:00 UTC.
    expect(days["2026-04-04"]?.[0]).toBe("12:00");
    expect(days["2026-04-05"]?.[0]).toBe("13:00");
    expect(days["2026-04-05"]?.at(-1)).toBe("14:00");
  });

  it("gains the hours back in September (Santiago, first Sunday) and October (Madrid, last Sunday)", () => {
    const days = byUtcDay(sessionSlots(search({ from: new Date("2026-08-31T00:00:00Z"), days: 63, limit: 1000 })));
    expect(days["2026-09-04"]).toEqual(["13:00", "13:30", "14:00"]);
    expect(days["2026-09-07"]).toEqual(["12:00", "12:30", "13:00", "13:30", "14:00"]);
    expect(days["2026-10-23"]).toEqual(["12:00", "12:30", "13:00", "13:30", "14:00"]);
    expect(days["2026-10-26"]).toEqual(["12:00", "12:30", "13:00", "13:30", "14:00", "14:30", "15:00"]);
  });

  it("only offers times inside both partners' working hours, on a working day of each", () => {
    const early = { timeZone: MADRID, hours: { start: "08:00", end: "18:30", days: [1, 2, 3, 4] } };
    const late = { timeZone: SANTIAGO, hours: { start: "08:00", end: "17:00", days: [2, 3, 4, 5] } };
    const slots = sessionSlots(
      search({
        partners: [early, late],
        from: new Date("2026-03-16T00:00:00Z"),
        days: 42,
        durationMinutes: 45,
        stepMinutes: 15,
        limit: 1000,
      }),
    );
    expect(slots.length).toBeGreaterThan(20);
    for (const slot of slots) {
      expect(insideHours(slot, 45, early), wall(slot, MADRID)!).toBe(true);
      expect(insideHours(slot, 45, late), wall(slot, SANTIAGO)!).toBe(true);
    }
    // Monday (only Madrid works) and Friday (only Santiago works) are never offered.
    expect(
      slots.map((slot) => DateTime.fromJSDate(slot, { zone: MADRID }).weekday).filter((day) => day === 1 || day === 5),
    ).toEqual([]);
  });

  it("offers nothing in the past: today's slots start on the grid after now", () => {
    const now = new Date("2026-03-25T13:10:00Z");
    const days = byUtcDay(sessionSlots(search({ now, from: new Date("2026-03-23T00:00:00Z"), days: 5 })));
    expect(days["2026-03-24"]).toBeUndefined();
    expect(days["2026-03-25"]).toEqual(["13:30", "14:00", "14:30", "15:00"]);
  });

  it("offers nothing before the cohort starts nor ending after it ends", () => {
    const slots = sessionSlots(
      search({ notBefore: at("2026-03-26 00:00", MADRID), notAfter: new Date("2026-03-27T15:30:00Z"), days: 14 }),
    );
    const days = byUtcDay(slots);
    expect(Object.keys(days)).toEqual(["2026-03-26", "2026-03-27"]);
    expect(days["2026-03-27"]?.at(-1)).toBe("14:30");
  });

  it("only offers a long session where it fits whole", () => {
    const days = byUtcDay(
      sessionSlots(search({ from: new Date("2026-03-23T00:00:00Z"), days: 14, durationMinutes: 240 })),
    );
    // Four shared hours before Madrid's change, three after: a 4-hour session fits only in the first week.
    expect(days).toEqual({
      "2026-03-23": ["12:00"],
      "2026-03-24": ["12:00"],
      "2026-03-25": ["12:00"],
      "2026-03-26": ["12:00"],
      "2026-03-27": ["12:00"],
    });
  });

  it("stops at the limit Slack's select can show, earliest first", () => {
    const slots = sessionSlots(search({ days: 60 }));
    expect(slots).toHaveLength(MAX_SLOTS);
    expect(slots.map((slot) => slot.getTime())).toEqual([...slots.map((slot) => slot.getTime())].sort((a, b) => a - b));
    expect(sessionSlots(search({ days: 60, limit: 3 })).map(utc)).toEqual([
      "2026-03-23T12:00:00.000Z",
      "2026-03-23T12:30:00.000Z",
      "2026-03-23T13:00:00.000Z",
    ]);
  });

  it("offers nothing to partners whose working days never meet", () => {
    const monday = { timeZone: MADRID, hours: { ...OFFICE, days: [1] } };
    const friday = { timeZone: SANTIAGO, hours: { ...OFFICE, days: [5] } };
    expect(sessionSlots(search({ partners: [monday, friday], days: 28 }))).toEqual([]);
  });
});

describe("choosing a session time", () => {
  const bounds = {
    now: new Date("2026-03-25T10:00:00Z"),
    cohortStartsAt: new Date("2026-03-02T00:00:00Z"),
    cohortEndsAt: new Date("2026-06-14T22:00:00Z"),
  };

  it("accepts a future time inside the cohort and says why any other is refused", () => {
    expect(sessionTimeError(new Date("2026-04-01T12:00:00Z"), 60, bounds)).toBeNull();
    expect(sessionTimeError(new Date("2026-03-25T09:00:00Z"), 60, bounds)).toBe(MEETING_ERRORS.dateInPast);
    expect(
      sessionTimeError(new Date("2026-03-01T12:00:00Z"), 60, { ...bounds, now: new Date("2026-02-01T00:00:00Z") }),
    ).toBe(MEETING_ERRORS.dateBeforeCohort);
    expect(sessionTimeError(new Date("2026-06-14T21:30:00Z"), 60, bounds)).toBe(MEETING_ERRORS.dateAfterCohort);
    expect(sessionTimeError(new Date("not a date"), 60, bounds)).toBe(MEETING_ERRORS.dateInvalid);
  });
});

describe("the cadence", () => {
  it("puts the next session a cadence of calendar days later, at the same local time across a change", () => {
    const due = nextSessionDue(at("2026-03-20 10:00", MADRID), 14, MADRID);
    expect(wall(due, MADRID)).toBe("2026-04-03 Fri 10:00");
    expect(utc(due)).toBe("2026-04-03T08:00:00.000Z");
  });

  it("nudges a pair with no date on each due day at 10:00 local until the cohort ends", () => {
    const plan = {
      since: at("2026-03-02 15:00", MADRID),
      cadenceDays: 14,
      cohortEndsAt: at("2026-04-30 23:59", MADRID),
      now: at("2026-03-02 15:00", MADRID),
    };
    expect(cadenceNudgeDates({ ...plan, person: madrid }).map((date) => wall(date, MADRID))).toEqual([
      "2026-03-16 Mon 10:00",
      "2026-03-30 Mon 10:00",
      "2026-04-13 Mon 10:00",
      "2026-04-27 Mon 10:00",
    ]);
    // The Santiago partner gets theirs at 10:00 Santiago time, on both sides of its April change.
    expect(cadenceNudgeDates({ ...plan, person: santiago }).map(utc)).toEqual([
      "2026-03-16T13:00:00.000Z",
      "2026-03-30T13:00:00.000Z",
      "2026-04-13T14:00:00.000Z",
      "2026-04-27T14:00:00.000Z",
    ]);
  });

  it("moves a nudge due on a day off to the next working day, and skips the ones already past", () => {
    const plan = {
      since: at("2026-03-07 12:00", MADRID),
      cadenceDays: 14,
      cohortEndsAt: at("2026-05-31 23:59", MADRID),
      person: madrid,
    };
    expect(
      cadenceNudgeDates({ ...plan, now: at("2026-03-25 00:00", MADRID) }).map((date) => wall(date, MADRID)),
    ).toEqual(["2026-04-06 Mon 10:00", "2026-04-20 Mon 10:00", "2026-05-04 Mon 10:00", "2026-05-18 Mon 10:00"]);
  });

  it("starts again from the last logged session", () => {
    const nudges = cadenceNudgeDates({
      since: at("2026-04-08 16:00", MADRID),
      cadenceDays: 14,
      cohortEndsAt: at("2026-05-10 23:59", MADRID),
      person: madrid,
      now: at("2026-04-08 17:00", MADRID),
    });
    expect(nudges.map((date) => wall(date, MADRID))).toEqual(["2026-04-22 Wed 10:00", "2026-05-06 Wed 10:00"]);
  });
});

describe("reminders before a session", () => {
  const longBefore = new Date("2026-03-01T00:00:00Z");

  it("may go up to an hour early when a wave needs it (09:00 for 10:00), but a late one keeps its time", () => {
    const session = at("2026-03-31 15:00", MADRID);
    const due = reminderAt(session, madrid, longBefore)!;
    expect(wall(reminderEarliestAt(due, session, longBefore)!, MADRID)).toBe("2026-03-30 Mon 09:00");
    // Booked at 09:30 the day before: never before the booking.
    const booking = at("2026-03-30 09:30", MADRID);
    expect(wall(reminderEarliestAt(due, session, booking)!, MADRID)).toBe("2026-03-30 Mon 09:30");
    // Booked the same morning: the reminder goes now, with no window.
    const sameDay = at("2026-03-31 11:00", MADRID);
    const late = reminderAt(session, madrid, sameDay)!;
    expect(reminderEarliestAt(late, session, sameDay)).toBeUndefined();
  });

  it("go out the working day before, at 10:00 local", () => {
    expect(wall(reminderAt(at("2026-03-31 15:00", MADRID), madrid, longBefore), MADRID)).toBe("2026-03-30 Mon 10:00");
    // A Monday session: the Friday before, not the Sunday.
    expect(wall(reminderAt(at("2026-03-30 10:00", MADRID), madrid, longBefore), MADRID)).toBe("2026-03-27 Fri 10:00");
  });

  it("stay at 10:00 local across Madrid's March change (not 72 hours before in UTC)", () => {
    // Friday 27 March is UTC+1, the Monday session is UTC+2.
    expect(utc(reminderAt(at("2026-03-30 10:00", MADRID), madrid, longBefore))).toBe("2026-03-27T09:00:00.000Z");
  });

  it("stay at 10:00 local across Santiago's changes in April and September", () => {
    expect(utc(reminderAt(at("2026-04-06 10:00", SANTIAGO), santiago, longBefore))).toBe("2026-04-03T13:00:00.000Z");
    expect(utc(reminderAt(at("2026-09-07 10:00", SANTIAGO), santiago, new Date("2026-08-01T00:00:00Z")))).toBe(
      "2026-09-04T14:00:00.000Z",
    );
  });

  it("use the Sunday of Santiago's change, at 10:00 on that day's new offset, for someone who works Sundays", () => {
    const everyDay = { timeZone: SANTIAGO, hours: { ...OFFICE, days: [1, 2, 3, 4, 5, 6, 7] } };
    expect(utc(reminderAt(at("2026-04-06 11:00", SANTIAGO), everyDay, longBefore))).toBe("2026-04-05T14:00:00.000Z");
    expect(utc(reminderAt(at("2026-04-05 11:00", SANTIAGO), everyDay, longBefore))).toBe("2026-04-04T13:00:00.000Z");
  });

  it("move 10:00 into the person's hours when they do not work then", () => {
    const afternoons = { timeZone: MADRID, hours: { start: "12:00", end: "20:00", days: [1, 2, 3, 4, 5] } };
    const earlyBirds = { timeZone: MADRID, hours: { start: "06:00", end: "09:30", days: [1, 2, 3, 4, 5] } };
    expect(wall(reminderAt(at("2026-03-26 15:00", MADRID), afternoons, longBefore), MADRID)).toBe(
      "2026-03-25 Wed 12:00",
    );
    expect(wall(reminderAt(at("2026-03-26 08:00", MADRID), earlyBirds, longBefore), MADRID)).toBe(
      "2026-03-25 Wed 09:00",
    );
  });

  describe("when the session is booked too late for that", () => {
    const session = at("2026-03-31 15:00", MADRID);

    it("go out at once if the person is at work, rather than at their next start", () => {
      // Monday 10:00, the usual time, has just passed; Tuesday 09:00 would also come before the session.
      const now = at("2026-03-30 11:20", MADRID);
      expect(reminderAt(session, madrid, now)).toEqual(now);
    });

    it("wait for the start of their next working period if that is still before the session", () => {
      expect(wall(reminderAt(session, madrid, at("2026-03-30 19:00", MADRID)), MADRID)).toBe("2026-03-31 Tue 09:00");
    });

    it("go out at once in the evening when the session comes before their next working period", () => {
      const now = at("2026-03-27 19:00", MADRID);
      expect(reminderAt(at("2026-03-28 12:00", MADRID), madrid, now)).toEqual(now);
    });

    it("are skipped at night when the session comes before their next working period", () => {
      expect(reminderAt(at("2026-03-31 08:30", MADRID), madrid, at("2026-03-30 23:00", MADRID))).toBeNull();
    });

    it("are skipped once the session has started", () => {
      expect(reminderAt(session, madrid, session)).toBeNull();
      expect(reminderAt(session, madrid, new Date(session.getTime() + HOUR))).toBeNull();
    });
  });

  it("never fall between 21:00 and 08:00 local, before now or after the session, across both springs' changes", () => {
    const people: PartnerHours[] = [
      madrid,
      santiago,
      { timeZone: SANTIAGO, hours: { start: "05:00", end: "23:00", days: [1, 2, 3, 4, 5, 6, 7] } },
      { timeZone: MADRID, hours: { start: "14:00", end: "22:30", days: [2, 4, 6] } },
    ];
    const seen = { scheduled: 0, immediate: 0, none: 0 };
    for (const person of people) {
      for (
        let session = Date.parse("2026-03-27T01:00:00Z");
        session < Date.parse("2026-04-08T00:00:00Z");
        session += 11 * HOUR
      ) {
        for (let now = session - 60 * HOUR; now < session; now += 7 * HOUR) {
          const reminder = reminderAt(new Date(session), person, new Date(now));
          if (reminder === null) {
            seen.none++;
            continue;
          }
          if (reminder.getTime() === now) seen.immediate++;
          else seen.scheduled++;
          const local = DateTime.fromJSDate(reminder, { zone: person.timeZone });
          expect(
            local.hour >= 8 && local.hour < 21,
            `${local.toISO()} for a session at ${new Date(session).toISOString()}`,
          ).toBe(true);
          expect(reminder.getTime()).toBeGreaterThanOrEqual(now);
          expect(reminder.getTime()).toBeLessThan(session);
        }
      }
    }
    // The sweep went through every branch, so the checks above saw each kind of answer.
    expect(seen.scheduled).toBeGreaterThan(50);
    expect(seen.immediate).toBeGreaterThan(50);
    expect(seen.none).toBeGreaterThan(10);
  });
});

describe("the check-in after a session", () => {
  it("comes an hour after the session ends while the person is still at work", () => {
    expect(wall(checkInAt(at("2026-03-25 10:00", MADRID), 60, madrid, at("2026-03-25 09:00", MADRID)), MADRID)).toBe(
      "2026-03-25 Wed 12:00",
    );
  });

  it("comes half an hour into their next working day when that hour is past their hours", () => {
    expect(wall(checkInAt(at("2026-03-25 15:30", MADRID), 60, madrid, at("2026-03-25 09:00", MADRID)), MADRID)).toBe(
      "2026-03-26 Thu 09:30",
    );
    expect(wall(checkInAt(at("2026-03-25 19:00", MADRID), 60, madrid, at("2026-03-25 09:00", MADRID)), MADRID)).toBe(
      "2026-03-26 Thu 09:30",
    );
  });

  it("waits over the weekend and the clock change, at 09:30 local on Monday", () => {
    expect(utc(checkInAt(at("2026-03-27 16:00", MADRID), 60, madrid, at("2026-03-27 09:00", MADRID)))).toBe(
      "2026-03-30T07:30:00.000Z",
    );
    expect(utc(checkInAt(at("2026-04-03 16:30", SANTIAGO), 60, santiago, at("2026-04-03 09:00", SANTIAGO)))).toBe(
      "2026-04-06T13:30:00.000Z",
    );
  });

  it("comes at once when it is planned late and the person is at work", () => {
    const now = at("2026-03-26 11:00", MADRID);
    expect(checkInAt(at("2026-03-25 10:00", MADRID), 60, madrid, now)).toEqual(now);
  });
});

describe("the next moment someone can be messaged", () => {
  it("is now during their hours, else the start of their next working period", () => {
    const now = at("2026-03-25 11:00", MADRID);
    expect(nextReachableMoment(madrid, now)).toEqual(now);
    expect(wall(nextReachableMoment(madrid, at("2026-03-27 18:00", MADRID)), MADRID)).toBe("2026-03-30 Mon 09:00");
  });

  it("is never for a zone that does not exist, rather than a guess at the wrong hour", () => {
    expect(nextReachableMoment({ timeZone: "Mars/Olympus", hours: OFFICE }, at("2026-03-25 11:00", MADRID))).toBeNull();
    expect(
      reminderAt(
        at("2026-03-31 15:00", MADRID),
        { timeZone: "Mars/Olympus", hours: OFFICE },
        new Date("2026-03-01T00:00:00Z"),
      ),
    ).toBeNull();
  });

  it("falls back to office hours when someone's hours are unusable", () => {
    const broken = { timeZone: MADRID, hours: { start: "17:00", end: "09:00", days: [] } };
    expect(wall(reminderAt(at("2026-03-31 15:00", MADRID), broken, new Date("2026-03-01T00:00:00Z")), MADRID)).toBe(
      "2026-03-30 Mon 10:00",
    );
  });
});
