import type { EvaluationAnswers, EvaluationKind } from "../domain/evaluation/evaluation-form";
import type {
  Evaluation,
  EvaluationRepository,
  EvaluationRole,
  NewEvaluation,
} from "../domain/evaluation/evaluation-service";
import type { Evaluation as EvaluationRow } from "../generated/prisma/client";
import { fromJson } from "./json";
import type { Database } from "./prisma-client";

export class PrismaEvaluationRepository implements EvaluationRepository {
  constructor(private readonly db: Database) {}

  async createMissing(rows: NewEvaluation[]): Promise<Evaluation[]> {
    const created: Evaluation[] = [];
    for (const row of rows) {
      const existing = await this.db.evaluation.findFirst({
        where: { cohortId: row.cohortId, personId: row.personId, kind: row.kind },
      });
      if (existing) continue;
      try {
        created.push(
          toEvaluation(
            await this.db.evaluation.create({
              data: {
                cohortId: row.cohortId,
                personId: row.personId,
                kind: row.kind,
                role: row.role,
                skillsBefore: row.skillsBefore ?? undefined,
                requestedAt: row.requestedAt,
              },
            }),
          ),
        );
      } catch (error) {
        // Another process created it between the read and the write: theirs stands.
        if ((error as { code?: string }).code !== "P2002") throw error;
      }
    }
    return created;
  }

  async find(id: string): Promise<Evaluation | null> {
    const row = await this.db.evaluation.findUnique({ where: { id } });
    return row ? toEvaluation(row) : null;
  }

  async ofCohort(cohortId: string): Promise<Evaluation[]> {
    return (
      await this.db.evaluation.findMany({ where: { cohortId }, orderBy: [{ requestedAt: "asc" }, { id: "asc" }] })
    ).map(toEvaluation);
  }

  async ofPerson(personId: string): Promise<Evaluation[]> {
    return (
      await this.db.evaluation.findMany({ where: { personId }, orderBy: [{ requestedAt: "desc" }, { id: "asc" }] })
    ).map(toEvaluation);
  }

  async submit(
    id: string,
    answers: EvaluationAnswers,
    skillsAfter: Record<string, number>,
    at: Date,
  ): Promise<Evaluation> {
    return toEvaluation(
      await this.db.evaluation.update({
        where: { id },
        data: { answers: answers as object, skillsAfter, submittedAt: at },
      }),
    );
  }

  async markReminded(id: string, at: Date): Promise<void> {
    await this.db.evaluation.update({ where: { id }, data: { remindedAt: at } });
  }
}

function toEvaluation(row: EvaluationRow): Evaluation {
  return {
    id: row.id,
    cohortId: row.cohortId,
    personId: row.personId,
    kind: row.kind as EvaluationKind,
    role: row.role as EvaluationRole,
    answers: row.answers === null ? null : fromJson<EvaluationAnswers>(row.answers),
    skillsBefore: row.skillsBefore === null ? null : fromJson<Record<string, number>>(row.skillsBefore),
    skillsAfter: row.skillsAfter === null ? null : fromJson<Record<string, number>>(row.skillsAfter),
    requestedAt: row.requestedAt,
    remindedAt: row.remindedAt,
    submittedAt: row.submittedAt,
  };
}
