import { describe, expect, it } from "vitest";
import type { Cohort } from "../../../src/domain/cohorts/cohort";
import { validateEvaluation } from "../../../src/domain/evaluation/evaluation-form";
import { evaluationResults, skillChanges } from "../../../src/domain/evaluation/evaluation-results";
import { participantsOf, skillsBeforeOf, type Evaluation } from "../../../src/domain/evaluation/evaluation-service";
import { autoFinishAt, roundClosesAt, roundOpensAt } from "../../../src/domain/evaluation/rounds";
import type { PairRecord } from "../../../src/domain/pairing/proposal";
import { leftPseudonym } from "../../../src/domain/privacy/pseudonym";
import { cohortValue } from "../../support/builders";
import { DateTime } from "luxon";

const now = new Date("2026-11-23T09:00:00Z");
const cohort: Cohort = cohortValue({
  name: "Mentoría Digital",
  objective: "Digitalizar",
  startsAt: new Date("2027-01-04T00:00:00+01:00"),
  endsAt: new Date("2027-04-18T23:59:59+02:00"),
  createdAt: now,
});

const answered = (
  id: string,
  role: "mentor" | "mentee",
  kind: "pulse" | "final",
  satisfaction: number,
  recommend: "yes" | "maybe" | "no",
  skills?: { before: Record<string, number>; after: Record<string, number> },
): Evaluation => ({
  id,
  cohortId: "c1",
  personId: `p-${id}`,
  kind,
  role,
  answers: { satisfaction, objectiveProgress: 3, learned: `learned ${id}`, stillNeeded: "", recommend, comments: "" },
  skillsBefore: skills?.before ?? null,
  skillsAfter: skills?.after ?? null,
  requestedAt: now,
  remindedAt: null,
  submittedAt: now,
});

describe("questionnaire rounds", () => {
  it("opens the pulse at half the programme and the final a week before the end, at 10:00 on a weekday in the cohort's zone", () => {
    const pulse = DateTime.fromJSDate(roundOpensAt(cohort, "pulse"), { zone: "Europe/Madrid" });
    const final = DateTime.fromJSDate(roundOpensAt(cohort, "final"), { zone: "Europe/Madrid" });
    expect(pulse.toFormat("yyyy-MM-dd HH:mm")).toBe("2027-02-25 10:00");
    expect(final.toFormat("yyyy-MM-dd HH:mm ccc")).toBe("2027-04-12 10:00 Mon");
    expect(pulse.weekday).toBeLessThanOrEqual(5);
  });

  it("closes the pulse after two weeks and the final when the cohort finishes (or a week after its end)", () => {
    expect(roundClosesAt(cohort, "pulse").getTime() - roundOpensAt(cohort, "pulse").getTime()).toBe(14 * 86_400_000);
    expect(roundClosesAt(cohort, "final")).toEqual(autoFinishAt(cohort));
    expect(DateTime.fromJSDate(autoFinishAt(cohort), { zone: "Europe/Madrid" }).toFormat("yyyy-MM-dd HH:mm")).toBe(
      "2027-04-26 10:00",
    );
    const finished = new Date("2027-04-20T12:00:00Z");
    expect(roundClosesAt({ ...cohort, finishedAt: finished }, "final")).toEqual(finished);
  });
});

describe("the questionnaire form", () => {
  it("lists every mistake at once, the skills to rate again included", () => {
    const result = validateEvaluation(
      "final",
      { satisfaction: "6", learned: "", recommend: "perhaps", "skill:generative-ai": "0" },
      ["generative-ai", "spreadsheets"],
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { field: "satisfaction", message: "evaluation.errors.scale" },
      { field: "objectiveProgress", message: "evaluation.errors.scale" },
      { field: "learned", message: "evaluation.errors.textRequired" },
      { field: "recommend", message: "evaluation.errors.recommend" },
      { field: "skill:generative-ai", message: "evaluation.errors.skillRequired" },
      { field: "skill:spreadsheets", message: "evaluation.errors.skillRequired" },
    ]);
  });

  it("asks the pulse for no learning yet and no skills; the final for both", () => {
    const pulse = validateEvaluation("pulse", { satisfaction: "4", objectiveProgress: "3", recommend: "yes" }, [
      "generative-ai",
    ]);
    expect(pulse).toEqual({
      ok: true,
      value: {
        answers: {
          satisfaction: 4,
          objectiveProgress: 3,
          learned: "",
          stillNeeded: "",
          recommend: "yes",
          comments: "",
        },
        skillsAfter: {},
      },
    });
    const final = validateEvaluation(
      "final",
      {
        satisfaction: "5",
        objectiveProgress: "4",
        learned: " Prompts ",
        recommend: "maybe",
        "skill:generative-ai": "4",
      },
      ["generative-ai"],
    );
    expect(final.ok && final.value.skillsAfter).toEqual({ "generative-ai": 4 });
    expect(final.ok && final.value.answers.learned).toBe("Prompts");
  });

  it("refuses a text over 1,500 characters", () => {
    const result = validateEvaluation(
      "pulse",
      { satisfaction: "4", objectiveProgress: "3", recommend: "yes", comments: "x".repeat(1501) },
      [],
    );
    expect(result.ok ? [] : result.errors).toEqual([{ field: "comments", message: "evaluation.errors.tooLong" }]);
  });
});

