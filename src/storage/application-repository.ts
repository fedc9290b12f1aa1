import type { Application, ApplicationAnswers, ApplicationStatus } from "../domain/applications/application";
import type { ApplicationRepository } from "../domain/applications/application-service";
import type { Application as ApplicationRow } from "../generated/prisma/client";
import type { Database } from "./prisma-client";

export class PrismaApplicationRepository implements ApplicationRepository {
  constructor(private readonly db: Database) {}

  async find(cohortId: string, personId: string): Promise<Application | null> {
    const row = await this.db.application.findUnique({ where: { cohortId_personId: { cohortId, personId } } });
    return row ? toApplication(row) : null;
  }

  async findById(id: string): Promise<Application | null> {
    const row = await this.db.application.findUnique({ where: { id } });
    return row ? toApplication(row) : null;
  }

  async create(cohortId: string, personId: string, answers: ApplicationAnswers): Promise<Application> {
    return toApplication(
      await this.db.application.create({ data: { cohortId, personId, answers: answers as object } }),
    );
  }

  async update(id: string, change: Parameters<ApplicationRepository["update"]>[1]): Promise<Application> {
    const { answers, ...rest } = change;
    return toApplication(
      await this.db.application.update({
        where: { id },
        data: { ...rest, ...(answers ? { answers: answers as object } : {}) },
      }),
    );
  }

  async listByCohort(cohortId: string): Promise<Application[]> {
    return (await this.db.application.findMany({ where: { cohortId }, orderBy: { createdAt: "asc" } })).map(
      toApplication,
    );
  }

  async listByPerson(personId: string): Promise<Application[]> {
    return (await this.db.application.findMany({ where: { personId }, orderBy: { createdAt: "desc" } })).map(
      toApplication,
    );
  }
}

function toApplication(row: ApplicationRow): Application {
  return {
    id: row.id,
    cohortId: row.cohortId,
    personId: row.personId,
    status: row.status as ApplicationStatus,
    answers: (typeof row.answers === "string" ? JSON.parse(row.answers) : row.answers) as ApplicationAnswers,
    submittedAt: row.submittedAt,
    sponsorPersonId: row.sponsorPersonId,
    sponsorRequestedAt: row.sponsorRequestedAt,
    sponsorRemindedAt: row.sponsorRemindedAt,
    sponsorDecidedAt: row.sponsorDecidedAt,
    sponsorReason: row.sponsorReason,
    overriddenById: row.overriddenById,
    withdrawnAt: row.withdrawnAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
