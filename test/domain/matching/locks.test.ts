import { describe, expect, it } from "vitest";
import { matchCohort } from "../../../src/domain/matching";
import { cohortInput, digitalMentor, pairsOf, person, seniorMentee } from "./builders";

describe("locks", () => {
  const ana = digitalMentor("ana");
  const marta = digitalMentor("marta", {
    ratings: { spreadsheets: 4, "generative-ai": 4, "e-government": 1, presentations: 2 },
  });
  const luis = seniorMentee("luis");
  const pedro = seniorMentee("pedro", {
    ratings: { spreadsheets: 2, "generative-ai": 2, "e-government": 5, presentations: 4 },
  });

  it("a lock is kept whatever the scores, and the rest is optimised around it", () => {
    const free = matchCohort(cohortInput([ana, marta, luis, pedro]));
    const locked = matchCohort(
      cohortInput([ana, marta, luis, pedro], { locks: [{ mentorId: "marta", menteeId: "pedro" }] }),
    );
    expect(pairsOf(locked)).toContain("marta→pedro");
    expect(pairsOf(locked)).toContain("ana→luis");
    const pair = locked.pairs.find((p) => p.mentorId === "marta")!;
    expect(pair.locked).toBe(true);
    expect(pair.reasons[0]).toEqual({ kind: "locked" });
    expect(locked.pairs.find((p) => p.mentorId === "ana")!.locked).toBe(false);
    expect(locked.rejectedLocks).toEqual([]);
    expect(locked.totalScore).toBeLessThanOrEqual(free.totalScore);
  });

  it("a lock on a worse pair leaves the better partner out, saying a lock took their place", () => {
    const result = matchCohort(cohortInput([ana, marta, luis], { locks: [{ mentorId: "marta", menteeId: "luis" }] }));
    expect(pairsOf(result)).toEqual(["marta→luis"]);
    expect(result.unmatched).toEqual([{ candidateId: "ana", reason: { kind: "locked-elsewhere" } }]);
  });

  it("an impossible lock is rejected with the reason, and the rest is matched as if it were not there", () => {
    const sameBoss = seniorMentee("sam", { managerId: "boss" });
    const bossed = digitalMentor("bo", { managerId: "boss" });
    const result = matchCohort(
      cohortInput([ana, marta, luis, pedro, sameBoss, bossed], {
        exclusions: [{ a: "ana", b: "pedro" }],
        locks: [
          { mentorId: "nobody", menteeId: "luis" },
          { mentorId: "luis", menteeId: "ana" },
          { mentorId: "ana", menteeId: "ana" },
          { mentorId: "bo", menteeId: "sam" },
          { mentorId: "ana", menteeId: "pedro" },
          { mentorId: "ana", menteeId: "luis" },
          { mentorId: "marta", menteeId: "luis" },
          { mentorId: "ana", menteeId: "luis" },
        ],
      }),
    );
    expect(result.rejectedLocks).toEqual([
      { mentorId: "nobody", menteeId: "luis", reason: "unknown-candidate" },
      { mentorId: "luis", menteeId: "ana", reason: "same-side" },
      { mentorId: "ana", menteeId: "ana", reason: "same-person" },
      { mentorId: "bo", menteeId: "sam", reason: "same-manager" },
      { mentorId: "ana", menteeId: "pedro", reason: "excluded" },
      // Luis already has a mentor through the lock before; repeating a lock is harmless.
      { mentorId: "marta", menteeId: "luis", reason: "capacity" },
    ]);
    expect(result.pairs.filter((p) => p.locked).map((p) => `${p.mentorId}→${p.menteeId}`)).toEqual(["ana→luis"]);
    expect(pairsOf(result)).not.toContain("bo→sam");
  });

  it("a mentor's capacity bounds the locks too", () => {
    const result = matchCohort(
      cohortInput([ana, luis, pedro], {
        rules: { allowMultipleMentees: false },
        locks: [
          { mentorId: "ana", menteeId: "luis" },
          { mentorId: "ana", menteeId: "pedro" },
        ],
      }),
    );
    expect(result.rejectedLocks).toEqual([{ mentorId: "ana", menteeId: "pedro", reason: "capacity" }]);
    expect(pairsOf(result)).toEqual(["ana→luis"]);
  });

  it('a "both" person locked on one side is not placed on the other', () => {
    const bea = person("bea", {
      role: "both",
      ratings: { spreadsheets: 3, "generative-ai": 3, "e-government": 3, presentations: 3 },
      learns: ["generative-ai"],
    });
    const result = matchCohort(
      cohortInput([ana, bea, luis], {
        locks: [
          { mentorId: "ana", menteeId: "bea" },
          { mentorId: "bea", menteeId: "luis" },
        ],
      }),
    );
    expect(result.rejectedLocks).toEqual([{ mentorId: "bea", menteeId: "luis", reason: "capacity" }]);
    expect(pairsOf(result)).toEqual(["ana→bea"]);
    expect(result.unmatched).toEqual([{ candidateId: "luis", reason: { kind: "locked-elsewhere" } }]);
  });
});
