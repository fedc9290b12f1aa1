/**
 * The fortnightly rhythm of a mentoring pair (phase 4): when they can meet, reminders and
 * check-ins at sensible local times, session logs with action items, goals, plenaries, progress
 * and calendar files. Pure: time comes in as `now`, nothing here does I/O.
 *
 * Catalogue keys returned as errors (MEETING_ERRORS), with what each means:
 *
 * meetings.errors.dateRequired          Enter the date of the session.
 * meetings.errors.dateInvalid           That is not a date (use the date picker).
 * meetings.errors.dateInFuture          The session cannot be logged for a date that has not come yet.
 * meetings.errors.dateInPast            That date and time has already passed; pick one in the future.
 * meetings.errors.dateBeforeCohort      The date is before the cohort starts.
 * meetings.errors.dateAfterCohort       The session would end after the cohort ends.
 * meetings.errors.timeInvalid           That is not a time of day (HH:mm).
 * meetings.errors.timeInFuture          That time today has not come yet.
 * meetings.errors.duration              The duration must be a whole number of minutes between 15 and 480.
 * meetings.errors.tooLong               The text is too long (topics and notes: 3,000 characters; goal fields: 1,000; phases: 500).
 * meetings.errors.actionItemsInvalid    The action items could not be read (send them again).
 * meetings.errors.tooManyActionItems    At most 10 action items per session.
 * meetings.errors.actionTextRequired    Say what the action is.
 * meetings.errors.actionTextTooLong     An action can be at most 500 characters.
 * meetings.errors.actionOwnerRequired   Choose who takes this action.
 * meetings.errors.actionOwnerNotInPair  Only one of the two partners can own an action.
 * meetings.errors.dueDateRequired       Choose a due date for this action.
 * meetings.errors.dueDateInvalid        The due date is not a date.
 * meetings.errors.dueDateBeforeSession  The due date is before the session it came from.
 * meetings.errors.checkInClosed         This question has already been answered (or has expired); nothing changed.
 * meetings.errors.goalTitleRequired     Give the goal a title.
 * meetings.errors.goalTitleTooLong      A goal's title can be at most 200 characters.
 * meetings.errors.goalDateInvalid       The target date is not a date.
 * meetings.errors.goalDateInPast        The target date has already passed.
 * meetings.errors.inviteFailed          The calendar file could not be made.
 */
export { MEETING_ERRORS, type MeetingError } from "./errors";
export { FALLBACK_WORKING_HOURS, WAKING_HOURS, type PartnerHours } from "./working-periods";
export { isIsoDate, isoDateIn } from "./calendar-dates";
export {
  CHECK_IN_DELAY_MINUTES,
  CHECK_IN_START_OFFSET_MINUTES,
  MAX_SLOTS,
  PREFERRED_NOTICE_TIME,
  cadenceNudgeDates,
  checkInAt,
  nextReachableMoment,
  nextSessionDue,
  reminderAt,
  reminderEarliestAt,
  REMINDER_EARLY_MINUTES,
  sessionSlots,
  sessionTimeError,
  type NudgePlan,
  type SlotSearch,
} from "./schedule";
export {
  SESSION_LOG_LIMITS,
  actionItemField,
  isPartner,
  partnerIds,
  sessionHeldAt,
  sessionLogFormInput,
  validateSessionLog,
  type ActionItemEntry,
  type ActionItemPart,
  type SessionLogContext,
  type SessionLogValues,
} from "./session-log";
export { actionItemsFromLog, markDone, openItems, overdue, reopen, type ActionItem } from "./action-items";
export {
  ASK_AGAIN_AFTER_DAYS,
  INITIAL_CHECK_IN,
  MISSES_FOR_AT_RISK,
  UNANSWERED_AFTER_DAYS,
  answerCheckIn,
  checkInAsked,
  checkInExpired,
  checkInExpiresAt,
  sessionLogged,
  type CheckInAnswer,
  type CheckInEffect,
  type CheckInResult,
  type CheckInState,
  type CheckInStep,
} from "./check-in";
export {
  GOAL_LIMITS,
  editGoal,
  goalFormValues,
  goalProgress,
  goalsInOrder,
  isSmart,
  moveGoal,
  newGoal,
  prioritise,
  removeGoal,
  setPhaseDone,
  unpickGoal,
  validateGoalForm,
  type Goal,
  type GoalFormContext,
  type GoalFormValues,
  type GoalPhase,
  type PhaseNumber,
  type SmartCriteria,
} from "./goals";
export {
  PLENARY_DEFAULTS,
  attendanceRate,
  meetsThreshold,
  plenaryPlan,
  type PlannedPlenary,
  type PlenaryPlanOptions,
} from "./plenaries";
export { validatePlenaryForm, type PlenaryFormContext, type PlenaryFormValues } from "./plenary-form";
export type { PlenaryMessage } from "./plenary-messages";
export { pairProgress, type PairProgress, type PairProgressInput } from "./progress";
export {
  INVITE_ORGANIZER,
  sessionEventUid,
  sessionInvite,
  type InviteAttendee,
  type InviteResult,
  type SessionInvite,
} from "./ics";
