import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { logSubmitted } from "../../../../app/sessions";
import type { Services } from "../../../../services";
import { decodeMetadata } from "../../ids";
import { identifySlackUser } from "../../people";
import { answerSubmission } from "../../render";
import { readViewState } from "../../view-state";

/**
 * The session log: every mistake next to its field at once, nothing saved until all is right;
 * then the session and its action items are saved for the pair (and only the pair).
 */
export function sessionLogSubmitted(services: Services) {
  return async (args: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const { body, view, client } = args;
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const { pairId, sessionId } = decodeMetadata(view.private_metadata);
    const reply = await logSubmitted(services, viewer, {
      pairId: pairId ?? "-",
      sessionId,
      fields: readViewState(view),
    });
    await answerSubmission(reply, viewer, args);
  };
}
