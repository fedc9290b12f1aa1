import type { AuditLog } from "../reporting/audit";
import { DateTime } from "luxon";
import type { Clock } from "../clock";
import { applicationWindowOpen, type Cohort } from "../cohorts/cohort";
import type { CohortService } from "../cohorts/cohort-service";
import { notifyJob, type JobQueue, type Notice } from "../jobs";
import type { PeopleService, Person } from "../people";
import type { UnitOfWork } from "../unit-of-work";
import {
  hasProfile,
  unratedSkills,
  type Application,
  type ApplicationAnswers,
  type ApplicationStatus,
} from "./application";
import { draftProfile, draftRatings, type ProfileAnswers, type ProfileRules } from "./application-form";

export interface ApplicationRepository {
  find(cohortId: string, personId: string): Promise<Application | null>;
  findById(id: string): Promise<Application | null>;
  create(cohortId: string, personId: string, answers: ApplicationAnswers): Promise<Application>;
  update(
    id: string,
    change: Partial<Omit<Application, "id" | "cohortId" | "personId" | "createdAt" | "updatedAt">>,
  ): Promise<Application>;
  listByCohort(cohortId: string): Promise<Application[]>;
  listByPerson(personId: string): Promise<Application[]>;
}

export const APPLICATION_JOBS = {
  sponsorRequest: "application.sponsor-request",
  sponsorReminder: "application.sponsor-reminder",
} as const;

export interface SponsorJobPayload {
  applicationId: string;
  /** When this request was made: a later request (after an edit) makes older jobs no-ops. */
  requestedAt: string;
}

/** Sponsors get three working days before one reminder. */
export const SPONSOR_REMINDER_WORKING_DAYS = 3;

export type ApplyGate =
  | { ok: true; application: Application; cohort: Cohort; resumed: boolean }
  | { ok: false; reason: "not-open-yet" | "window-closed" | "already-matched"; cohort: Cohort };

export type SubmitResult =
  | { ok: true; application: Application; outcome: "awaiting-sponsor" | "submitted" | "still-endorsed" }
  | { ok: false; reason: "window-closed" | "incomplete-profile" | "not-yours" | "already-matched" }
  /** `skill`: the first skill still without a level, where the form goes back to. */
  | { ok: false; reason: "unrated-skills"; skill: string };

export type DraftResult =
  | { ok: true; application: Application }
  | { ok: false; reason: "not-yours" }
  | { ok: false; reason: "not-a-draft" | "window-closed"; application: Application };

/** Where an application can still be changed by its applicant (a withdrawn one is reopened by `apply`). */
const EDITABLE: ApplicationStatus[] = ["draft", "awaiting_sponsor", "submitted", "endorsed"];

export type DecisionResult =
  | { ok: true; application: Application; applicant: Person; cohort: Cohort }
  | { ok: false; reason: "not-found" | "not-sponsor" | "withdrawn" | "already-decided"; application?: Application };

export type WithdrawResult =
  | { ok: true; application: Application }
  | { ok: false; reason: "not-yours" | "window-closed" | "already-withdrawn" | "matched" };

export interface ApplicantEntry {
  application: Application;
  person: Person | null;
  sponsor: Person | null;
  /** Awaiting a sponsor who was reminded and still has not answered. */
  sponsorOverdue: boolean;
}

export interface ApplicantsOverview {
  cohort: Cohort;
  total: number;
  byStatus: Partial<Record<ApplicationStatus, number>>;
  byRole: Record<"mentor" | "mentee" | "both" | "unknown", number>;
  byDepartment: { department: string; count: number }[];
  entries: ApplicantEntry[];
}

/** Phase 2: people apply, their manager endorses, and everyone can see where they stand. */
export class ApplicationService {
  constructor(
    private readonly repo: ApplicationRepository,
    private readonly cohorts: CohortService,
    private readonly people: PeopleService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly transactions: UnitOfWork,
    private readonly audit?: AuditLog,
  ) {}

