import { describe, expect, it } from "vitest";
import { matchCohort, partnerOptions, type MatchCandidate, type MatchingResult } from "../../../src/domain/matching";
import { cohortInput, digitalMentor, pairsOf, person, seniorMentee } from "./builders";

/** Everyone is either in a pair or unmatched with a reason, exactly once. */
function expectEveryoneAccountedFor(candidates: MatchCandidate[], result: MatchingResult): void {
  const seen = [
    ...result.pairs.flatMap((p) => [p.mentorId, p.menteeId]),
    ...result.unmatched.map((u) => u.candidateId),
  ];
  expect(new Set(seen)).toEqual(new Set(candidates.map((c) => c.id)));
  expect(result.unmatched.every((u) => typeof u.reason.kind === "string")).toBe(true);
  const mentees = result.pairs.map((p) => p.menteeId);
  expect(new Set(mentees).size).toBe(mentees.length);
}

describe("reasons", () => {
  it("are data: skills with both ratings, the give-back, the shared language, the hours in common", () => {
    const result = matchCohort(cohortInput([digitalMentor("ana"), seniorMentee("luis")]));
    expect(result.pairs).toEqual([
      {
        mentorId: "ana",
        menteeId: "luis",
        score: 97,
        locked: false,
        reasons: [
          // "Ana rates AI assistants 5; Luis wants to learn them and rates them 1" (equal gaps: by skill id)
          { kind: "teaches", skillId: "generative-ai", mentorRating: 5, menteeRating: 1, menteeWants: true },
          { kind: "teaches", skillId: "spreadsheets", mentorRating: 5, menteeRating: 1, menteeWants: true },
          { kind: "gives-back", skillId: "e-government", menteeRating: 5, mentorRating: 1 },
          { kind: "shared-language", language: "es" },
          { kind: "overlap", minutes: 480 },
        ],
      },
    ]);
    expect(result.totalScore).toBe(97);
  });

  it("put what the mentee asked for before wider gaps they did not ask for", () => {
    const mentor = digitalMentor("ana", {
      ratings: { spreadsheets: 3, "generative-ai": 5, "e-government": 5, presentations: 5 },
    });
    const mentee = seniorMentee("luis", {
      ratings: { spreadsheets: 2, "generative-ai": 5, "e-government": 1, presentations: 1 },
      learns: ["spreadsheets"],
    });
    const [first, second] = matchCohort(cohortInput([mentor, mentee])).pairs[0]!.reasons;
    expect(first).toEqual({
      kind: "teaches",
      skillId: "spreadsheets",
      mentorRating: 3,
      menteeRating: 2,
      menteeWants: true,
    });
    expect(second).toMatchObject({ kind: "teaches", menteeWants: false, mentorRating: 5, menteeRating: 1 });
  });
});