describe("who is asked, and about which skills", () => {
  const pair = (id: string, mentor: string, mentee: string, status: PairRecord["status"] = "active"): PairRecord => ({
    id,
    cohortId: "c1",
    proposalId: "x",
    mentorApplicationId: `a-${mentor}`,
    menteeApplicationId: `a-${mentee}`,
    mentorPersonId: mentor,
    menteePersonId: mentee,
    score: 1,
    reasons: [],
    status,
    createdAt: now,
  });

  it("asks each partner once, a mentor with two mentees too, and the partner who stays after the other left, never the one who left", () => {
    const left = leftPseudonym("x");
    const people = participantsOf([pair("1", "m1", "e1"), pair("3", "m2", left, "ended"), pair("2", "m1", "e2")]);
    expect(people.map((p) => `${p.personId}:${p.role}`)).toEqual(["m1:mentor", "e1:mentee", "e2:mentee", "m2:mentor"]);
  });

  it("takes the skills to rate again from what the person set out to learn, with their rating then", () => {
    expect(
      skillsBeforeOf(
        {
          learnSkills: ["generative-ai", "unknown-skill", "spreadsheets"],
          ratings: { "generative-ai": 1, spreadsheets: 2 },
        },
        cohort,
      ),
    ).toEqual({ "generative-ai": 1, spreadsheets: 2 });
    expect(skillsBeforeOf(null, cohort)).toEqual({});
  });
});

describe("results for the coordinator", () => {
  const evaluations = [
    answered("a", "mentee", "final", 5, "yes", { before: { "generative-ai": 1 }, after: { "generative-ai": 4 } }),
    answered("b", "mentee", "final", 3, "maybe", { before: { "generative-ai": 2 }, after: { "generative-ai": 3 } }),
    answered("c", "mentor", "final", 4, "no", { before: { "e-government": 2 }, after: { "e-government": 3 } }),
    { ...answered("d", "mentor", "final", 1, "no"), answers: null, submittedAt: null },
    answered("e", "mentee", "pulse", 2, "no"),
  ];

  it("gives the response rate and the means per role", () => {
    const results = evaluationResults("final", evaluations, cohort.skills, false);
    expect(results).toMatchObject({ asked: 4, answered: 3, responseRate: 75 });
    expect(results.roles.mentee).toMatchObject({
      answered: 2,
      satisfaction: 4,
      recommend: { yes: 1, maybe: 1, no: 0 },
    });
    expect(results.roles.mentor).toMatchObject({ answered: 1, satisfaction: 4 });
    expect(results.roles.all.satisfaction).toBe(4);
  });

  it("measures each skill's change per role and for the cohort", () => {
    const changes = skillChanges(evaluations, cohort.skills);
    const ai = changes.filter((c) => c.skillId === "generative-ai");
    expect(ai.map((c) => [c.role, c.people, c.before, c.after, c.change])).toEqual([
      ["mentee", 2, 1.5, 3.5, 2],
      ["all", 2, 1.5, 3.5, 2],
    ]);
    expect(changes.find((c) => c.skillId === "e-government" && c.role === "mentor")?.change).toBe(1);
  });

  it("leaves out, when the cohort's evaluations are anonymous, any skill figure for fewer than 3 people (one person's own ratings)", () => {
    const named = evaluationResults("final", evaluations, cohort.skills, false);
    expect(named.skills.some((s) => s.people < 3)).toBe(true);
    const anonymous = evaluationResults("final", evaluations, cohort.skills, true);
    expect(anonymous.skills).toEqual([]);
    expect(anonymous.skillsHidden).toBe(named.skills.length);
  });

  it("keeps names out of the quotes when the cohort's evaluations are anonymous", () => {
    expect(evaluationResults("final", evaluations, cohort.skills, true).quotes.every((q) => q.personId === null)).toBe(
      true,
    );
    expect(evaluationResults("final", evaluations, cohort.skills, false).quotes.map((q) => q.personId)).toEqual([
      "p-a",
      "p-b",
      "p-c",
    ]);
  });
});