  /**
   * `/mentoring apply`: the person's application to this cohort, created as a draft or resumed
   * (applying twice edits the first one; a withdrawn or declined one can be taken up again).
   */
  async begin(person: Person, cohort: Cohort): Promise<ApplyGate> {
    const now = this.clock.now();
    const existing = await this.repo.find(cohort.id, person.id);
    if (existing && (existing.status === "matched" || existing.status === "accepted"))
      return { ok: false, reason: "already-matched", cohort };
    if (!applicationWindowOpen(cohort, now)) {
      return {
        ok: false,
        reason: cohort.status === "draft" || now < cohort.applicationsOpenAt ? "not-open-yet" : "window-closed",
        cohort,
      };
    }
    if (!existing) {
      return { ok: true, application: await this.repo.create(cohort.id, person.id, {}), cohort, resumed: false };
    }
    if (existing.status === "withdrawn" || existing.status === "declined") {
      const reopened = await this.repo.update(existing.id, { status: "draft", withdrawnAt: null });
      return { ok: true, application: reopened, cohort, resumed: true };
    }
    return { ok: true, application: existing, cohort, resumed: true };
  }

  async findById(id: string): Promise<Application | null> {
    return this.repo.findById(id);
  }

  /**
   * What a closed form leaves behind (Slack's view_closed, Teams' "Save and close" and "Back"):
   * only into a draft whose cohort still takes applications, and only the fields that pass the
   * submission's rules one by one (see draftProfile, draftRatings). A request can be forged, so
   * this is the one place that decides; the platforms pass what they received.
   */
  async saveDraft(
    person: Person,
    applicationId: string,
    typed: { profile?: Record<string, unknown>; ratings?: Record<string, unknown> },
  ): Promise<DraftResult> {
    const application = await this.repo.findById(applicationId);
    if (!application || application.personId !== person.id) return { ok: false, reason: "not-yours" };
    // A sent or matched application changes only through a checked submission.
    if (application.status !== "draft") return { ok: false, reason: "not-a-draft", application };
    const cohort = await this.cohorts.findById(application.cohortId);
    if (!cohort || !applicationWindowOpen(cohort, this.clock.now()))
      return { ok: false, reason: "window-closed", application };
    const profile = typed.profile ? draftProfile(profileRules(cohort, person), typed.profile) : {};
    const ratings = typed.ratings ? draftRatings(cohort.skills, typed.ratings) : {};
    if (Object.keys(profile).length === 0 && Object.keys(ratings).length === 0) return { ok: true, application };
    const answers: ApplicationAnswers = { ...application.answers, ...profile };
    if (Object.keys(ratings).length > 0)
      answers.ratings = cohortRatings(cohort, { ...application.answers.ratings, ...ratings });
    return { ok: true, application: await this.repo.update(applicationId, { answers }) };
  }

  /** Step 1 saved (already validated): the profile replaces the previous one, ratings are kept. */
  async saveProfile(person: Person, applicationId: string, profile: ProfileAnswers): Promise<Application | null> {
    const editable = await this.editable(person, applicationId);
    if (!editable) return null;
    return this.repo.update(applicationId, { answers: { ...editable.application.answers, ...profile } });
  }

  /** Step 2, one page of ratings saved (already validated; still only the cohort's skills, 1 to 5). */
  async saveRatings(
    person: Person,
    applicationId: string,
    ratings: Record<string, number>,
  ): Promise<Application | null> {
    const editable = await this.editable(person, applicationId);
    if (!editable) return null;
    const { application, cohort } = editable;
    const checked = draftRatings(cohort.skills, ratings);
    return this.repo.update(applicationId, {
      answers: {
        ...application.answers,
        ratings: cohortRatings(cohort, { ...application.answers.ratings, ...checked }),
      },
    });
  }

  /** The person's own application, while its window is open and it is not matched or withdrawn. */
  private async editable(
    person: Person,
    applicationId: string,
  ): Promise<{ application: Application; cohort: Cohort } | null> {
    const application = await this.repo.findById(applicationId);
    if (!application || application.personId !== person.id || !EDITABLE.includes(application.status)) return null;
    const cohort = await this.cohorts.findById(application.cohortId);
    if (!cohort || !applicationWindowOpen(cohort, this.clock.now())) return null;
    return { application, cohort };
  }

