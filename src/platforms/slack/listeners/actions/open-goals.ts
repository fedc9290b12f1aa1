import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { openGoals } from "../../goals-flow";
import { VIEW_IDS } from "../../ids";
import { identifySlackUser } from "../../people";
import { pairButtonValue } from "../../views/goals";
import { plainMessage } from "../../views/text";
import { replyToAction } from "./reply";

/**
 * Set goals (the pair's introduction, the Home tab) and a pair in the chooser: that pair's board,
 * once the clicker is shown to be one of its partners. Without a pair, as `/mentoring goals`.
 */
export function openGoalsAction(services: Services) {
  return async ({
    ack,
    body,
    action,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const pairId = parseActionValue(pairButtonValue, action.value)?.pairId;
    // From the chooser the board takes its place; from a message or the Home tab it opens anew.
    const target =
      body.view?.type === "modal" && body.view.callback_id === VIEW_IDS.goalsChooser
        ? { viewId: body.view.id }
        : { triggerId: body.trigger_id };
    const refusal = await openGoals(services, client, viewer, target, pairId);
    if (refusal) await replyToAction(body, client, respond, plainMessage(refusal));
  };
}
