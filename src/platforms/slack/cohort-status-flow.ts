import type { WebClient } from "@slack/web-api";
import type { CohortStatus } from "../../app/status";
import { sendFileToDm } from "./files";
import type { SlackViewer } from "./people";
import { slackMessage } from "./render";
import { cohortStatusScreen } from "../../app/cohort-status-screen";
import { slackScreen } from "./render-screen";
import type { SlackMessage } from "./views/text";

/** The cohort's status for a coordinator, and its chart (sessions per week, attendance) in their DM. */
export async function showCohortStatus(
  found: CohortStatus,
  viewer: SlackViewer,
  client: WebClient,
  userId: string,
  say: (message: SlackMessage) => Promise<unknown>,
): Promise<void> {
  if (!found.ok) return void (await say(slackMessage(found.reply, viewer)));
  const { t } = viewer;
  const { cohort, chart } = found.status;
  await say(slackScreen(cohortStatusScreen(found.status, { chartInDm: chart !== null }), viewer));
  if (!chart) return;
  await sendFileToDm(client, userId, {
    filename: chart.filename,
    title: t("cohortStatus.chartTitle", { cohort: cohort.name }),
    comment: "",
    content: chart.content,
  });
}