  /**
   * The last step: the application goes to the sponsor (or straight in when the cohort needs no
   * sponsor). An edit after endorsement by the same sponsor stays endorsed.
   */
  async submit(person: Person, applicationId: string, sponsor: Person | null): Promise<SubmitResult> {
    // Sent and the sponsor asked, together: an application never waits for a request nobody sent.
    return this.transactions.run(async (): Promise<SubmitResult> => {
      const application = await this.repo.findById(applicationId);
      if (!application || application.personId !== person.id) return { ok: false, reason: "not-yours" };
      if (application.status === "matched" || application.status === "accepted")
        return { ok: false, reason: "already-matched" };
      const cohort = await this.cohorts.findById(application.cohortId);
      const now = this.clock.now();
      if (!cohort || !applicationWindowOpen(cohort, now)) return { ok: false, reason: "window-closed" };
      if (!hasProfile(application.answers)) return { ok: false, reason: "incomplete-profile" };
      const [unrated] = unratedSkills(
        application.answers,
        cohort.skills.map((s) => s.id),
      );
      if (unrated !== undefined) return { ok: false, reason: "unrated-skills", skill: unrated };

      if (!cohort.sponsorRequired) {
        const updated = await this.repo.update(applicationId, {
          status: "submitted",
          submittedAt: now,
          sponsorPersonId: sponsor?.id ?? null,
        });
        return { ok: true, application: updated, outcome: "submitted" };
      }
      if (application.status === "endorsed" && sponsor && application.sponsorPersonId === sponsor.id) {
        const updated = await this.repo.update(applicationId, { submittedAt: now });
        return { ok: true, application: updated, outcome: "still-endorsed" };
      }
      const updated = await this.repo.update(applicationId, {
        status: "awaiting_sponsor",
        submittedAt: now,
        sponsorPersonId: sponsor?.id ?? null,
        sponsorRequestedAt: now,
        sponsorRemindedAt: null,
        sponsorDecidedAt: null,
        sponsorReason: null,
        overriddenById: null,
      });
      await this.requestSponsor(updated, sponsor);
      return { ok: true, application: updated, outcome: "awaiting-sponsor" };
    });
  }

  async withdraw(person: Person, applicationId: string): Promise<WithdrawResult> {
    const application = await this.repo.findById(applicationId);
    if (!application || application.personId !== person.id) return { ok: false, reason: "not-yours" };
    if (application.status === "withdrawn") return { ok: false, reason: "already-withdrawn" };
    if (application.status === "matched" || application.status === "accepted") return { ok: false, reason: "matched" };
    const cohort = await this.cohorts.findById(application.cohortId);
    if (!cohort || !applicationWindowOpen(cohort, this.clock.now())) return { ok: false, reason: "window-closed" };
    return {
      ok: true,
      application: await this.repo.update(applicationId, { status: "withdrawn", withdrawnAt: this.clock.now() }),
    };
  }

  /**
   * Whether this sponsor may still decide (Decline asks for a reason first): the application when
   * they may, else why not, as `decide` would say it.
   */
  async openForDecision(
    sponsor: Person,
    applicationId: string,
  ): Promise<{ ok: true; application: Application } | Extract<DecisionResult, { ok: false }>> {
    const application = await this.repo.findById(applicationId);
    const refusal = decisionRefusal(sponsor, application);
    return refusal ?? (application ? { ok: true, application } : { ok: false, reason: "not-found" });
  }

  /** The sponsor's Endorse or Decline; the applicant is told either way. */
  async decide(
    sponsor: Person,
    applicationId: string,
    decision: "endorse" | "decline",
    reason?: string,
  ): Promise<DecisionResult> {
    return this.transactions.run(async (): Promise<DecisionResult> => {
      const application = await this.repo.findById(applicationId);
      const refusal = decisionRefusal(sponsor, application);
      if (refusal || !application) return refusal ?? { ok: false, reason: "not-found" };
      const now = this.clock.now();
      const cleanReason = reason?.trim() ? reason.trim().slice(0, 1000) : null;
      const updated = await this.repo.update(applicationId, {
        status: decision === "endorse" ? "endorsed" : "declined",
        sponsorDecidedAt: now,
        sponsorReason: cleanReason,
      });
      const [applicant, cohort] = await Promise.all([
        this.people.findById(application.personId),
        this.cohorts.findById(application.cohortId),
      ]);
      const name = sponsor.displayName || sponsor.userId;
      const notice: Notice =
        decision === "endorse"
          ? { key: "applications.endorsedNotice", vars: { sponsor: name, cohort: cohort?.name ?? "" } }
          : {
              key: cleanReason ? "applications.declinedNoticeWithReason" : "applications.declinedNotice",
              vars: { sponsor: name, cohort: cohort?.name ?? "", reason: cleanReason ?? "" },
            };
      await this.jobs.enqueue([
        notifyJob(application.personId, notice, `sponsor-decision:${applicationId}:${now.toISOString()}`, now),
      ]);
      return { ok: true, application: updated, applicant: applicant!, cohort: cohort! };
    });
  }

