import type { ApplicationAnswers } from "../applications/application";
import type { Clock } from "../clock";
import { evaluationRoundJobs } from "../cohorts/programme-jobs";
import type { Cohort } from "../cohorts/cohort";
import type { FieldError } from "../forms";
import type { JobQueue, JobRequest } from "../jobs";
import type { Skill } from "../matching/types";
import type { PairRecord } from "../pairing/proposal";
import type { Person } from "../people";
import { hasLeft } from "../privacy/pseudonym";
import { validateEvaluation, type EvaluationAnswers, type EvaluationKind } from "./evaluation-form";
import { EVALUATION_REMINDER_DAYS, roundClosesAt, roundOpensAt } from "./rounds";

export type EvaluationRole = "mentor" | "mentee";

export interface Evaluation {
  id: string;
  cohortId: string;
  /** Null once the person left: the answers stay for the cohort's figures, without a name. */
  personId: string | null;
  kind: EvaluationKind;
  role: EvaluationRole;
  answers: EvaluationAnswers | null;
  skillsBefore: Record<string, number> | null;
  skillsAfter: Record<string, number> | null;
  requestedAt: Date;
  remindedAt: Date | null;
  submittedAt: Date | null;
}

export type NewEvaluation = Pick<
  Evaluation,
  "cohortId" | "personId" | "kind" | "role" | "skillsBefore" | "requestedAt"
>;

export interface EvaluationRepository {
  /** Creates the ones not there yet (one per cohort, person and kind); returns only the new ones. */
  createMissing(rows: NewEvaluation[]): Promise<Evaluation[]>;
  find(id: string): Promise<Evaluation | null>;
  ofCohort(cohortId: string): Promise<Evaluation[]>;
  ofPerson(personId: string): Promise<Evaluation[]>;
  submit(id: string, answers: EvaluationAnswers, skillsAfter: Record<string, number>, at: Date): Promise<Evaluation>;
  markReminded(id: string, at: Date): Promise<void>;
}

/** What the service needs from the rest of the domain. */
export interface EvaluationContext {
  cohort(id: string): Promise<Cohort | null>;
  pairsOfCohort(cohortId: string): Promise<PairRecord[]>;
  applicationAnswers(applicationId: string): Promise<ApplicationAnswers | null>;
}

export const EVALUATION_JOBS = { open: "evaluation.open", ask: "evaluation.ask" } as const;

export interface OpenRoundPayload {
  cohortId: string;
  kind: EvaluationKind;
  /** When the round was due: a change of the cohort's dates makes older jobs no-ops. */
  at: string;
}

export interface AskPayload {
  evaluationId: string;
  /** 0 for the first request, then one per reminder. */
  step: number;
}

/** What a questionnaire form shows, whichever platform draws it. */
export interface EvaluationFormView {
  evaluationId: string;
  kind: EvaluationKind;
  cohortName: string;
  objective: string;
  anonymous: boolean;
  /** The skills to rate again, with the rating given in the application. */
  skills: { skill: Skill; before: number }[];
}

export function evaluationFormView({
  evaluation,
  cohort,
  skills,
}: {
  evaluation: Evaluation;
  cohort: Cohort;
  skills: Skill[];
}): EvaluationFormView {
  return {
    evaluationId: evaluation.id,
    kind: evaluation.kind,
    cohortName: cohort.name,
    objective: cohort.objective,
    anonymous: cohort.anonymousEvaluations,
    skills: skills.map((skill) => ({ skill, before: evaluation.skillsBefore?.[skill.id] ?? 1 })),
  };
}

export type EvaluationRefusal = "not-found" | "not-yours" | "closed";
export type EvaluationFormContext =
  | { ok: true; evaluation: Evaluation; cohort: Cohort; skills: Skill[] }
  | { ok: false; reason: EvaluationRefusal };
export type SubmitResult =
  | { ok: true; evaluation: Evaluation; cohort: Cohort; changed: boolean }
  | { ok: false; errors: FieldError[] }
  | { ok: false; reason: EvaluationRefusal };

/**
 * The people of a cohort's pairs, each once, with the role they play and their application. Whoever
 * left is gone (a pseudonym in their pair); the partner who stays is still a participant.
 */
export function participantsOf(
  pairs: PairRecord[],
): { personId: string; role: EvaluationRole; applicationId: string }[] {
  const seen = new Map<string, { personId: string; role: EvaluationRole; applicationId: string }>();
  // Live pairs first: someone with a live and an ended pair plays the live one's role.
  const ordered = [...pairs.filter((p) => p.status !== "ended"), ...pairs.filter((p) => p.status === "ended")];
  for (const pair of ordered) {
    for (const [personId, role, applicationId] of [
      [pair.mentorPersonId, "mentor", pair.mentorApplicationId],
      [pair.menteePersonId, "mentee", pair.menteeApplicationId],
    ] as const) {
      if (!hasLeft(personId) && !seen.has(personId)) seen.set(personId, { personId, role, applicationId });
    }
  }
  return [...seen.values()];
}

/** The skills someone set out to learn, with the rating they gave themselves when they applied. */
export function skillsBeforeOf(
  answers: ApplicationAnswers | null,
  cohort: Pick<Cohort, "skills">,
): Record<string, number> {
  const known = new Set(cohort.skills.map((s) => s.id));
  const before: Record<string, number> = {};
  for (const id of answers?.learnSkills ?? []) {
    const rating = answers?.ratings?.[id];
    if (known.has(id) && typeof rating === "number") before[id] = rating;
  }
  return before;
}

