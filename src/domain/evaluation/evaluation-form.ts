import { z } from "zod";
import { validateForm, type FieldError, type FormResult } from "../forms";

/** The mid-programme pulse (at half the cohort's length) and the final evaluation. */
export type EvaluationKind = "pulse" | "final";
export const EVALUATION_KINDS: readonly EvaluationKind[] = ["pulse", "final"];

export type Recommend = "yes" | "maybe" | "no";
export const RECOMMEND_ANSWERS: readonly Recommend[] = ["yes", "maybe", "no"];

/** The toolkit's questionnaire, for mentors and mentees alike. */
export interface EvaluationAnswers {
  /** 1–5. */
  satisfaction: number;
  /** 1–5: progress on the cohort's general objective. */
  objectiveProgress: number;
  learned: string;
  stillNeeded: string;
  recommend: Recommend;
  comments: string;
}

export const EVALUATION_TEXT_MAX = 1500;
/** The skill fields of the form are named after the skill: "skill:<id>". */
export const SKILL_FIELD_PREFIX = "skill:";

const scale = (message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
    z.number({ error: message }).int({ error: message }).min(1, { error: message }).max(5, { error: message }),
  );
const text = (required: boolean) => {
  const base = z.string().trim().max(EVALUATION_TEXT_MAX, { error: "evaluation.errors.tooLong" });
  return required
    ? base.min(3, { error: "evaluation.errors.textRequired" })
    : z.preprocess((value) => value ?? "", base);
};

function evaluationSchema(kind: EvaluationKind) {
  return z.object({
    satisfaction: scale("evaluation.errors.scale"),
    objectiveProgress: scale("evaluation.errors.scale"),
    // The pulse is a quick look; the final evaluation asks for what was learned and what is missing.
    learned: text(kind === "final"),
    stillNeeded: text(false),
    recommend: z.enum(RECOMMEND_ANSWERS as [Recommend, ...Recommend[]], { error: "evaluation.errors.recommend" }),
    comments: text(false),
  });
}

export interface EvaluationSubmission {
  answers: EvaluationAnswers;
  /** The final evaluation's skills rated again, { skillId: 1..5 }. */
  skillsAfter: Record<string, number>;
}

/**
 * Every mistake at once: the answers, and in the final evaluation each skill the person set out to
 * learn rated again on the application's 1–5 scale (each one required).
 */
export function validateEvaluation(
  kind: EvaluationKind,
  input: Record<string, unknown>,
  skillIds: string[],
): FormResult<EvaluationSubmission> {
  const skillErrors: FieldError[] = [];
  const skillsAfter: Record<string, number> = {};
  if (kind === "final") {
    for (const id of skillIds) {
      const raw = input[`${SKILL_FIELD_PREFIX}${id}`];
      const value = typeof raw === "string" ? Number(raw) : raw;
      if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5) skillsAfter[id] = value;
      else skillErrors.push({ field: `${SKILL_FIELD_PREFIX}${id}`, message: "evaluation.errors.skillRequired" });
    }
  }
  const result = validateForm(evaluationSchema(kind), input);
  if (!result.ok) return { ok: false, errors: [...result.errors, ...skillErrors] };
  if (skillErrors.length > 0) return { ok: false, errors: skillErrors };
  return { ok: true, value: { answers: result.value as EvaluationAnswers, skillsAfter } };
}

/** The form's fields in order, so platforms put an error next to the right one. */
export const EVALUATION_FIELDS = [
  "satisfaction",
  "objectiveProgress",
  "learned",
  "stillNeeded",
  "recommend",
  "comments",
] as const;
