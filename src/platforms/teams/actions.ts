import { applyBack, applyProfileSubmitted, applySaved, applySkillsSubmitted, applyStart } from "./handlers/apply";
import { actionItemDone } from "./handlers/action-items";
import { checkInAnswered } from "./handlers/check-in";
import { plenaryCheckIn } from "./handlers/plenary-check-in";
import { logOpen, logSubmitted, planOpen, planSubmitted, sessionAccept } from "./handlers/session";
import { withdrawApplication } from "./handlers/status";
import { cohortEdit, cohortSaved } from "./handlers/cohort";
import { matchApprove, matchDownload, matchPage, matchPair, matchReassign, matchRerun } from "./handlers/match";
import {
  plenaryAttendanceOpen,
  plenaryAttendanceSubmitted,
  plenaryEditOpen,
  plenaryEditSubmitted,
  plenaryGenerate,
} from "./handlers/plenary";
import {
  goalFormOpen,
  goalMove,
  goalPhase,
  goalPick,
  goalRemove,
  goalSaved,
  goalsOpen,
  goalUnpick,
} from "./handlers/goals";
import { evaluationOpen, evaluationSubmitted } from "./handlers/evaluation";
import { cohortNudge } from "./handlers/reports";
import { applicantOverride, applicantsPage } from "./handlers/applicants";
import { TEAMS_ACTIONS } from "./cards/ids";
import type { SubmitHandler } from "./request";
import { INTENT_HANDLERS } from "./intents";

/** Every card button, by the `action` its data carries. */
export const SUBMIT_HANDLERS: Record<string, SubmitHandler> = {
  ...INTENT_HANDLERS,
  [TEAMS_ACTIONS.applyStart]: applyStart,
  [TEAMS_ACTIONS.applyProfile]: applyProfileSubmitted,
  [TEAMS_ACTIONS.applySave]: applySaved,
  [TEAMS_ACTIONS.applySkills]: applySkillsSubmitted,
  [TEAMS_ACTIONS.applyBack]: applyBack,
  [TEAMS_ACTIONS.applicationWithdraw]: withdrawApplication,
  [TEAMS_ACTIONS.sessionPlanOpen]: planOpen,
  [TEAMS_ACTIONS.sessionPlan]: planSubmitted,
  [TEAMS_ACTIONS.sessionAccept]: sessionAccept,
  [TEAMS_ACTIONS.sessionLogOpen]: logOpen,
  [TEAMS_ACTIONS.sessionLog]: logSubmitted,
  [TEAMS_ACTIONS.checkIn]: checkInAnswered,
  [TEAMS_ACTIONS.actionItemDone]: actionItemDone,
  [TEAMS_ACTIONS.plenaryCheckIn]: plenaryCheckIn,
  [TEAMS_ACTIONS.goalsOpen]: goalsOpen,
  [TEAMS_ACTIONS.goalFormOpen]: goalFormOpen,
  [TEAMS_ACTIONS.goalSave]: goalSaved,
  [TEAMS_ACTIONS.goalPhase]: goalPhase,
  [TEAMS_ACTIONS.goalMove]: goalMove,
  [TEAMS_ACTIONS.goalPick]: goalPick,
  [TEAMS_ACTIONS.goalUnpick]: goalUnpick,
  [TEAMS_ACTIONS.goalRemove]: goalRemove,
  [TEAMS_ACTIONS.cohortEdit]: cohortEdit,
  [TEAMS_ACTIONS.cohortSave]: cohortSaved,
  [TEAMS_ACTIONS.matchRerun]: matchRerun,
  [TEAMS_ACTIONS.matchApprove]: matchApprove,
  [TEAMS_ACTIONS.matchPair]: matchPair,
  [TEAMS_ACTIONS.matchPage]: matchPage,
  [TEAMS_ACTIONS.matchDownload]: matchDownload,
  [TEAMS_ACTIONS.matchReassign]: matchReassign,
  [TEAMS_ACTIONS.plenaryGenerate]: plenaryGenerate,
  [TEAMS_ACTIONS.plenaryEditOpen]: plenaryEditOpen,
  [TEAMS_ACTIONS.plenaryEdit]: plenaryEditSubmitted,
  [TEAMS_ACTIONS.plenaryAttendanceOpen]: plenaryAttendanceOpen,
  [TEAMS_ACTIONS.plenaryAttendance]: plenaryAttendanceSubmitted,
  [TEAMS_ACTIONS.evaluationOpen]: evaluationOpen,
  [TEAMS_ACTIONS.evaluationSubmit]: evaluationSubmitted,
  [TEAMS_ACTIONS.cohortNudge]: cohortNudge,
  [TEAMS_ACTIONS.applicantsPage]: applicantsPage,
  [TEAMS_ACTIONS.applicantOverride]: applicantOverride,
};
