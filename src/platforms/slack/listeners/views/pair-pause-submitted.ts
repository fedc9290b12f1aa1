import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { pauseSubmitted } from "../../../../app/pause";
import type { Services } from "../../../../services";
import { decodeMetadata } from "../../ids";
import { identifySlackUser } from "../../people";
import { answerSubmission } from "../../render";
import { readViewState } from "../../view-state";
import { PAUSE_BLOCK } from "../../views/rhythm";

/** Pause until the end of the chosen day (the reader's zone); a past day is refused on the field. */
export function pairPauseSubmitted(services: Services) {
  return async (args: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const { body, view, client } = args;
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const reply = await pauseSubmitted(services, viewer, {
      pairId: decodeMetadata(view.private_metadata).pairId ?? "-",
      until: String(readViewState(view)[PAUSE_BLOCK] ?? ""),
    });
    await answerSubmission(reply, viewer, args);
  };
}