  /** A coordinator accepts an application without (or against) its sponsor. */
  async override(
    coordinator: Person,
    applicationId: string,
  ): Promise<{ ok: true; application: Application } | { ok: false; reason: "not-found" | "not-applicable" }> {
    return this.transactions.run(
      async (): Promise<
        { ok: true; application: Application } | { ok: false; reason: "not-found" | "not-applicable" }
      > => {
        const application = await this.repo.findById(applicationId);
        if (!application) return { ok: false, reason: "not-found" };
        if (application.status !== "awaiting_sponsor" && application.status !== "declined")
          return { ok: false, reason: "not-applicable" };
        const now = this.clock.now();
        const updated = await this.repo.update(applicationId, {
          status: "endorsed",
          overriddenById: coordinator.id,
          sponsorDecidedAt: application.sponsorDecidedAt ?? now,
        });
        const cohort = await this.cohorts.findById(application.cohortId);
        await this.jobs.enqueue([
          notifyJob(
            application.personId,
            { key: "applications.overrideNotice", vars: { cohort: cohort?.name ?? "" } },
            `application-override:${applicationId}:${now.toISOString()}`,
            now,
          ),
        ]);
        const applicant = await this.people.findById(application.personId);
        await this.audit?.record(coordinator, "application.overridden", cohort, {
          person: applicant?.displayName ?? "",
          was: application.status,
        });
        return { ok: true, application: updated };
      },
    );
  }

  /**
   * The reminder job: due only while the same request is unanswered. A retry after the reminder
   * went out is still due (delivery is exactly-once by its key); markReminded records it.
   */
  async sponsorReminderDue(payload: SponsorJobPayload): Promise<Application | null> {
    return this.sponsorRequestDue(payload);
  }

  async markReminded(applicationId: string): Promise<void> {
    const application = await this.repo.findById(applicationId);
    if (application && !application.sponsorRemindedAt)
      await this.repo.update(applicationId, { sponsorRemindedAt: this.clock.now() });
  }

  /** The request job: only if this request is still the one awaiting an answer. */
  async sponsorRequestDue(payload: SponsorJobPayload): Promise<Application | null> {
    const application = await this.repo.findById(payload.applicationId);
    if (application?.status !== "awaiting_sponsor") return null;
    if (application.sponsorRequestedAt?.toISOString() !== payload.requestedAt) return null;
    return application;
  }

  /** A person's applications with their cohorts, newest cohort first. */
  async forPerson(personId: string): Promise<{ application: Application; cohort: Cohort }[]> {
    const applications = await this.repo.listByPerson(personId);
    const result: { application: Application; cohort: Cohort }[] = [];
    for (const application of applications) {
      const cohort = await this.cohorts.findById(application.cohortId);
      if (cohort) result.push({ application, cohort });
    }
    return result.sort((a, b) => b.cohort.applicationsOpenAt.getTime() - a.cohort.applicationsOpenAt.getTime());
  }

  async listByCohort(cohortId: string): Promise<Application[]> {
    return this.repo.listByCohort(cohortId);
  }

  async setStatus(applicationId: string, status: ApplicationStatus): Promise<Application> {
    return this.repo.update(applicationId, { status });
  }

  /** `/mentoring applicants`: counts by status, role and department, and everyone, drafts last. */
  async overview(cohort: Cohort): Promise<ApplicantsOverview> {
    const applications = await this.repo.listByCohort(cohort.id);
    const people = await this.people.byIds(
      applications.flatMap((a) => [a.personId, ...(a.sponsorPersonId ? [a.sponsorPersonId] : [])]),
    );
    const byStatus: Partial<Record<ApplicationStatus, number>> = {};
    const byRole = { mentor: 0, mentee: 0, both: 0, unknown: 0 };
    const departments = new Map<string, { department: string; count: number }>();
    for (const application of applications) {
      byStatus[application.status] = (byStatus[application.status] ?? 0) + 1;
      if (application.status === "withdrawn") continue;
      byRole[application.answers.role ?? "unknown"]++;
      const department = application.answers.department?.trim();
      if (department) {
        const key = department.toLowerCase();
        const entry = departments.get(key) ?? { department, count: 0 };
        entry.count++;
        departments.set(key, entry);
      }
    }
    const order: ApplicationStatus[] = [
      "awaiting_sponsor",
      "declined",
      "endorsed",
      "submitted",
      "accepted",
      "matched",
      "draft",
      "withdrawn",
    ];
    const entries = applications
      .map((application) => ({
        application,
        person: people.get(application.personId) ?? null,
        sponsor: application.sponsorPersonId ? (people.get(application.sponsorPersonId) ?? null) : null,
        sponsorOverdue: application.status === "awaiting_sponsor" && application.sponsorRemindedAt !== null,
      }))
      .sort(
        (a, b) =>
          order.indexOf(a.application.status) - order.indexOf(b.application.status) ||
          (a.person?.displayName ?? "").localeCompare(b.person?.displayName ?? "", cohort.locale),
      );
    return {
      cohort,
      total: applications.length,
      byStatus,
      byRole,
      byDepartment: [...departments.values()].sort(
        (a, b) => b.count - a.count || a.department.localeCompare(b.department),
      ),
      entries,
    };
  }

