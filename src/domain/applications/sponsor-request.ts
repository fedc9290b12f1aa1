import type { Cohort } from "../cohorts/cohort";
import type { Person } from "../people";
import type { Application } from "./application";

/**
 * What a sponsor is shown: who applied, to what, and the answers a manager may see (role, job,
 * department, what they want first, what they want to deepen), never their self-description,
 * challenges or what mentoring means to them.
 */
export interface SponsorRequestView {
  applicationId: string;
  applicantName: string;
  applicantPlatformId: string;
  cohortName: string;
  objective: string;
  role: "mentor" | "mentee" | "both" | "unknown";
  jobTitle: string;
  department: string;
  firstWish: string;
  learnSkills: string[];
  minSessions: number;
  sessionMinutes: number;
  plenaryCount: number;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  reminder: boolean;
}

export function sponsorRequestView(
  application: Application,
  cohort: Cohort,
  applicant: Person,
  reminder: boolean,
): SponsorRequestView {
  const names = new Map(cohort.skills.map((s) => [s.id, s.name]));
  return {
    applicationId: application.id,
    applicantName: applicant.displayName || applicant.userId,
    applicantPlatformId: applicant.userId,
    cohortName: cohort.name,
    objective: cohort.objective,
    role: application.answers.role ?? "unknown",
    jobTitle: application.answers.jobTitle ?? "",
    department: application.answers.department ?? "",
    firstWish: application.answers.firstWish ?? "",
    learnSkills: (application.answers.learnSkills ?? [])
      .map((id) => names.get(id))
      .filter((n): n is string => Boolean(n)),
    minSessions: cohort.minSessions,
    sessionMinutes: cohort.sessionMinutes,
    plenaryCount: cohort.plenaryCount,
    startsAt: cohort.startsAt,
    endsAt: cohort.endsAt,
    timeZone: cohort.timeZone,
    reminder,
  };
}
