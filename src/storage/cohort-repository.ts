import type { Cohort, CohortStatus } from "../domain/cohorts/cohort";
import { isLocale } from "../domain/locale";
import type { CohortRepository, NewCohort } from "../domain/cohorts/cohort-service";
import type { Skill } from "../domain/matching/types";
import type { Cohort as CohortRow } from "../generated/prisma/client";
import type { Database } from "./prisma-client";

export class PrismaCohortRepository implements CohortRepository {
  constructor(private readonly db: Database) {}

  async create(cohort: NewCohort): Promise<Cohort> {
    return toCohort(await this.db.cohort.create({ data: { ...cohort, skills: cohort.skills as unknown as object } }));
  }

  async update(id: string, change: Partial<NewCohort>): Promise<Cohort> {
    const { skills, ...rest } = change;
    return toCohort(
      await this.db.cohort.update({
        where: { id },
        data: { ...rest, ...(skills ? { skills: skills as unknown as object } : {}) },
      }),
    );
  }

  async findById(id: string): Promise<Cohort | null> {
    const row = await this.db.cohort.findUnique({ where: { id } });
    return row ? toCohort(row) : null;
  }

  async findBySlug(slug: string): Promise<Cohort | null> {
    const row = await this.db.cohort.findUnique({ where: { slug } });
    return row ? toCohort(row) : null;
  }

  async list(): Promise<Cohort[]> {
    return (await this.db.cohort.findMany({ orderBy: [{ applicationsOpenAt: "desc" }, { createdAt: "desc" }] })).map(
      toCohort,
    );
  }

  async delete(id: string): Promise<void> {
    await this.db.cohort.delete({ where: { id } });
  }
}

function toCohort(row: CohortRow): Cohort {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    objective: row.objective,
    learningObjectives: row.learningObjectives,
    focusAreas: row.focusAreas,
    skills: (typeof row.skills === "string" ? JSON.parse(row.skills) : row.skills) as Skill[],
    applicationsOpenAt: row.applicationsOpenAt,
    applicationsCloseAt: row.applicationsCloseAt,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    cadenceDays: row.cadenceDays,
    minSessions: row.minSessions,
    sessionMinutes: row.sessionMinutes,
    plenaryCount: row.plenaryCount,
    attendanceThreshold: row.attendanceThreshold,
    sponsorRequired: row.sponsorRequired,
    timeZone: row.timeZone,
    locale: isLocale(row.locale) ? row.locale : "es",
    mode: row.mode === "classic" ? "classic" : "reverse",
    allowMultipleMentees: row.allowMultipleMentees,
    avoidSameDepartment: row.avoidSameDepartment,
    status: row.status as CohortStatus,
    isDemo: row.isDemo,
    anonymousEvaluations: row.anonymousEvaluations,
    finishedAt: row.finishedAt,
    createdById: row.createdById,
    createdAt: row.createdAt,
  };
}
