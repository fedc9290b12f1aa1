import { describe, expect, it } from "vitest";
import { attendanceRate, meetsThreshold, pairProgress, plenaryPlan } from "../../../src/domain/meetings";
import { at, MADRID, SANTIAGO, wall } from "./time";

const cohort = {
  startsAt: at("2026-03-02 00:00", MADRID),
  endsAt: new Date(at("2026-06-16 00:00", MADRID).getTime() - 1),
  plenaryCount: 7,
  timeZone: MADRID,
};

describe("the plenary plan", () => {
  it("puts seven plenaries 15 days apart from the first day at 10:00 in the cohort's zone, weekends moved to Monday", () => {
    const plan = plenaryPlan(cohort);
    expect(plan.map((p) => wall(p.startsAt, MADRID))).toEqual([
      "2026-03-02 Mon 10:00",
      "2026-03-17 Tue 10:00",
      "2026-04-01 Wed 10:00",
      "2026-04-16 Thu 10:00",
      "2026-05-01 Fri 10:00",
      "2026-05-18 Mon 10:00",
      "2026-06-01 Mon 10:00",
    ]);
    expect(plan.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(plan.every((p) => p.durationMinutes === 150)).toBe(true);
    // 10:00 local is 09:00 UTC in winter and 08:00 UTC in summer.
    expect(plan[1]!.startsAt.toISOString()).toBe("2026-03-17T09:00:00.000Z");
    expect(plan[2]!.startsAt.toISOString()).toBe("2026-04-01T08:00:00.000Z");
  });

  it("spreads them evenly, on weekdays and inside the cohort, when 15 days apart do not fit", () => {
    const short = { ...cohort, endsAt: new Date(at("2026-04-13 00:00", MADRID).getTime() - 1) };
    const plan = plenaryPlan(short);
    expect(plan.map((p) => wall(p.startsAt, MADRID))).toEqual([
      "2026-03-02 Mon 10:00",
      "2026-03-09 Mon 10:00",
      "2026-03-16 Mon 10:00",
      "2026-03-23 Mon 10:00",
      "2026-03-30 Mon 10:00",
      "2026-04-06 Mon 10:00",
      "2026-04-10 Fri 10:00",
    ]);
  });

  it("never starts before the cohort nor ends after it", () => {
    const plan = plenaryPlan({
      ...cohort,
      startsAt: at("2026-03-02 12:00", MADRID),
      endsAt: at("2026-03-06 11:00", MADRID),
      plenaryCount: 7,
    });
    // Monday 10:00 is before the start, Friday's would end at 12:30, after the end: three days are left.
    expect(plan.map((p) => wall(p.startsAt, MADRID))).toEqual([
      "2026-03-03 Tue 10:00",
      "2026-03-04 Wed 10:00",
      "2026-03-05 Thu 10:00",
    ]);
  });

  it("keeps 10:00 in Santiago across its April change", () => {
    const plan = plenaryPlan({
      startsAt: at("2026-03-16 00:00", SANTIAGO),
      endsAt: at("2026-05-01 00:00", SANTIAGO),
      plenaryCount: 3,
      timeZone: SANTIAGO,
    });
    expect(plan.map((p) => p.startsAt.toISOString())).toEqual([
      "2026-03-16T13:00:00.000Z",
      "2026-03-31T13:00:00.000Z",
      "2026-04-15T14:00:00.000Z",
    ]);
  });

  it("is empty for a cohort without plenaries", () => {
    expect(plenaryPlan({ ...cohort, plenaryCount: 0 })).toEqual([]);
  });
});

describe("attendance", () => {
  it("is the share of the plenaries held so far", () => {
    expect(attendanceRate(6, 7)).toBeCloseTo(85.714, 2);
    expect(attendanceRate(0, 3)).toBe(0);
    expect(attendanceRate(0, 0)).toBeNull();
  });

  it("meets the threshold at exactly the percentage, not a rounding below it", () => {
    expect(meetsThreshold(6, 7, 85)).toBe(true);
    expect(meetsThreshold(5, 7, 85)).toBe(false);
    expect(meetsThreshold(17, 20, 85)).toBe(true);
    expect(meetsThreshold(16, 20, 85)).toBe(false);
    expect(meetsThreshold(0, 0, 85)).toBe(true);
  });
});

describe("a participant's progress", () => {
  it("shows sessions against the minimum and attendance against the threshold", () => {
    expect(
      pairProgress({ sessionsLogged: 3, minSessions: 4, plenariesAttended: 6, plenariesHeld: 7, threshold: 85 }),
    ).toEqual({
      sessions: { logged: 3, required: 4, remaining: 1, met: false },
      attendance: { attended: 6, held: 7, percent: 85, threshold: 85, met: true },
      onTrack: false,
    });
  });

  it("is on track once both are met, and shows no percentage before the first plenary", () => {
    const progress = pairProgress({
      sessionsLogged: 5,
      minSessions: 4,
      plenariesAttended: 0,
      plenariesHeld: 0,
      threshold: 85,
    });
    expect(progress.sessions).toEqual({ logged: 5, required: 4, remaining: 0, met: true });
    expect(progress.attendance.percent).toBeNull();
    expect(progress.onTrack).toBe(true);
  });

  it("never shows a percentage that rounds up past the threshold", () => {
    expect(
      pairProgress({ sessionsLogged: 0, minSessions: 4, plenariesAttended: 29, plenariesHeld: 100, threshold: 30 })
        .attendance,
    ).toMatchObject({ percent: 29, met: false });
    expect(
      pairProgress({ sessionsLogged: 0, minSessions: 4, plenariesAttended: 169, plenariesHeld: 200, threshold: 85 })
        .attendance,
    ).toMatchObject({ percent: 84, met: false });
  });
});