describe("unmatched and bad input: always an explanation, never a crash", () => {
  it("no mentors at all", () => {
    const candidates = [seniorMentee("luis"), seniorMentee("pedro")];
    const result = matchCohort(cohortInput(candidates));
    expect(result.pairs).toEqual([]);
    expect(result.unmatched).toEqual([
      { candidateId: "luis", reason: { kind: "no-other-side" } },
      { candidateId: "pedro", reason: { kind: "no-other-side" } },
    ]);
  });

  it("no mentees at all", () => {
    const result = matchCohort(cohortInput([digitalMentor("ana"), digitalMentor("marta")]));
    expect(result.unmatched.map((u) => u.reason)).toEqual([{ kind: "no-other-side" }, { kind: "no-other-side" }]);
  });

  it("odd numbers: the one left over had compatible partners, taken by a better total", () => {
    const candidates = [
      digitalMentor("ana"),
      digitalMentor("marta"),
      seniorMentee("luis"),
      seniorMentee("pedro"),
      seniorMentee("raul"),
    ];
    const result = matchCohort(cohortInput(candidates, { rules: { allowMultipleMentees: false } }));
    expect(result.pairs).toHaveLength(2);
    expect(result.unmatched).toHaveLength(1);
    expect(result.unmatched[0]!.reason).toEqual({ kind: "partners-taken", compatible: 2 });
    expectEveryoneAccountedFor(candidates, result);
  });

  it("everyone excluded: no compatible partner, and which rule ruled them out", () => {
    const candidates = [digitalMentor("ana"), seniorMentee("luis"), seniorMentee("pedro")];
    const result = matchCohort(
      cohortInput(candidates, {
        exclusions: [
          { a: "ana", b: "luis" },
          { a: "pedro", b: "ana" },
        ],
      }),
    );
    expect(result.pairs).toEqual([]);
    expect(result.unmatched).toEqual([
      { candidateId: "ana", reason: { kind: "no-compatible-partner", blockedBy: { excluded: 2 } } },
      { candidateId: "luis", reason: { kind: "no-compatible-partner", blockedBy: { excluded: 1 } } },
      { candidateId: "pedro", reason: { kind: "no-compatible-partner", blockedBy: { excluded: 1 } } },
    ]);
  });

  it("a partner ruled out by two rules counts under both", () => {
    const candidates = [
      digitalMentor("ana", { languages: ["en"], managerId: "boss" }),
      seniorMentee("luis", { managerId: "boss" }),
    ];
    const result = matchCohort(cohortInput(candidates));
    expect(result.unmatched[0]).toEqual({
      candidateId: "ana",
      reason: { kind: "no-compatible-partner", blockedBy: { "same-manager": 1, "no-shared-language": 1 } },
    });
  });

  it("an empty cohort gives an empty result", () => {
    expect(matchCohort(cohortInput([]))).toEqual({ pairs: [], unmatched: [], totalScore: 0, rejectedLocks: [] });
  });

  it("unusable answers (unknown zone, impossible hours, odd capacities and ratings, repeated ids) are read safely", () => {
    const candidates = [
      digitalMentor("ana", { capacity: Number.NaN }),
      digitalMentor("bad-zone", { timeZone: "Mars/Olympus" }),
      digitalMentor("bad-hours", { workingHours: { start: "25:00", end: "09:00", days: [9] } }),
      digitalMentor("zero", { capacity: 0 }),
      seniorMentee("luis", { ratings: { spreadsheets: Number.POSITIVE_INFINITY }, learns: ["unknown-skill"] }),
      seniorMentee("no-languages", { languages: [] }),
      seniorMentee("luis", { name: "a second application with the same id" }),
    ];
    const result = matchCohort(
      cohortInput(candidates, {
        locks: [{ mentorId: "bad-zone", menteeId: "luis" }],
        exclusions: [{ a: "luis", b: "luis" }],
      }),
    );
    expect(result.rejectedLocks).toEqual([{ mentorId: "bad-zone", menteeId: "luis", reason: "no-overlap" }]);
    expect(result.unmatched.find((u) => u.candidateId === "bad-zone")!.reason).toMatchObject({
      kind: "no-compatible-partner",
      blockedBy: { "no-overlap": 2 },
    });
    expect(result.unmatched.find((u) => u.candidateId === "no-languages")!.reason).toMatchObject({
      kind: "no-compatible-partner",
    });
    // The first application with an id is the one matched.
    expectEveryoneAccountedFor(candidates.slice(0, 6), result);
    expect(pairsOf(result).length).toBeGreaterThan(0);
  });
});

describe("partner options (the coordinator's reassign list)", () => {
  it("lists every partner in both directions, allowed ones first by fit, blocked ones with their rules", () => {
    const bea = person("bea", {
      role: "both",
      ratings: { spreadsheets: 3, "generative-ai": 3, "e-government": 3, presentations: 3 },
    });
    const input = cohortInput(
      [digitalMentor("ana"), bea, seniorMentee("luis"), seniorMentee("sam", { managerId: "person-bea" })],
      {
        locks: [{ mentorId: "ana", menteeId: "luis" }],
      },
    );
    const options = partnerOptions(input, "bea");
    expect(options.map((o) => [o.mentorId, o.menteeId, o.blockedBy, o.lockedElsewhere])).toEqual([
      ["ana", "bea", [], true],
      ["bea", "luis", [], true],
      ["bea", "sam", ["reporting-line"], false],
    ]);
    expect(options[0]!.score).toBeGreaterThan(0);
    expect(partnerOptions(input, "nobody")).toEqual([]);
  });
});
