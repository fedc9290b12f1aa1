import type { FieldError } from "../domain/forms";
import type { CoordinatorChange } from "../domain/people";
import type { Cohort } from "../domain/cohorts/cohort";
import type { WindowChange } from "../domain/cohorts/cohort-service";
import { skillPages } from "../domain/applications/application-form";
import type { ApplyGate, DecisionResult, DraftResult, SubmitResult } from "../domain/applications/application-service";
import { MAX_GOALS_PER_PAIR, type GoalRefusal } from "../domain/meetings/goal-service";
import { MEETING_ERRORS, type MeetingError } from "../domain/meetings/errors";
import type { PairLookup, SessionChange } from "../domain/meetings/meetings";
import type { ReportingService } from "../domain/reporting/reporting-service";
import type { GenerateResult, Plenary, PlenaryRefusal } from "../domain/meetings/plenary-service";
import type { ApproveResult, ProposeResult } from "../domain/pairing/pairing-service";
import type { Proposal } from "../domain/pairing/proposal";
import type { LeaveResult } from "../domain/privacy/data-rights";
import type { MessageKey } from "../i18n";
import { es } from "../i18n/es";
import { type FieldErrors, text, type Text, type TextValue } from "./reply";

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

/**
 * The catalogue key of a form field's error. The domain names its errors by key without knowing the
 * catalogues; a name that is not one (a typo, a key since removed) reads as "something went wrong".
 */
export function fieldErrorKey(error: FieldError): MessageKey {
  return isMessageKey(error.message) ? error.message : "common.somethingWentWrong";
}

