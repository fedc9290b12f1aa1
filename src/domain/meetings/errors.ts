/**
 * Every catalogue key the meetings domain returns as an error. The meaning of each is listed at
 * the top of ./index.ts (kept in step by a test), so the catalogues can give it words.
 */
export const MEETING_ERRORS = {
  dateRequired: "meetings.errors.dateRequired",
  dateInvalid: "meetings.errors.dateInvalid",
  dateInFuture: "meetings.errors.dateInFuture",
  dateInPast: "meetings.errors.dateInPast",
  dateBeforeCohort: "meetings.errors.dateBeforeCohort",
  dateAfterCohort: "meetings.errors.dateAfterCohort",
  timeInvalid: "meetings.errors.timeInvalid",
  timeInFuture: "meetings.errors.timeInFuture",
  duration: "meetings.errors.duration",
  tooLong: "meetings.errors.tooLong",
  actionItemsInvalid: "meetings.errors.actionItemsInvalid",
  tooManyActionItems: "meetings.errors.tooManyActionItems",
  actionTextRequired: "meetings.errors.actionTextRequired",
  actionTextTooLong: "meetings.errors.actionTextTooLong",
  actionOwnerRequired: "meetings.errors.actionOwnerRequired",
  actionOwnerNotInPair: "meetings.errors.actionOwnerNotInPair",
  dueDateRequired: "meetings.errors.dueDateRequired",
  dueDateInvalid: "meetings.errors.dueDateInvalid",
  dueDateBeforeSession: "meetings.errors.dueDateBeforeSession",
  checkInClosed: "meetings.errors.checkInClosed",
  goalTitleRequired: "meetings.errors.goalTitleRequired",
  goalTitleTooLong: "meetings.errors.goalTitleTooLong",
  goalDateInvalid: "meetings.errors.goalDateInvalid",
  goalDateInPast: "meetings.errors.goalDateInPast",
  inviteFailed: "meetings.errors.inviteFailed",
} as const;

export type MeetingError = (typeof MEETING_ERRORS)[keyof typeof MEETING_ERRORS];