  private async requestSponsor(application: Application, sponsor: Person | null): Promise<void> {
    if (!sponsor || !application.sponsorRequestedAt) return;
    const requestedAt = application.sponsorRequestedAt;
    const payload: SponsorJobPayload = { applicationId: application.id, requestedAt: requestedAt.toISOString() };
    const remindAt = addWorkingDays(requestedAt, SPONSOR_REMINDER_WORKING_DAYS, this.people.timeZoneOf(sponsor));
    await this.jobs.enqueue([
      {
        kind: APPLICATION_JOBS.sponsorRequest,
        payload,
        runAt: requestedAt,
        idempotencyKey: sponsorDeliveryKeys(application).request,
      },
      {
        kind: APPLICATION_JOBS.sponsorReminder,
        payload,
        runAt: remindAt,
        idempotencyKey: sponsorDeliveryKeys(application).reminder,
      },
    ]);
  }
}

/**
 * The delivery keys of the current sponsor request and its reminder (the jobs' idempotency keys,
 * which the delivery ledger records with where each message went).
 */
export function sponsorDeliveryKeys(application: Pick<Application, "id" | "sponsorRequestedAt">): {
  request: string;
  reminder: string;
} {
  const requestedAt = application.sponsorRequestedAt?.toISOString() ?? "";
  return {
    request: `sponsor-request:${application.id}:${requestedAt}`,
    reminder: `sponsor-reminder:${application.id}:${requestedAt}`,
  };
}

/** The profile rules of a cohort for one applicant (shared by the platforms' submissions and drafts). */
export function profileRules(cohort: Cohort, applicant: Pick<Person, "userId">): ProfileRules {
  return {
    skills: cohort.skills,
    sponsorRequired: cohort.sponsorRequired,
    allowMultipleMentees: cohort.allowMultipleMentees,
    applicantUserId: applicant.userId,
  };
}

/** Ratings only for the cohort's own skills: anything else ever stored is dropped on the next save. */
function cohortRatings(cohort: Cohort, ratings: Record<string, number>): Record<string, number> {
  const kept: Record<string, number> = {};
  for (const skill of cohort.skills) if (ratings[skill.id] !== undefined) kept[skill.id] = ratings[skill.id]!;
  return kept;
}

/**
 * `days` working days (Monday to Friday, in `zone`) after `from`, at the same local time, moved
 * into office hours (10:00 when it would fall before 9:00 or after 18:00), so nobody is nudged at night.
 */
export function addWorkingDays(from: Date, days: number, zone: string): Date {
  let date = DateTime.fromJSDate(from, { zone });
  let added = 0;
  while (added < days) {
    date = date.plus({ days: 1 });
    if (date.weekday <= 5) added++;
  }
  if (date.hour < 9) date = date.set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
  if (date.hour >= 18) {
    do date = date.plus({ days: 1 });
    while (date.weekday > 5);
    date = date.set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
  }
  return date.toJSDate();
}

function decisionRefusal(
  sponsor: Person,
  application: Application | null,
): Extract<DecisionResult, { ok: false }> | null {
  if (!application) return { ok: false, reason: "not-found" };
  if (application.sponsorPersonId !== sponsor.id) return { ok: false, reason: "not-sponsor", application };
  if (application.status === "withdrawn") return { ok: false, reason: "withdrawn", application };
  if (application.status !== "awaiting_sponsor") return { ok: false, reason: "already-decided", application };
  return null;
}
