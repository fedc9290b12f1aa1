import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { planSubmitted } from "../../../../app/sessions";
import type { Services } from "../../../../services";
import { decodeMetadata } from "../../ids";
import { identifySlackUser } from "../../people";
import { answerSubmission } from "../../render";
import { readViewState } from "../../view-state";
import { PLAN_BLOCKS } from "../../views/rhythm";

/**
 * "Propose": the picked slot, or the date and time picked. A time in the past or outside the cohort
 * is refused next to the field it came from; nothing is proposed half-way.
 */
export function sessionPlanSubmitted(services: Services) {
  return async (args: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const { body, view, client } = args;
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const { pairId, askedAt } = decodeMetadata(view.private_metadata);
    const values = readViewState(view);
    const custom = values[PLAN_BLOCKS.custom];
    const slot = values[PLAN_BLOCKS.slot];
    const reply = await planSubmitted(services, viewer, {
      pairId: pairId ?? "-",
      askedAt,
      at: typeof custom === "number" ? new Date(custom * 1000) : undefined,
      slot: typeof slot === "string" ? slot : undefined,
    });
    await answerSubmission(reply, viewer, args);
  };
}
