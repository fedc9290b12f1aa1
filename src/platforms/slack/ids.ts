/** Block Kit ids shared by the views that create elements and the listeners that handle them. */
export const ACTION_IDS = {
  openSettings: "settings.open",
  showHelp: "help.show",
  apply: "application.apply",
  editApplication: "application.edit",
  withdrawApplication: "application.withdraw",
  backToProfile: "application.back-to-profile",
  sponsorEndorse: "sponsor.endorse",
  sponsorDecline: "sponsor.decline",
  applicantsPage: "applicants.page",
  applicantOverride: "applicants.override",
  announcePickChannel: "announce.pick-channel",
  editCohort: "cohort.edit",
  matchPair: "match.pair",
  matchRerun: "match.rerun",
  matchApprove: "match.approve",
  matchPage: "match.page",
  matchDownload: "match.download",
  sessionPlan: "session.plan",
  sessionLog: "session.log",
  sessionLogEdit: "session.log-edit",
  sessionAccept: "session.accept",
  pairPause: "pair.pause",
  pairResume: "pair.resume",
  actionItemDone: "action-item.done",
  checkIn: "session.check-in",
  openGoals: "goals.open",
  goalAdd: "goals.add",
  goalEdit: "goals.edit",
  /** One per phase in a goal's row ("goals.phase:2"): buttons in one block need distinct ids. */
  goalPhase: "goals.phase",
  goalUp: "goals.up",
  goalDown: "goals.down",
  goalPick: "goals.pick",
  goalUnpick: "goals.unpick",
  goalRemove: "goals.remove",
  plenaryGenerate: "plenary.generate",
  plenaryEdit: "plenary.edit",
  plenaryAttendance: "plenary.attendance",
  plenaryCheckIn: "plenary.check-in",
  evaluationOpen: "evaluation.open",
  cohortNudge: "cohort.nudge",
  cohortStatus: "cohort.status",
  /** A link button ("link.open:0"): Slack sends its click too, which is only acknowledged. */
  openLink: "link.open",
} as const;

export const VIEW_IDS = {
  settings: "settings",
  cohortForm: "cohort.form",
  applicationProfile: "application.profile",
  applicationSkills: "application.skills",
  sponsorDecline: "sponsor.decline",
  announceChannel: "announce.channel",
  matchReassign: "match.reassign",
  sessionPlan: "session.plan",
  sessionLog: "session.log",
  goalsBoard: "goals.board",
  goalsChooser: "goals.chooser",
  goalForm: "goals.form",
  plenaryEdit: "plenary.edit",
  plenaryAttendance: "plenary.attendance",
  evaluation: "evaluation",
} as const;

export const BLOCK_IDS = {
  settingsLanguage: "settings_language",
  settingsTimeZone: "settings_time_zone",
} as const;

/** The cohort form's block ids are its field names (see domain/cohorts/cohort-form.ts). */
export const COHORT_FIELDS = [
  "name",
  "objective",
  "learningObjectives",
  "focusAreas",
  "applicationsOpen",
  "applicationsClose",
  "startsOn",
  "endsOn",
  "cadenceDays",
  "minSessions",
  "sessionMinutes",
  "plenaryCount",
  "attendanceThreshold",
  "options",
  "timeZone",
  "locale",
  "mode",
  "competences",
  "tools",
] as const;

/** The application profile's block ids are its field names (see domain/applications/application-form.ts). */
export const PROFILE_FIELDS = [
  "role",
  "jobTitle",
  "department",
  "sponsorUserId",
  "linkedinUrl",
  "strengths",
  "learnSkills",
  "areasToDeepen",
  "firstWish",
  "selfDescription",
  "challenges",
  "mentoringMeaning",
  "languages",
  "timeZone",
  "workStart",
  "workEnd",
  "workDays",
  "capacity",
  "consent",
] as const;

/** Ratings blocks are "rating:<skill id>". */
export const RATING_BLOCK_PREFIX = "rating:";

/** A modal's private_metadata: which cohort, application and page it is about. */
export interface ViewMetadata {
  cohortId?: string;
  evaluationId?: string;
  pairId?: string;
  sessionId?: string;
  /** A check-in answered "we moved it": the question's time, to close it once the new time is set. */
  askedAt?: string;
  proposalId?: string;
  applicationId?: string;
  page?: number;
  /** Where to report back (the channel a command was typed in). */
  channelId?: string;
  /** The message a modal was opened from, to update once it is submitted. */
  messageTs?: string;
  plenaryId?: string;
}

export function encodeMetadata(metadata: ViewMetadata): string {
  return JSON.stringify(metadata);
}

export function decodeMetadata(raw: string | undefined): ViewMetadata {
  try {
    const parsed = JSON.parse(raw ?? "{}") as unknown;
    return typeof parsed === "object" && parsed !== null ? (parsed as ViewMetadata) : {};
  } catch {
    return {};
  }
}
