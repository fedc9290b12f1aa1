import { expect } from "vitest";
import type { MatchingInput } from "../../../src/domain/matching";
import { oracleAllowed, oracleCapacity } from "./oracle";

/** What any pairing of a cohort must satisfy, the engine's and the baselines' alike. */
interface Pairing {
  pairs: { mentorId: string; menteeId: string; score: number }[];
  totalScore: number;
  unmatched?: { candidateId: string }[];
}

/** Every pair allowed, nobody over capacity, "both" people in one pair, everyone accounted for. */
export function expectValid(input: MatchingInput, result: Pairing, where: string): void {
  const byId = new Map(input.candidates.map((c) => [c.id, c]));
  const mentees = new Set<string>();
  const load = new Map<string, number>();
  for (const pair of result.pairs) {
    const mentor = byId.get(pair.mentorId)!;
    const mentee = byId.get(pair.menteeId)!;
    expect(oracleAllowed(input, mentor, mentee), `${where}: ${pair.mentorId}→${pair.menteeId} breaks a rule`).toBe(
      true,
    );
    expect(mentees.has(mentee.id), `${where}: ${mentee.id} mentored twice`).toBe(false);
    mentees.add(mentee.id);
    load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);
  }
  for (const [id, count] of load) {
    const mentor = byId.get(id)!;
    expect(count, `${where}: ${id} over capacity`).toBeLessThanOrEqual(oracleCapacity(input, mentor));
    if (mentor.role === "both") expect(mentees.has(id), `${where}: ${id} is on both sides`).toBe(false);
  }
  if (result.unmatched) {
    const placed = [
      ...result.pairs.flatMap((p) => [p.mentorId, p.menteeId]),
      ...result.unmatched.map((u) => u.candidateId),
    ];
    expect(new Set(placed), `${where}: everyone paired or explained`).toEqual(
      new Set(input.candidates.map((c) => c.id)),
    );
  }
  const units = result.pairs.reduce((sum, p) => sum + Math.round(p.score * 10), 0);
  expect(result.totalScore, where).toBe(units / 10);
}
