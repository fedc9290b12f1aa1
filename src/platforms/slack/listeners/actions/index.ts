import type { App, BlockButtonAction, BlockOverflowAction } from "@slack/bolt";
import type { Services } from "../../../../services";
import { pagedActionIds } from "../../action-values";
import { ACTION_IDS } from "../../ids";
import { actionItemDoneAction } from "./action-item-done";
import { announcePickChannelAction } from "./announce-pick-channel";
import { cohortNudgeAction, cohortStatusAction } from "./cohort-nudge";
import { evaluationOpenAction } from "./evaluation-open";
import { checkInAnswerAction } from "./check-in-answer";
import { sessionAcceptAction } from "./session-accept";
import { sessionLogAction, sessionLogEditAction, sessionPlanAction } from "./session-plan";
import { applicantOverrideAction } from "./applicant-override";
import { applicantsPageAction } from "./applicants-page";
import { backToProfileAction } from "./back-to-profile";
import { editCohortAction } from "./edit-cohort";
import {
  goalAddAction,
  goalDownAction,
  goalEditAction,
  goalPhaseAction,
  goalPickAction,
  goalRemoveAction,
  goalUnpickAction,
  goalUpAction,
} from "./goal-board";
import {
  matchApproveAction,
  matchDownloadAction,
  matchPageAction,
  matchPairAction,
  matchRerunAction,
} from "./match-review";
import { openGoalsAction } from "./open-goals";
import { plenaryAttendanceAction } from "./plenary-attendance";
import { plenaryCheckInAction } from "./plenary-check-in";
import { plenaryEditAction } from "./plenary-edit";
import { plenaryGenerateAction } from "./plenary-generate";
import { openSettingsAction } from "./open-settings";
import { showHelpAction } from "./show-help";
import { sponsorDeclineAction, sponsorEndorseAction } from "./sponsor-decision";
import { startApplicationAction } from "./start-application";
import { withdrawApplicationAction } from "./withdraw-application";

export function registerActions(app: App, services: Services): void {
  app.action<BlockButtonAction>(ACTION_IDS.openSettings, openSettingsAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.showHelp, showHelpAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.apply, startApplicationAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.editApplication, startApplicationAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.withdrawApplication, withdrawApplicationAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.backToProfile, backToProfileAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.sponsorEndorse, sponsorEndorseAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.sponsorDecline, sponsorDeclineAction(services));
  app.action<BlockButtonAction>(pagedActionIds(ACTION_IDS.applicantsPage), applicantsPageAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.applicantOverride, applicantOverrideAction(services));
  app.action<BlockButtonAction>(pagedActionIds(ACTION_IDS.openLink), async ({ ack }) => ack());
  app.action<BlockButtonAction>(ACTION_IDS.announcePickChannel, announcePickChannelAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.editCohort, editCohortAction(services));
  app.action<BlockOverflowAction>(ACTION_IDS.matchPair, matchPairAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.matchRerun, matchRerunAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.matchApprove, matchApproveAction(services));
  app.action<BlockButtonAction>(pagedActionIds(ACTION_IDS.matchPage), matchPageAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.matchDownload, matchDownloadAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.sessionPlan, sessionPlanAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.sessionLog, sessionLogAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.sessionLogEdit, sessionLogEditAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.sessionAccept, sessionAcceptAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.actionItemDone, actionItemDoneAction(services));
  // "session.check-in:met|moved|not-yet": three buttons in one block need distinct ids.
  app.action<BlockButtonAction>(/^session\.check-in:(met|moved|not-yet)$/, checkInAnswerAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.openGoals, openGoalsAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.goalAdd, goalAddAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.goalEdit, goalEditAction(services));
  // "goals.phase:<n>", the same prefix-and-number form as page buttons.
  app.action<BlockButtonAction>(pagedActionIds(ACTION_IDS.goalPhase), goalPhaseAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.goalUp, goalUpAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.goalDown, goalDownAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.goalPick, goalPickAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.goalUnpick, goalUnpickAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.goalRemove, goalRemoveAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.plenaryGenerate, plenaryGenerateAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.plenaryEdit, plenaryEditAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.plenaryAttendance, plenaryAttendanceAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.plenaryCheckIn, plenaryCheckInAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.evaluationOpen, evaluationOpenAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.cohortNudge, cohortNudgeAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.cohortStatus, cohortStatusAction(services));
}
