import { describe, expect, it } from "vitest";
import type { Cohort } from "../../../src/domain/cohorts/cohort";
import type { PairRecord } from "../../../src/domain/pairing/proposal";
import { missingRequirements, planCompleted } from "../../../src/domain/reporting/certificates";
import type { CohortActivity } from "../../../src/domain/reporting/cohort-activity";
import { cohortOverview } from "../../../src/domain/reporting/cohort-overview";
import { cohortValue } from "../../support/builders";

const DAY = 86_400_000;
const start = new Date("2027-01-04T08:00:00Z");
const cohort: Cohort = cohortValue({ startsAt: start, endsAt: new Date(start.getTime() + 105 * DAY) });
const pair = (id: string, mentor: string, mentee: string): PairRecord => ({
  id,
  cohortId: "c1",
  proposalId: "x",
  mentorApplicationId: `a-${mentor}`,
  menteeApplicationId: `a-${mentee}`,
  mentorPersonId: mentor,
  menteePersonId: mentee,
  score: 1,
  reasons: [],
  status: "active",
  createdAt: start,
});
const at = (days: number) => new Date(start.getTime() + days * DAY);

describe("the coordinator's view of a cohort", () => {
  const activity: CohortActivity = {
    sessions: [
      { pairId: "p1", startsAt: at(10), status: "held" },
      { pairId: "p1", startsAt: at(24), status: "held" },
      { pairId: "p1", startsAt: at(40), status: "scheduled" },
      { pairId: "p3", startsAt: at(3), status: "held" },
    ],
    pairFlags: [
      { pairId: "p1", atRisk: false, consecutiveMisses: 0, pausedUntil: null },
      { pairId: "p2", atRisk: false, consecutiveMisses: 0, pausedUntil: null },
      { pairId: "p3", atRisk: true, consecutiveMisses: 2, pausedUntil: null },
    ],
    openHelpRequests: [{ pairId: "p1", createdAt: at(20) }],
    plenaries: [
      { id: "pl1", number: 1, startsAt: at(1), durationMinutes: 150, attendedPersonIds: ["m1", "e1", "m2"] },
      { id: "pl2", number: 2, startsAt: at(16), durationMinutes: 150, attendedPersonIds: ["m1", "e1"] },
      { id: "pl3", number: 3, startsAt: at(31), durationMinutes: 150, attendedPersonIds: [] },
    ],
    goals: [
      { pairId: "p1", picked: true, phasesDone: 2 },
      { pairId: "p1", picked: false, phasesDone: 0 },
      { pairId: "p2", picked: true, phasesDone: 1 },
    ],
  };
  const overview = cohortOverview(
    cohort,
    [],
    [pair("p1", "m1", "e1"), pair("p2", "m2", "e2"), pair("p3", "m3", "e3")],
    activity,
    [],
    at(30),
  );

  it("counts sessions held against those the cadence asks for by now", () => {
    expect(overview.pairs.map((p) => [p.pairId, p.held, p.due])).toEqual([
      ["p1", 2, 2],
      ["p2", 0, 2],
      ["p3", 1, 2],
    ]);
    expect(overview.pairs[0]!.nextAt).toEqual(at(40));
    expect(overview).toMatchObject({ sessionsHeld: 3, sessionsDue: 6 });
  });

  it("puts a pair at risk after three quiet weeks, missed check-ins, or a request for help", () => {
    expect(overview.pairs.map((p) => [p.pairId, p.risks])).toEqual([
      ["p1", ["help-requested"]],
      ["p2", ["quiet"]],
      ["p3", ["quiet", "missed-check-ins"]],
    ]);
    const paused = cohortOverview(
      cohort,
      [],
      [pair("p2", "m2", "e2")],
      { ...activity, pairFlags: [{ pairId: "p2", atRisk: false, consecutiveMisses: 0, pausedUntil: at(40) }] },
      [],
      at(30),
    );
    expect(paused.atRisk).toEqual([]);
  });

  it("counts plenary attendance over the plenaries held so far", () => {
    expect(overview.plenaries.map((p) => [p.number, p.attended, p.expected])).toEqual([
      [1, 3, 6],
      [2, 2, 6],
    ]);
    expect(overview.attendanceRate).toBe(42);
  });

  it("groups sessions held by week for the chart", () => {
    expect(overview.sessionsByWeek.slice(0, 5)).toEqual([
      { week: "2027-01-04", held: 1 },
      { week: "2027-01-11", held: 1 },
      { week: "2027-01-18", held: 0 },
      { week: "2027-01-25", held: 1 },
      { week: "2027-02-01", held: 0 },
    ]);
  });

  it("knows what each participant still needs for the certificate", () => {
    const m1 = overview.participants.find((p) => p.personId === "m1")!;
    expect(m1).toMatchObject({
      sessionsHeld: 2,
      plenariesAttended: 2,
      plenariesHeld: 2,
      attendanceRate: 100,
      planCompleted: true,
      finalAnswered: false,
    });
    expect(missingRequirements(m1)).toEqual(["sessions", "evaluation"]);
    const m2 = overview.participants.find((p) => p.personId === "m2")!;
    expect(missingRequirements(m2)).toEqual(["attendance", "sessions", "plan", "evaluation"]);
    expect(missingRequirements({ ...m1, sessionsHeld: 4, finalAnswered: true })).toEqual([]);
  });

  it("counts a plan done when goals were picked and each one's first step and main action are done", () => {
    expect(planCompleted([])).toBe(false);
    expect(planCompleted([{ picked: false, phasesDone: 3 }])).toBe(false);
    expect(
      planCompleted([
        { picked: true, phasesDone: 2 },
        { picked: false, phasesDone: 0 },
      ]),
    ).toBe(true);
    expect(
      planCompleted([
        { picked: true, phasesDone: 2 },
        { picked: true, phasesDone: 1 },
      ]),
    ).toBe(false);
  });
});
