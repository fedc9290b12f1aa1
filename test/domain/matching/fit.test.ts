import { describe, expect, it } from "vitest";
import { fitScore, matchCohort } from "../../../src/domain/matching";
import { cohortInput, digitalMentor, pairsOf, person, seniorMentee, SKILLS } from "./builders";

describe("fit", () => {
  const skills = { skills: SKILLS };

  it("reverse mode: the digital mentor teaches the tools the senior wants, and learns the procedures back", () => {
    // Teaching: the mentee's room is 3·4 + 3·4 (wanted) + 1 (presentations) = 25, the mentor
    // covers 24 of it. Giving back: the mentor wants e-government, rated 1; the mentee rates it 5.
    // 100 · (¾ · 24/25 + ¼ · 4/4) = 97.
    expect(fitScore(digitalMentor("ana"), seniorMentee("luis"), skills)).toBe(97);
  });

  it("classic mode: the same rule with the roles' meaning swapped (the senior teaches the procedures)", () => {
    const senior = person("sara", {
      role: "mentor",
      ratings: { spreadsheets: 2, "generative-ai": 1, "e-government": 5, presentations: 5 },
      learns: ["generative-ai"],
    });
    const junior = person("joel", {
      role: "mentee",
      ratings: { spreadsheets: 4, "generative-ai": 4, "e-government": 1, presentations: 2 },
      learns: ["e-government", "presentations"],
    });
    // 100 · (¾ · 21/23 + ¼ · 3/4) = 87.2
    expect(fitScore(senior, junior, skills)).toBe(87.2);
    const result = matchCohort(cohortInput([senior, junior], { rules: { mode: "classic" } }));
    expect(pairsOf(result)).toEqual(["sara→joel"]);
    expect(result.pairs[0]!.score).toBe(87.2);
    // The mode names the programme; the arithmetic follows who applied as mentor.
    expect(matchCohort(cohortInput([senior, junior], { rules: { mode: "reverse" } })).totalScore).toBe(87.2);
  });

  it("is directional: who teaches matters", () => {
    const a = digitalMentor("ana", { role: "both" });
    const b = seniorMentee("luis", { role: "both" });
    expect(fitScore(a, b, skills)).toBe(97);
    // Luis teaching Ana: e-government (wanted, 3·4) and presentations (2) of her room 15; she gives
    // back all 8 of the room on his two wishes. 100 · (¾ · 14/15 + ¼) = 95.
    expect(fitScore(b, a, skills)).toBe(95);
  });

  it("is 0–100, reads missing or odd ratings as the nearest sensible value, and never divides by zero", () => {
    const expert = person("e", {
      role: "mentor",
      ratings: { spreadsheets: 5, "generative-ai": 5, "e-government": 5, presentations: 5 },
    });
    const alsoExpert = person("f", {
      ratings: { spreadsheets: 5, "generative-ai": 5, "e-government": 5, presentations: 5 },
    });
    expect(fitScore(expert, alsoExpert, skills)).toBe(0);
    const novice = person("n", { ratings: {} }); // every skill counts as 1
    expect(fitScore(expert, novice, skills)).toBe(75);
    const odd = person("o", {
      ratings: { spreadsheets: 9, "generative-ai": -3, "e-government": Number.NaN, presentations: 2.6 },
    });
    const score = fitScore(expert, odd, skills);
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    expect(Number.isFinite(score)).toBe(true);
  });

  it('people who chose "both" mentor when only mentees are left, and are mentored when only mentors are', () => {
    const both = person("bea", {
      role: "both",
      ratings: { spreadsheets: 3, "generative-ai": 3, "e-government": 3, presentations: 3 },
      learns: ["spreadsheets"],
    });
    expect(pairsOf(matchCohort(cohortInput([both, seniorMentee("luis")])))).toEqual(["bea→luis"]);
    expect(pairsOf(matchCohort(cohortInput([digitalMentor("ana"), both])))).toEqual(["ana→bea"]);
  });

  it('two "both" people pair in their better direction', () => {
    const a = digitalMentor("ana", { role: "both" });
    const b = seniorMentee("luis", { role: "both" });
    const result = matchCohort(cohortInput([b, a]));
    expect(pairsOf(result)).toEqual(["ana→luis"]);
    expect(result.totalScore).toBe(97);
  });

  it('a "both" person is in one pair at most, on whichever side gives the higher total', () => {
    const mentor = digitalMentor("ana");
    const middle = person("bea", {
      role: "both",
      ratings: { spreadsheets: 3, "generative-ai": 3, "e-government": 3, presentations: 3 },
      learns: ["generative-ai"],
    });
    const mentee = seniorMentee("luis");
    const result = matchCohort(cohortInput([mentor, middle, mentee]));
    const appearances = result.pairs.filter((p) => p.mentorId === "bea" || p.menteeId === "bea").length;
    expect(appearances).toBeLessThanOrEqual(1);
    // Ana → Luis (97) beats any pairing through Bea, who is left out with a reason.
    expect(pairsOf(result)).toEqual(["ana→luis"]);
    expect(result.unmatched).toEqual([{ candidateId: "bea", reason: { kind: "partners-taken", compatible: 2 } }]);
  });
});
