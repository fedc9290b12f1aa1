import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { Services } from "../../../../services";
import { openApplication } from "../../application-flow";
import { identifySlackUser } from "../../people";
import { plainMessage } from "../../views/text";
import { replyToAction } from "./reply";

/** Apply (announcement, Home tab, cohort choice) and Edit/Continue (status): the form for that cohort. */
export function startApplicationAction(services: Services) {
  return async ({
    ack,
    body,
    action,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const cohort = await services.cohorts.findById(action.value ?? "");
    if (!cohort) {
      await replyToAction(body, client, respond, plainMessage(viewer.t("apply.noneOpen")));
      return;
    }
    const refusal = await openApplication(services, client, viewer, cohort, body.trigger_id);
    if (refusal) await replyToAction(body, client, respond, plainMessage(refusal));
  };
}
