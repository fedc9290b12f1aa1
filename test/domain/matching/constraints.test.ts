import { describe, expect, it } from "vitest";
import { matchCohort, utcOffsetMinutes } from "../../../src/domain/matching";
import { cohortInput, digitalMentor, JANUARY, JULY, pairsOf, seniorMentee } from "./builders";

/**
 * Every hard constraint, one at a time: the best pair (Ana → Luis) is ruled out by the rule, so
 * the engine must fall back to the other mentor (Marta → Luis), and allows it again when the rule
 * is off.
 */
describe("hard constraints", () => {
  // Marta is a slightly weaker mentor than Ana, so Ana → Luis is the first choice.
  const ana = (fields = {}) => digitalMentor("ana", fields);
  const marta = (fields = {}) =>
    digitalMentor("marta", {
      ratings: { spreadsheets: 4, "generative-ai": 4, "e-government": 1, presentations: 2 },
      ...fields,
    });
  const luis = (fields = {}) => seniorMentee("luis", fields);

  it("without a rule in the way, the best pair wins", () => {
    const result = matchCohort(cohortInput([ana(), marta(), luis()]));
    expect(pairsOf(result)).toEqual(["ana→luis"]);
  });

  it("not the same manager", () => {
    const input = cohortInput([ana({ managerId: "boss" }), marta({ managerId: "other" }), luis({ managerId: "boss" })]);
    expect(pairsOf(matchCohort(input))).toEqual(["marta→luis"]);
    expect(pairsOf(matchCohort({ ...input, rules: { ...input.rules, avoidSameManager: false } }))).toEqual([
      "ana→luis",
    ]);
  });

  it("not in a reporting line, either way round", () => {
    const mentorManagesMentee = cohortInput([ana(), marta(), luis({ managerId: "person-ana" })]);
    expect(pairsOf(matchCohort(mentorManagesMentee))).toEqual(["marta→luis"]);
    const menteeManagesMentor = cohortInput([ana({ managerId: "person-luis" }), marta(), luis()]);
    expect(pairsOf(matchCohort(menteeManagesMentor))).toEqual(["marta→luis"]);
    expect(
      pairsOf(
        matchCohort({ ...menteeManagesMentor, rules: { ...menteeManagesMentor.rules, avoidSameManager: false } }),
      ),
    ).toEqual(["ana→luis"]);
  });

  it("not the same department, when the cohort says so (an unknown department never clashes)", () => {
    const input = cohortInput(
      [ana({ department: "finance" }), marta({ department: "legal" }), luis({ department: "finance" })],
      { rules: { avoidSameDepartment: true } },
    );
    expect(pairsOf(matchCohort(input))).toEqual(["marta→luis"]);
    expect(pairsOf(matchCohort({ ...input, rules: { ...input.rules, avoidSameDepartment: false } }))).toEqual([
      "ana→luis",
    ]);
    const unknown = cohortInput([ana({ department: "" }), marta(), luis({ department: "" })], {
      rules: { avoidSameDepartment: true },
    });
    expect(pairsOf(matchCohort(unknown))).toEqual(["ana→luis"]);
  });

  it("a language in common (codes compared case-insensitively)", () => {
    const input = cohortInput([
      ana({ languages: ["en"] }),
      marta({ languages: ["ES", "en"] }),
      luis({ languages: ["es"] }),
    ]);
    expect(pairsOf(matchCohort(input))).toEqual(["marta→luis"]);
    expect(pairsOf(matchCohort({ ...input, rules: { ...input.rules, requireSharedLanguage: false } }))).toEqual([
      "ana→luis",
    ]);
  });

  it("at least minOverlapMinutes of working time in common", () => {
    // Same zone: Ana works 07:00–09:30, Luis 09:00–17:00: 30 minutes together.
    const input = cohortInput([
      ana({ workingHours: { start: "07:00", end: "09:30", days: [1, 2, 3, 4, 5] } }),
      marta(),
      luis(),
    ]);
    expect(pairsOf(matchCohort(input))).toEqual(["marta→luis"]);
    expect(pairsOf(matchCohort({ ...input, rules: { ...input.rules, minOverlapMinutes: 30 } }))).toEqual(["ana→luis"]);
    expect(pairsOf(matchCohort({ ...input, rules: { ...input.rules, minOverlapMinutes: 0 } }))).toEqual(["ana→luis"]);
  });

  it("overlap is on a common working day: the same hours on different days do not count", () => {
    const input = cohortInput([ana({ workingHours: { start: "09:00", end: "17:00", days: [6, 7] } }), marta(), luis()]);
    expect(pairsOf(matchCohort(input))).toEqual(["marta→luis"]);
  });

  it("across time zones, daylight saving included (the reference date decides)", () => {
    // Ana in Madrid 09:00–14:00, Luis in Santiago 08:00–12:00.
    // January: Madrid UTC+1 (08–13 UTC), Santiago UTC−3 (11–15 UTC): two hours together.
    // July: Madrid UTC+2 (07–12 UTC), Santiago UTC−4 (12–16 UTC): none.
    expect(utcOffsetMinutes("Europe/Madrid", JANUARY)).toBe(60);
    expect(utcOffsetMinutes("America/Santiago", JANUARY)).toBe(-180);
    expect(utcOffsetMinutes("Europe/Madrid", JULY)).toBe(120);
    expect(utcOffsetMinutes("America/Santiago", JULY)).toBe(-240);
    const input = cohortInput([
      ana({ workingHours: { start: "09:00", end: "14:00", days: [1, 2, 3, 4, 5] } }),
      marta({ timeZone: "America/Santiago" }),
      luis({ timeZone: "America/Santiago", workingHours: { start: "08:00", end: "12:00", days: [1, 2, 3, 4, 5] } }),
    ]);
    const january = matchCohort({ ...input, referenceDate: JANUARY });
    expect(pairsOf(january)).toEqual(["ana→luis"]);
    expect(january.pairs[0]!.reasons).toContainEqual({ kind: "overlap", minutes: 120 });
    expect(pairsOf(matchCohort({ ...input, referenceDate: JULY }))).toEqual(["marta→luis"]);
  });

  it("across the date line: an evening in New York is the next morning in Tokyo", () => {
    // New York 19:00–23:00 on Monday (January, UTC−5) is Tuesday 00:00–04:00 UTC; Tokyo 09:00–18:00
    // (UTC+9) is 00:00–09:00 UTC the same day.
    const tokyo = (days: number[]) =>
      luis({ timeZone: "Asia/Tokyo", workingHours: { start: "09:00", end: "18:00", days } });
    const newYork = ana({ timeZone: "America/New_York", workingHours: { start: "19:00", end: "23:00", days: [1] } });
    const tuesday = matchCohort(cohortInput([newYork, tokyo([2])]));
    expect(pairsOf(tuesday)).toEqual(["ana→luis"]);
    expect(tuesday.pairs[0]!.reasons).toContainEqual({ kind: "overlap", minutes: 240 });
    expect(pairsOf(matchCohort(cohortInput([newYork, tokyo([1])])))).toEqual([]);
  });

  it("capacity: a mentor takes up to `capacity` mentees, one when the cohort allows no more", () => {
    const mentees = ["luis", "pedro", "raul"].map((id) => seniorMentee(id));
    const input = cohortInput([ana({ capacity: 2 }), ...mentees]);
    const result = matchCohort(input);
    expect(result.pairs.filter((p) => p.mentorId === "ana")).toHaveLength(2);
    expect(result.unmatched.map((u) => u.candidateId)).toHaveLength(1);
    const single = matchCohort({ ...input, rules: { ...input.rules, allowMultipleMentees: false } });
    expect(single.pairs).toHaveLength(1);
    expect(single.unmatched).toHaveLength(2);
  });

  it('a "both" person mentors one mentee at most, whatever their capacity', () => {
    const both = ana({ role: "both", capacity: 3 });
    const result = matchCohort(cohortInput([both, seniorMentee("luis"), seniorMentee("pedro")]));
    expect(result.pairs).toHaveLength(1);
  });

  it("exclusions rule a pair out in either direction", () => {
    const input = cohortInput([ana(), marta(), luis()], { exclusions: [{ a: "luis", b: "ana" }] });
    expect(pairsOf(matchCohort(input))).toEqual(["marta→luis"]);
  });

  it("no pair from an earlier cohort (by person, either direction), unless the cohort allows it", () => {
    const input = cohortInput([ana(), marta(), luis()], { pastPairs: [{ a: "person-luis", b: "person-ana" }] });
    expect(pairsOf(matchCohort(input))).toEqual(["marta→luis"]);
    expect(pairsOf(matchCohort({ ...input, rules: { ...input.rules, avoidRepeatPairs: false } }))).toEqual([
      "ana→luis",
    ]);
  });

  it("never pairs two applications of the same person", () => {
    const again = seniorMentee("luis-2", { personId: "person-ana" });
    expect(pairsOf(matchCohort(cohortInput([ana(), again])))).toEqual([]);
  });

  it("mentors do not mentor mentors, mentees are not mentored by mentees", () => {
    expect(matchCohort(cohortInput([ana(), marta()])).pairs).toEqual([]);
    expect(matchCohort(cohortInput([luis(), seniorMentee("pedro")])).pairs).toEqual([]);
  });
});
