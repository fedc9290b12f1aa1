import type { MatchRole } from "../matching/types";

/**
 * An application moves: draft → (submit) → awaiting_sponsor → endorsed | declined, or straight to
 * submitted when the cohort needs no sponsor; withdrawn at any point while the window is open;
 * accepted into matching and matched later.
 */
export type ApplicationStatus =
  | "draft"
  | "awaiting_sponsor"
  | "submitted"
  | "endorsed"
  | "declined"
  | "withdrawn"
  | "accepted"
  | "matched";

export const APPLICATION_STATUSES: ApplicationStatus[] = [
  "draft",
  "awaiting_sponsor",
  "submitted",
  "endorsed",
  "declined",
  "withdrawn",
  "accepted",
  "matched",
];

/** The languages an applicant can say they hold sessions in. */
export const SESSION_LANGUAGES = ["es", "en", "pt", "fr", "de", "it", "ca", "eu", "gl"] as const;

export function isSessionLanguage(code: string): code is (typeof SESSION_LANGUAGES)[number] {
  return (SESSION_LANGUAGES as readonly string[]).includes(code);
}

/** Everything the applicant typed, kept as it is while a draft (every field optional). */
export interface ApplicationAnswers {
  role?: MatchRole;
  jobTitle?: string;
  department?: string;
  /** The manager (sponsor) as picked on the platform: its user id there. */
  sponsorUserId?: string;
  linkedinUrl?: string;
  strengths?: string;
  /** Catalogue skills they want to deepen (the toolkit's "areas to deepen"). */
  learnSkills?: string[];
  areasToDeepen?: string;
  firstWish?: string;
  selfDescription?: string;
  challenges?: string;
  mentoringMeaning?: string;
  languages?: string[];
  timeZone?: string;
  workStart?: string;
  workEnd?: string;
  workDays?: number[];
  capacity?: number;
  consent?: boolean;
  /** Skill id → 1 none, 2 basic, 3 medium, 4 advanced, 5 expert. */
  ratings?: Record<string, number>;
}

export interface Application {
  id: string;
  cohortId: string;
  personId: string;
  status: ApplicationStatus;
  answers: ApplicationAnswers;
  submittedAt: Date | null;
  sponsorPersonId: string | null;
  sponsorRequestedAt: Date | null;
  sponsorRemindedAt: Date | null;
  sponsorDecidedAt: Date | null;
  sponsorReason: string | null;
  overriddenById: string | null;
  withdrawnAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Applications that go into matching. */
export function isReadyForMatching(application: Pick<Application, "status">): boolean {
  return application.status === "endorsed" || application.status === "submitted" || application.status === "accepted";
}

/** Applications someone is still in (not withdrawn or declined). */
export function isLive(application: Pick<Application, "status">): boolean {
  return application.status !== "withdrawn" && application.status !== "declined";
}

/** True when every profile question the form requires has an answer (drafts may be partial). */
export function hasProfile(answers: ApplicationAnswers): boolean {
  return Boolean(answers.role && answers.jobTitle && answers.department && answers.firstWish && answers.consent);
}

/** Skills of the catalogue still without a rating. */
export function unratedSkills(answers: ApplicationAnswers, skillIds: string[]): string[] {
  return skillIds.filter((id) => !answers.ratings?.[id]);
}

/** A new application's sensible starting values: the person's own zone and language, office hours. */
export function answersWithDefaults(
  answers: ApplicationAnswers,
  person: { timeZone: string; locale: string },
): ApplicationAnswers {
  return {
    timeZone: person.timeZone,
    languages: [person.locale],
    workStart: "09:00",
    workEnd: "17:00",
    workDays: [1, 2, 3, 4, 5],
    ...answers,
  };
}
