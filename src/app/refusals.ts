import type { FieldError } from "../domain/forms";
import type { CoordinatorChange } from "../domain/people";
import type { DecisionResult, SubmitResult } from "../domain/applications/application-service";
import { MAX_GOALS_PER_PAIR, type GoalRefusal } from "../domain/meetings/goal-service";
import { MEETING_ERRORS, type MeetingError } from "../domain/meetings/errors";
import type { PairLookup, SessionChange } from "../domain/meetings/meeting-service";
import type { ReportingService } from "../domain/reporting/reporting-service";
import type { MessageKey } from "../i18n";
import { text, type Text } from "./reply";

/**
 * Every reason the domain gives for saying no, in the reader's words: the one place where a refusal
 * becomes a catalogue key. Each table is checked against the domain's own union of reasons, so a new
 * reason cannot be added without saying how it reads.
 */

type Reason<R> = R extends { ok: false; reason: infer T } ? T : never;

const MEETING_ERROR_KEYS: ReadonlySet<string> = new Set(Object.values(MEETING_ERRORS));

/** The meetings domain returns some refusals as catalogue keys already (MEETING_ERRORS). */
function isMeetingError(reason: string): reason is MeetingError {
  return MEETING_ERROR_KEYS.has(reason);
}

/** A meetings form's field error (the domain gives MEETING_ERRORS keys) in words. */
export function meetingFieldError(error: FieldError): Text {
  return text(isMeetingError(error.message) ? error.message : "common.somethingWentWrong");
}

const PAIR = {
  "no-pair": "rhythm.noPair",
  "not-partner": "rhythm.notPartner",
} as const satisfies Record<Exclude<Reason<PairLookup>, "several">, MessageKey>;

/** Why there is no pair to act on (several pairs is not a refusal: the overview answers it). */
export function pairRefusal(reason: keyof typeof PAIR): Text {
  return text(PAIR[reason]);
}

const SESSION = {
  "not-found": "rhythm.notPartner",
  "not-partner": "rhythm.notPartner",
  "own-proposal": "rhythm.proposal.ownProposal",
  "not-open": "rhythm.proposal.notOpen",
} as const satisfies Record<Exclude<Reason<SessionChange>, MeetingError>, MessageKey>;

/** Why a session could not be proposed, accepted, paused or its check-in answered. */
export function sessionRefusal(reason: Reason<SessionChange>): Text {
  return text(isMeetingError(reason) ? reason : SESSION[reason]);
}

const GOAL = {
  "not-in-pair": "goals.notYours",
  "not-found": "goals.gone",
} as const satisfies Record<GoalRefusal, MessageKey>;

/** Why a goal (or a pair's goals) cannot be shown or changed, never saying what it holds. */
export function goalRefusal(reason: GoalRefusal | "too-many", about: "pair" | "goal"): Text {
  if (reason === "too-many") return text("goals.tooMany", { max: MAX_GOALS_PER_PAIR });
  if (reason === "not-found" && about === "pair") return text("goals.noPair");
  return text(GOAL[reason]);
}

const SUBMIT = {
  "window-closed": "apply.windowClosed",
  "already-matched": "apply.alreadyMatched",
  "incomplete-profile": "apply.incompleteProfile",
  "not-yours": "apply.notYours",
  "unrated-skills": "apply.unratedSkills",
} as const satisfies Record<Reason<SubmitResult>, MessageKey>;

/** Why an application could not be sent (the cohort and its closing date where the words need them). */
export function submitRefusal(reason: Reason<SubmitResult>, cohort: { name: string; applicationsCloseAt: Date }): Text {
  return text(SUBMIT[reason], { name: cohort.name, date: { date: cohort.applicationsCloseAt } });
}

const SPONSOR = {
  "not-found": "sponsor.notFound",
  "not-sponsor": "sponsor.notSponsor",
  withdrawn: "sponsor.withdrawn",
  "already-decided": "sponsor.alreadyDecided",
} as const satisfies Record<Reason<DecisionResult>, MessageKey>;

/** Why a sponsor's Endorse or Decline changed nothing. */
export function sponsorRefusal(result: Extract<DecisionResult, { ok: false }>): Text {
  if (result.reason === "already-decided" && result.application)
    return text(SPONSOR["already-decided"], {
      status: { message: `applications.statuses.${result.application.status}` },
    });
  return text(result.reason === "already-decided" ? "sponsor.notFound" : SPONSOR[result.reason]);
}

const FINISH = {
  "already-finished": "cohortStatus.alreadyFinished",
  "not-started": "cohortStatus.notStarted",
} as const satisfies Record<Reason<Awaited<ReturnType<ReportingService["finish"]>>>, MessageKey>;

/** Why a cohort could not be closed. */
export function finishRefusal(reason: keyof typeof FINISH, cohort: string): Text {
  return text(FINISH[reason], { cohort });
}

const COORDINATOR_CHANGE = {
  "not-coordinator": "common.coordinatorOnly",
  "configured-in-env": "admin.configuredInEnv",
  "last-coordinator": "admin.lastCoordinator",
} as const satisfies Record<Reason<CoordinatorChange>, MessageKey>;

/** What a coordinator's `admin add|remove` did, or why it did nothing. */
export function coordinatorChangeText(action: "add" | "remove", change: CoordinatorChange, name: string): Text {
  if (!change.ok) return text(COORDINATOR_CHANGE[change.reason], { name, command: { command: "admin" } });
  const key =
    action === "add"
      ? change.changed
        ? "admin.added"
        : "admin.alreadyCoordinator"
      : change.changed
        ? "admin.removed"
        : "admin.notCoordinator";
  return text(key, { name });
}

/** The plain answer to anyone who runs (or clicks) a coordinator's tool. */
export function coordinatorOnly(command: string): Text {
  return text("common.coordinatorOnly", { command: { command } });
}
