import type { App, BlockButtonAction, BlockOverflowAction } from "@slack/bolt";
import type { Services } from "../../../../services";
import { pagedActionIds } from "../../action-values";
import { ACTION_IDS } from "../../ids";
import { announcePickChannelAction } from "./announce-pick-channel";
import { applicantOverrideAction } from "./applicant-override";
import { applicantsPageAction } from "./applicants-page";
import { backToProfileAction } from "./back-to-profile";
import { editCohortAction } from "./edit-cohort";
import { matchApproveAction, matchDownloadAction, matchPageAction, matchPairAction, matchRerunAction } from "./match-review";
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
  app.action<BlockButtonAction>(ACTION_IDS.announcePickChannel, announcePickChannelAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.editCohort, editCohortAction(services));
  app.action<BlockOverflowAction>(ACTION_IDS.matchPair, matchPairAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.matchRerun, matchRerunAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.matchApprove, matchApproveAction(services));
  app.action<BlockButtonAction>(pagedActionIds(ACTION_IDS.matchPage), matchPageAction(services));
  app.action<BlockButtonAction>(ACTION_IDS.matchDownload, matchDownloadAction(services));
}