/**
 * Phase 5's questionnaires: the pulse at half the programme and the final evaluation a week before
 * its end, sent to every partner of a live pair, asked again every three days until answered or
 * closed. Answers can be changed while the round is open.
 */
export class EvaluationService {
  constructor(
    private readonly repo: EvaluationRepository,
    private readonly context: EvaluationContext,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  /** The two rounds' jobs; enqueuing them again (or after a date change) is harmless. */
  async scheduleRounds(cohort: Cohort): Promise<void> {
    if (cohort.isDemo) return;
    await this.jobs.enqueue(evaluationRoundJobs(cohort));
  }

  /** Creates each participant's questionnaire and queues its first request. Idempotent. */
  async openRound(payload: OpenRoundPayload): Promise<number> {
    const cohort = await this.context.cohort(payload.cohortId);
    if (!cohort || cohort.isDemo || cohort.finishedAt) return 0;
    if (roundOpensAt(cohort, payload.kind).toISOString() !== payload.at) return 0;
    const now = this.clock.now();
    const people = participantsOf(await this.context.pairsOfCohort(cohort.id));
    const rows: NewEvaluation[] = [];
    for (const p of people) {
      const skillsBefore =
        payload.kind === "final"
          ? skillsBeforeOf(await this.context.applicationAnswers(p.applicationId), cohort)
          : null;
      rows.push({
        cohortId: cohort.id,
        personId: p.personId,
        kind: payload.kind,
        role: p.role,
        skillsBefore,
        requestedAt: now,
      });
    }
    const created = await this.repo.createMissing(rows);
    await this.jobs.enqueue(created.map((e) => askJob(e.id, 0, now)));
    return created.length;
  }

  /**
   * The questionnaire to send for this step, if it is still unanswered and open; queues the next
   * reminder. Null when there is nothing to send.
   */
  async askDue(payload: AskPayload): Promise<{ evaluation: Evaluation; cohort: Cohort; closesAt: Date } | null> {
    const evaluation = await this.repo.find(payload.evaluationId);
    if (!evaluation || evaluation.submittedAt || !evaluation.personId) return null;
    const cohort = await this.context.cohort(evaluation.cohortId);
    if (!cohort) return null;
    const now = this.clock.now();
    const closesAt = roundClosesAt(cohort, evaluation.kind);
    if (now >= closesAt) return null;
    const next = new Date(now.getTime() + EVALUATION_REMINDER_DAYS * 86_400_000);
    if (next < closesAt) await this.jobs.enqueue([askJob(evaluation.id, payload.step + 1, next)]);
    if (payload.step > 0) await this.repo.markReminded(evaluation.id, now);
    return { evaluation, cohort, closesAt };
  }

  async formFor(person: Person, evaluationId: string): Promise<EvaluationFormContext> {
    const evaluation = await this.repo.find(evaluationId);
    if (!evaluation) return { ok: false, reason: "not-found" };
    if (evaluation.personId !== person.id) return { ok: false, reason: "not-yours" };
    const cohort = await this.context.cohort(evaluation.cohortId);
    if (!cohort) return { ok: false, reason: "not-found" };
    if (this.clock.now() >= roundClosesAt(cohort, evaluation.kind)) return { ok: false, reason: "closed" };
    const skills = cohort.skills.filter((s) => evaluation.skillsBefore && s.id in evaluation.skillsBefore);
    return { ok: true, evaluation, cohort, skills };
  }

  async submit(person: Person, evaluationId: string, input: Record<string, unknown>): Promise<SubmitResult> {
    const form = await this.formFor(person, evaluationId);
    if (!form.ok) return form;
    const checked = validateEvaluation(
      form.evaluation.kind,
      input,
      form.skills.map((s) => s.id),
    );
    if (!checked.ok) return checked;
    const saved = await this.repo.submit(
      evaluationId,
      checked.value.answers,
      checked.value.skillsAfter,
      this.clock.now(),
    );
    return { ok: true, evaluation: saved, cohort: form.cohort, changed: form.evaluation.submittedAt !== null };
  }

  /** The person's questionnaires still open, unanswered first. */
  async openFor(person: Person): Promise<{ evaluation: Evaluation; cohort: Cohort }[]> {
    const now = this.clock.now();
    const open: { evaluation: Evaluation; cohort: Cohort }[] = [];
    for (const evaluation of await this.repo.ofPerson(person.id)) {
      const cohort = await this.context.cohort(evaluation.cohortId);
      if (cohort && now < roundClosesAt(cohort, evaluation.kind)) open.push({ evaluation, cohort });
    }
    return open.sort((a, b) => Number(a.evaluation.submittedAt !== null) - Number(b.evaluation.submittedAt !== null));
  }

  ofCohort(cohortId: string): Promise<Evaluation[]> {
    return this.repo.ofCohort(cohortId);
  }

  ofPerson(personId: string): Promise<Evaluation[]> {
    return this.repo.ofPerson(personId);
  }
}

function askJob(evaluationId: string, step: number, runAt: Date): JobRequest {
  const payload: AskPayload = { evaluationId, step };
  return { kind: EVALUATION_JOBS.ask, payload, runAt, idempotencyKey: `evaluation:ask:${evaluationId}:${step}` };
}
