import { DateTime } from "luxon";
import type { Clock } from "../clock";
import type { FieldError } from "../forms";
import type { JobQueue, JobRequest } from "../jobs";
import type { Person } from "../people";
import { programmeJobs } from "./programme-jobs";
import { mustBeAllowed, type Actor } from "../policy";
import type { UnitOfWork } from "../unit-of-work";
import { cohortSlug, endOfLocalDay, isActive, type Cohort, type CohortSettings, type CohortStatus } from "./cohort";

export interface NewCohort extends CohortSettings {
  slug: string;
  status: CohortStatus;
  isDemo: boolean;
  createdById: string;
  finishedAt?: Date | null;
}

export interface CohortRepository {
  create(cohort: NewCohort): Promise<Cohort>;
  update(id: string, change: Partial<NewCohort>): Promise<Cohort>;
  findById(id: string): Promise<Cohort | null>;
  findBySlug(slug: string): Promise<Cohort | null>;
  /** Newest first. */
  list(): Promise<Cohort[]>;
  delete(id: string): Promise<void>;
}

export const COHORT_JOBS = {
  windowOpens: "cohort.applications-open",
  windowCloses: "cohort.applications-close",
} as const;

export interface WindowJobPayload {
  cohortId: string;
  /** The window time this job was scheduled for; an edit schedules new jobs and these become no-ops. */
  at: string;
}

export type CohortSaveResult = { ok: true; cohort: Cohort } | { ok: false; errors: FieldError[] };

/** How a command's optional cohort name resolves. */
export type CohortChoice =
  | { kind: "found"; cohort: Cohort }
  | { kind: "none" }
  | { kind: "ambiguous"; cohorts: Cohort[] }
  | { kind: "unknown"; name: string; known: Cohort[] };

export type WindowChange =
  | { ok: true; cohort: Cohort }
  | {
      ok: false;
      reason: "finished" | "already-open" | "already-closed" | "window-over" | "date-in-past" | "not-open-yet";
    };

/** Phase 1: coordinators define cohorts; their application windows open and close by themselves. */
export class CohortService {
  constructor(
    private readonly repo: CohortRepository,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly transactions: UnitOfWork,
    /** Whether the cohort runs (has pairs): its questionnaires and close are then re-planned on an edit. */
    private readonly hasPairs: (cohortId: string) => Promise<boolean> = async () => false,
  ) {}

  async create(actor: Person, settings: CohortSettings, options: { isDemo?: boolean } = {}): Promise<CohortSaveResult> {
    return this.transactions.run(async (): Promise<CohortSaveResult> => {
      const slug = cohortSlug(settings.name);
      if (await this.repo.findBySlug(slug))
        return { ok: false, errors: [{ field: "name", message: "cohortForm.errors.nameTaken" }] };
      if (settings.applicationsCloseAt <= this.clock.now())
        return { ok: false, errors: [{ field: "applicationsClose", message: "cohortForm.errors.closeInPast" }] };
      const cohort = await this.repo.create({
        ...settings,
        slug,
        status: "draft",
        isDemo: options.isDemo ?? false,
        createdById: actor.id,
      });
      await this.scheduleWindow(cohort);
      return { ok: true, cohort };
    });
  }

  async update(cohortId: string, settings: CohortSettings): Promise<CohortSaveResult> {
    // New dates and the jobs that hang on them together: older jobs are no-ops once the dates move.
    return this.transactions.run(async (): Promise<CohortSaveResult> => {
      const current = await this.repo.findById(cohortId);
      if (!current) return { ok: false, errors: [{ field: "name", message: "cohorts.notFound" }] };
      const slug = cohortSlug(settings.name);
      const clash = await this.repo.findBySlug(slug);
      if (clash && clash.id !== cohortId)
        return { ok: false, errors: [{ field: "name", message: "cohortForm.errors.nameTaken" }] };
      const status = this.statusAfterDateChange(current, settings);
      const cohort = await this.repo.update(cohortId, { ...settings, slug, status });
      await this.scheduleWindow(cohort);
      // Older jobs check the dates they were made for and do nothing; these replace them.
      if (await this.hasPairs(cohort.id)) await this.jobs.enqueue(programmeJobs(cohort));
      return { ok: true, cohort };
    });
  }

  findById(id: string): Promise<Cohort | null> {
    return this.repo.findById(id);
  }

  list(): Promise<Cohort[]> {
    return this.repo.list();
  }

  async delete(cohortId: string): Promise<void> {
    await this.repo.delete(cohortId);
  }

  /**
   * The cohort a command means: the one named, or, with no name, the only one that fits `accept`
   * (e.g. the only cohort open for applications). Names match without case or accents; cohorts
   * that are not `visible` to the person (demo cohorts, for applicants) do not exist for them.
   */
  async choose(
    name: string,
    accept: (cohort: Cohort) => boolean = isActive,
    visible: (cohort: Cohort) => boolean = () => true,
  ): Promise<CohortChoice> {
    const cohorts = (await this.repo.list()).filter(visible);
    const wanted = cohortSlug(name);
    if (wanted) {
      const exact = cohorts.find((c) => c.slug === wanted);
      if (exact) return { kind: "found", cohort: exact };
      const partial = cohorts.filter((c) => c.slug.includes(wanted));
      if (partial.length === 1) return { kind: "found", cohort: partial[0]! };
      return { kind: "unknown", name, known: partial.length > 1 ? partial : cohorts };
    }
    const candidates = cohorts.filter(accept);
    if (candidates.length === 1) return { kind: "found", cohort: candidates[0]! };
    if (candidates.length === 0) return { kind: "none" };
    return { kind: "ambiguous", cohorts: candidates };
  }

