import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import type { Services } from "../../../../services";
import { leaveRefusal } from "../../../../app/refusals";
import { identifySlackUser } from "../../people";
import { slackText } from "../../render";
import { readViewState } from "../../view-state";
import { LEAVE_BLOCKS } from "../../views/cohort-status";

/** Leaving confirmed: the data goes, the partner and the coordinator are told kindly. */
export function leaveSubmitted(services: Services) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const { t } = viewer;
    const state = readViewState(view);
    const cohortId = typeof state[LEAVE_BLOCKS.cohort] === "string" ? (state[LEAVE_BLOCKS.cohort] as string) : "";
    const reason = typeof state[LEAVE_BLOCKS.reason] === "string" ? (state[LEAVE_BLOCKS.reason] as string) : "";
    if (!cohortId)
      return void (await ack({
        response_action: "errors",
        errors: { [LEAVE_BLOCKS.cohort]: t("dataRights.leave.errors.cohort") },
      }));
    const result = await services.dataRights.leave(viewer.person, cohortId, reason);
    if (!result.ok) {
      const errors = Object.entries(leaveRefusal(result.reason)).map(([field, error]) => [
        LEAVE_BLOCKS[field as keyof typeof LEAVE_BLOCKS],
        slackText(error, viewer),
      ]);
      return void (await ack({ response_action: "errors", errors: Object.fromEntries(errors) }));
    }
    await ack();
    await client.chat.postMessage({
      channel: body.user.id,
      text: viewer.tEscaped("dataRights.leave.done", { cohort: result.cohort.name }),
    });
  };
}
