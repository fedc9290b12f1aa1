import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { MessageKey } from "../../../../i18n";
import type { Services } from "../../../../services";
import { identifySlackUser } from "../../people";
import { plainMessage } from "../../views/text";
import { publishHome } from "../events/app-home-opened";
import { replyToAction } from "./reply";

const REFUSALS: Record<string, MessageKey> = {
  "not-yours": "apply.notYours",
  "window-closed": "applications.cannotWithdraw",
  "already-withdrawn": "applications.alreadyWithdrawn",
  matched: "applications.cannotWithdraw",
};

/** Withdraw (after Slack's confirm dialog): the application leaves the cohort, the Home tab follows. */
export function withdrawApplicationAction(services: Services) {
  return async ({
    ack,
    body,
    action,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const result = await services.applications.withdraw(viewer.person, action.value ?? "");
    let text: string;
    if (result.ok) {
      const cohort = await services.cohorts.findById(result.application.cohortId);
      text = viewer.tEscaped("applications.withdrawn", { cohort: cohort?.name ?? "" });
    } else {
      text = viewer.t(REFUSALS[result.reason]!);
    }
    await replyToAction(body, client, respond, plainMessage(text));
    if (body.container?.type === "view" || result.ok)
      await publishHome(services, client, body.team?.id ?? "", body.user.id);
  };
}
