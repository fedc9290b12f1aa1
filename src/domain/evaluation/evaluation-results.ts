import type { Skill } from "../matching/types";
import type { EvaluationKind, Recommend } from "./evaluation-form";
import type { Evaluation, EvaluationRole } from "./evaluation-service";

export interface RoleFigures {
  answered: number;
  /** Means on the 1–5 scales; null when nobody answered. */
  satisfaction: number | null;
  objectiveProgress: number | null;
  recommend: Record<Recommend, number>;
}

export interface SkillChange {
  skillId: string;
  skillName: string;
  /** "all" is the cohort as a whole. */
  role: EvaluationRole | "all";
  /** How many people rated it before and after. */
  people: number;
  before: number;
  after: number;
  change: number;
}

export interface EvaluationQuote {
  role: EvaluationRole;
  /** Null where the cohort's evaluations are anonymous, or the person left. */
  personId: string | null;
  learned: string;
  stillNeeded: string;
  comments: string;
}

export interface EvaluationResults {
  kind: EvaluationKind;
  asked: number;
  answered: number;
  /** 0–100. */
  responseRate: number;
  roles: Record<EvaluationRole | "all", RoleFigures>;
  skills: SkillChange[];
  /** Anonymous cohorts: skill rows left out because too few people rated them to hide who. */
  skillsHidden: number;
  quotes: EvaluationQuote[];
}

/**
 * In an anonymous cohort, a skill's figures for fewer people than this would be one person's own
 * ratings, the "before" one being in their application: such rows are left out.
 */
export const ANONYMOUS_MIN_PEOPLE = 3;

const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

function roleFigures(evaluations: Evaluation[]): RoleFigures {
  const answered = evaluations.filter((e) => e.answers);
  const recommend: Record<Recommend, number> = { yes: 0, maybe: 0, no: 0 };
  for (const e of answered) recommend[e.answers!.recommend] += 1;
  return {
    answered: answered.length,
    satisfaction: mean(answered.map((e) => e.answers!.satisfaction)),
    objectiveProgress: mean(answered.map((e) => e.answers!.objectiveProgress)),
    recommend,
  };
}

/** Learning measured: each skill's mean self-rating before (application) and after (final evaluation). */
export function skillChanges(evaluations: Evaluation[], skills: Skill[]): SkillChange[] {
  const changes: SkillChange[] = [];
  for (const skill of skills) {
    for (const role of ["mentee", "mentor", "all"] as const) {
      const rated = evaluations.filter(
        (e) =>
          (role === "all" || e.role === role) &&
          e.skillsBefore?.[skill.id] !== undefined &&
          e.skillsAfter?.[skill.id] !== undefined,
      );
      if (rated.length === 0) continue;
      const before = mean(rated.map((e) => e.skillsBefore![skill.id]!))!;
      const after = mean(rated.map((e) => e.skillsAfter![skill.id]!))!;
      changes.push({
        skillId: skill.id,
        skillName: skill.name,
        role,
        people: rated.length,
        before,
        after,
        change: after - before,
      });
    }
  }
  return changes;
}

/** One round's figures for the coordinator: response rate, means per role, skills, what people wrote. */
export function evaluationResults(
  kind: EvaluationKind,
  all: Evaluation[],
  skills: Skill[],
  anonymous: boolean,
): EvaluationResults {
  const round = all.filter((e) => e.kind === kind);
  const answered = round.filter((e) => e.answers);
  return {
    kind,
    asked: round.length,
    answered: answered.length,
    responseRate: round.length === 0 ? 0 : Math.round((answered.length / round.length) * 100),
    roles: {
      mentor: roleFigures(round.filter((e) => e.role === "mentor")),
      mentee: roleFigures(round.filter((e) => e.role === "mentee")),
      all: roleFigures(round),
    },
    ...skillFigures(kind === "final" ? skillChanges(answered, skills) : [], anonymous),
    quotes: answered
      .filter((e) => e.answers!.learned || e.answers!.stillNeeded || e.answers!.comments)
      .map((e) => ({
        role: e.role,
        personId: anonymous ? null : e.personId,
        learned: e.answers!.learned,
        stillNeeded: e.answers!.stillNeeded,
        comments: e.answers!.comments,
      })),
  };
}

function skillFigures(changes: SkillChange[], anonymous: boolean): { skills: SkillChange[]; skillsHidden: number } {
  const shown = anonymous ? changes.filter((c) => c.people >= ANONYMOUS_MIN_PEOPLE) : changes;
  return { skills: shown, skillsHidden: changes.length - shown.length };
}