  /** `cohort open`: applications open now (the closing date must still be ahead). */
  async openApplications(actor: Actor, cohortId: string): Promise<WindowChange> {
    mustBeAllowed(actor, "cohort.window");
    return this.transactions.run(async (): Promise<WindowChange> => {
      const cohort = await this.mustFind(cohortId);
      const now = this.clock.now();
      if (cohort.status === "open") return { ok: false, reason: "already-open" };
      if (cohort.status === "running" || cohort.status === "finished") return { ok: false, reason: "finished" };
      if (cohort.applicationsCloseAt <= now) return { ok: false, reason: "window-over" };
      const opensAt = cohort.applicationsOpenAt > now ? now : cohort.applicationsOpenAt;
      const updated = await this.repo.update(cohortId, { status: "open", applicationsOpenAt: opensAt });
      await this.scheduleWindow(updated);
      return { ok: true, cohort: updated };
    });
  }

  /** `cohort close`: applications close now, before their date. */
  async closeApplications(actor: Actor, cohortId: string): Promise<WindowChange> {
    mustBeAllowed(actor, "cohort.window");
    const cohort = await this.mustFind(cohortId);
    if (cohort.status === "draft") return { ok: false, reason: "not-open-yet" };
    if (cohort.status !== "open") return { ok: false, reason: "already-closed" };
    const now = this.clock.now();
    const updated = await this.repo.update(cohortId, {
      status: "closed",
      applicationsCloseAt: now < cohort.applicationsCloseAt ? now : cohort.applicationsCloseAt,
    });
    return { ok: true, cohort: updated };
  }

  /** `cohort extend <date>`: applications close at the end of that day (reopening them if needed). */
  async extendApplications(actor: Actor, cohortId: string, isoDate: string): Promise<WindowChange> {
    mustBeAllowed(actor, "cohort.window");
    return this.transactions.run(async (): Promise<WindowChange> => {
      const cohort = await this.mustFind(cohortId);
      if (cohort.status === "running" || cohort.status === "finished") return { ok: false, reason: "finished" };
      const closesAt = endOfLocalDay(isoDate, cohort.timeZone);
      if (!DateTime.fromISO(isoDate).isValid || closesAt <= this.clock.now())
        return { ok: false, reason: "date-in-past" };
      const status: CohortStatus =
        cohort.status === "closed" || (cohort.status === "draft" && cohort.applicationsOpenAt <= this.clock.now())
          ? "open"
          : cohort.status;
      const updated = await this.repo.update(cohortId, { applicationsCloseAt: closesAt, status });
      await this.scheduleWindow(updated);
      return { ok: true, cohort: updated };
    });
  }

  /** The scheduled opening: a no-op if the cohort changed since the job was planned. */
  async windowOpens(payload: WindowJobPayload): Promise<Cohort | null> {
    const cohort = await this.repo.findById(payload.cohortId);
    if (!cohort || cohort.isDemo || cohort.applicationsOpenAt.toISOString() !== payload.at) return null;
    // Already opened by this very job (a retry after a crash): answer the same, so the notice still goes.
    if (cohort.status === "open") return cohort;
    if (cohort.status !== "draft" || cohort.applicationsCloseAt <= this.clock.now()) return null;
    return this.repo.update(cohort.id, { status: "open" });
  }

  /** The scheduled closing: a no-op if the window moved since the job was planned. */
  async windowCloses(payload: WindowJobPayload): Promise<Cohort | null> {
    const cohort = await this.repo.findById(payload.cohortId);
    if (!cohort || cohort.isDemo || cohort.applicationsCloseAt.toISOString() !== payload.at) return null;
    if (cohort.status === "closed") return cohort;
    if (cohort.status !== "open") return null;
    return this.repo.update(cohort.id, { status: "closed" });
  }

  async setStatus(cohortId: string, status: CohortStatus): Promise<Cohort> {
    return this.repo.update(cohortId, { status });
  }

  private async mustFind(cohortId: string): Promise<Cohort> {
    const cohort = await this.repo.findById(cohortId);
    if (!cohort) throw new Error(`No cohort ${cohortId}`);
    return cohort;
  }

  /** Editing dates of a cohort whose applications are open or closed may move it between the two. */
  private statusAfterDateChange(current: Cohort, next: CohortSettings): CohortStatus {
    const now = this.clock.now();
    if (current.status === "open" && next.applicationsCloseAt <= now) return "closed";
    if (current.status === "closed" && next.applicationsCloseAt > now && next.applicationsOpenAt <= now) return "open";
    return current.status;
  }

  private async scheduleWindow(cohort: Cohort): Promise<void> {
    if (cohort.isDemo) return;
    const jobs: JobRequest[] = [];
    if (cohort.status === "draft") {
      const at = cohort.applicationsOpenAt.toISOString();
      jobs.push({
        kind: COHORT_JOBS.windowOpens,
        payload: { cohortId: cohort.id, at },
        runAt: cohort.applicationsOpenAt,
        idempotencyKey: `cohort-opens:${cohort.id}:${at}`,
      });
    }
    if (cohort.status === "draft" || cohort.status === "open") {
      const at = cohort.applicationsCloseAt.toISOString();
      jobs.push({
        kind: COHORT_JOBS.windowCloses,
        payload: { cohortId: cohort.id, at },
        runAt: cohort.applicationsCloseAt,
        idempotencyKey: `cohort-closes:${cohort.id}:${at}`,
      });
    }
    await this.jobs.enqueue(jobs);
  }
}
