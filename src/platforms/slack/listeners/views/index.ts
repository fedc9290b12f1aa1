import { evaluationSubmitted } from "./evaluation-submitted";
import type { App, ViewSubmitAction } from "@slack/bolt";
import type { Services } from "../../../../services";
import { VIEW_IDS } from "../../ids";
import { announceChannelSubmitted } from "./announce-channel-submitted";
import { profileClosed, skillsClosed } from "./application-closed";
import { cohortSubmitted } from "./cohort-submitted";
import { goalSubmitted } from "./goal-submitted";
import { matchReassignSubmitted } from "./match-reassign-submitted";
import { plenaryAttendanceSubmitted } from "./plenary-attendance-submitted";
import { plenaryEditSubmitted } from "./plenary-edit-submitted";
import { sessionLogSubmitted } from "./session-log-submitted";
import { sessionPlanSubmitted } from "./session-plan-submitted";
import { profileSubmitted } from "./profile-submitted";
import { settingsSubmitted } from "./settings-submitted";
import { skillsSubmitted } from "./skills-submitted";
import { sponsorDeclineSubmitted } from "./sponsor-decline-submitted";

export function registerViews(app: App, services: Services): void {
  app.view<ViewSubmitAction>(VIEW_IDS.settings, settingsSubmitted(services));
  app.view<ViewSubmitAction>(VIEW_IDS.evaluation, evaluationSubmitted(services));
  app.view<ViewSubmitAction>(VIEW_IDS.cohortForm, cohortSubmitted(services));
  app.view<ViewSubmitAction>(VIEW_IDS.applicationProfile, profileSubmitted(services));
  app.view<ViewSubmitAction>(VIEW_IDS.applicationSkills, skillsSubmitted(services));
  app.view<ViewSubmitAction>(VIEW_IDS.sponsorDecline, sponsorDeclineSubmitted(services));
  app.view<ViewSubmitAction>(VIEW_IDS.announceChannel, announceChannelSubmitted(services));
  app.view<ViewSubmitAction>(VIEW_IDS.matchReassign, matchReassignSubmitted(services));
  app.view<ViewSubmitAction>(VIEW_IDS.sessionPlan, sessionPlanSubmitted(services));
  app.view<ViewSubmitAction>(VIEW_IDS.sessionLog, sessionLogSubmitted(services));
  app.view<ViewSubmitAction>(VIEW_IDS.goalForm, goalSubmitted(services));
  app.view<ViewSubmitAction>(VIEW_IDS.plenaryEdit, plenaryEditSubmitted(services));
  app.view<ViewSubmitAction>(VIEW_IDS.plenaryAttendance, plenaryAttendanceSubmitted(services));
  app.view({ callback_id: VIEW_IDS.applicationProfile, type: "view_closed" }, profileClosed(services));
  app.view({ callback_id: VIEW_IDS.applicationSkills, type: "view_closed" }, skillsClosed(services));
}