function isMessageKey(key: string): key is MessageKey {
  let node: unknown = es;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
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

const GATE = {
  "already-matched": "apply.alreadyMatched",
  "not-open-yet": "apply.notOpenYet",
  "window-closed": "apply.windowClosed",
} as const satisfies Record<Reason<ApplyGate>, MessageKey>;

/** Why `apply` (or Apply on an announcement) opens no form for this cohort. */
export function applyRefusal(gate: Extract<ApplyGate, { ok: false }>): Text {
  const { cohort } = gate;
  const date = gate.reason === "not-open-yet" ? cohort.applicationsOpenAt : cohort.applicationsCloseAt;
  return text(GATE[gate.reason], { name: cohort.name, date: { date } });
}

const SUBMIT = {
  "window-closed": "apply.windowClosed",
  "already-matched": "apply.alreadyMatched",
  "incomplete-profile": "apply.incompleteProfile",
  "not-yours": "apply.notYours",
  "unrated-skills": "apply.unratedSkills",
} as const satisfies Record<Reason<SubmitResult>, MessageKey>;

/**
 * Why an application could not be sent, and, when a skill still has no level, the page of the
 * skills form to show again (the words then go under that skill).
 */
export function submitRefusal(
  result: Extract<SubmitResult, { ok: false }>,
  cohort: Pick<Cohort, "name" | "applicationsCloseAt" | "skills">,
): { text: Text; back?: { page: number; skill: string } } {
  const words = text(SUBMIT[result.reason], { name: cohort.name, date: { date: cohort.applicationsCloseAt } });
  if (!("skill" in result)) return { text: words };
  const page = skillPages(cohort.skills).findIndex((p) => p.some((s) => s.id === result.skill));
  return { text: words, back: { page: Math.max(0, page), skill: result.skill } };
}

const DRAFT = {
  "not-yours": "apply.notYours",
  "window-closed": "apply.windowClosed",
  "not-a-draft": "teams.apply.notSavedSent",
} as const satisfies Record<Reason<DraftResult>, MessageKey>;

/** Why a draft was not saved (a sent application changes only when sent again). */
export function draftRefusal(
  result: Extract<DraftResult, { ok: false }>,
  cohort: { name: string; applicationsCloseAt: Date },
): Text {
  return text(DRAFT[result.reason], {
    name: cohort.name,
    cohort: cohort.name,
    date: { date: cohort.applicationsCloseAt },
  });
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

const LEAVE = {
  "not-in-cohort": { field: "cohort", key: "dataRights.leave.errors.not-in-cohort" },
  "reason-too-long": { field: "reason", key: "dataRights.leave.errors.reason-too-long" },
} as const satisfies Record<Reason<LeaveResult>, { field: "cohort" | "reason"; key: MessageKey }>;

/** Why leaving did not happen, under the field of the leave form it is about. */
export function leaveRefusal(reason: Reason<LeaveResult>): FieldErrors<"cohort" | "reason"> {
  const { field, key } = LEAVE[reason];
  return { [field]: text(key) };
}

/**
 * Why a coordinator's change to a plenary (its date, its attendance) did nothing: started or not
 * yet started when that is what stops it, else gone.
 */
export function plenaryRefusal(result: { reason: PlenaryRefusal | "outsiders"; plenary?: Plenary }): Text {
  if (result.reason === "outsiders") return text("plenaries.attendance.outsiders");
  const { plenary } = result;
  if (plenary && result.reason === "started") return text("plenaries.started", { number: plenary.number });
  if (plenary && result.reason === "not-started")
    return text("plenaries.attendance.notStarted", { number: plenary.number });
  return text("plenaries.notFound");
}

/** Why no plenary plan was made: the cohort gave no dates for one, or it is gone. */
export function planRefusal(result: Extract<GenerateResult, { ok: false }>): Text {
  return "cohort" in result ? text("plenaries.noDates", { cohort: result.cohort.name }) : text("cohorts.gone");
}

type MatchingRefusal = Reason<ProposeResult> | Reason<ApproveResult>;

const MATCHING = {
  "no-candidates": "matching.noCandidates",
  empty: "matching.empty",
  "not-allowed": "matching.reassignNotAllowed",
  "not-found": "matching.outdated",
  outdated: "matching.outdated",
  approved: "matching.alreadyApproved",
} as const satisfies Record<MatchingRefusal, MessageKey>;

/**
 * Why a proposal was not made, changed or approved; once the cohort's pairs are approved, when and
 * how many (`approved`, the approved proposal, is needed for that reason only).
 */
export function matchingRefusal(reason: MatchingRefusal, cohort: { name: string }, approved?: Proposal | null): Text {
  if (reason !== "approved") return text(MATCHING[reason], { cohort: cohort.name });
  return text(MATCHING.approved, {
    cohort: cohort.name,
    date: approved?.approvedAt ? { date: approved.approvedAt } : "—",
    pairs: approved?.summary.pairs ?? 0,
  });
}

const WINDOW = {
  "already-open": "cohorts.alreadyOpen",
  "already-closed": "cohorts.alreadyClosed",
  "not-open-yet": "cohorts.notOpenYet",
  finished: "cohorts.finishedAlready",
  "window-over": "cohorts.windowOver",
  "date-in-past": "cohorts.dateInPast",
} as const satisfies Record<Reason<WindowChange>, MessageKey>;

/** What opening, closing or extending a cohort's applications did (`before`: the cohort as it was). */
export function windowChangeText(change: WindowChange, before: Cohort): Text {
  const cohort = change.ok ? change.cohort : before;
  const vars = { name: cohort.name, closes: { date: cohort.applicationsCloseAt } };
  if (!change.ok) return text(WINDOW[change.reason], vars);
  if (cohort.status === "closed") return text("cohorts.closed", vars);
  return text(before.status === "open" ? "cohorts.extended" : "cohorts.opened", vars);
}

const COORDINATOR_CHANGE = {
  "not-coordinator": "common.coordinatorOnly",
  "configured-in-env": "admin.configuredInEnv",
  "last-coordinator": "admin.lastCoordinator",
} as const satisfies Record<Reason<CoordinatorChange>, MessageKey>;

/** What a coordinator's `admin add|remove` did, or why it did nothing. */
export function coordinatorChangeText(action: "add" | "remove", change: CoordinatorChange, name: TextValue): Text {
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
