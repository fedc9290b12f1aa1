import { slackText } from "../../render";
import { coordinatorRefusal } from "../../../../app/gate";
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import type { Services } from "../../../../services";
import { decodeMetadata } from "../../ids";
import { isOwnDirectChannel } from "../../own-messages";
import { identifySlackUser } from "../../people";
import { readViewState } from "../../view-state";
import { proposalScreen } from "../../../../app/proposal-screen";
import { slackScreen } from "../../render-screen";
import { parseReassignValue } from "../../../../domain/pairing/reassign";
import { REASSIGN_BLOCK } from "../../views/reassign-modal";
import { reassign } from "../../../../app/matching";

/**
 * The reassign modal's choice: the candidate is locked with the picked partner and the proposal
 * re-run; the message it was opened from shows the new version. A refusal (the proposal moved on,
 * the pair became forbidden) is shown next to the select, and nothing changes.
 */
export function matchReassignSubmitted(services: Services) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const { t } = viewer;
    const refuse = (text: string) => ack({ response_action: "errors", errors: { [REASSIGN_BLOCK]: text } });
    const refused = coordinatorRefusal(viewer, "matching.run", "match");
    if (refused) return refuse(slackText(refused, viewer));
    const { proposalId, applicationId, page, channelId, messageTs } = decodeMetadata(view.private_metadata);
    const choice = parseReassignValue(readViewState(view)[REASSIGN_BLOCK]);
    if (!choice) return refuse(t("matching.reassignPick"));
    const proposal = await services.pairing.findProposal(proposalId ?? "");
    const cohort = proposal ? await services.cohorts.findById(proposal.cohortId) : null;
    if (!proposal || !cohort) return refuse(t("cohorts.gone"));
    const outcome = await reassign(services, viewer, { proposal, cohort }, applicationId ?? "", choice);
    if (!outcome.ok) return refuse(outcome.reply.kind === "message" ? slackText(outcome.reply.text, viewer) : "");
    await ack();
    const constraints = await services.pairing.constraints(cohort.id);
    const message = slackScreen(proposalScreen(outcome.proposal, cohort, constraints, page ?? 0), viewer);
    // The metadata's channel is trusted only when it is the coordinator's own DM with Tandem, where proposals are posted.
    if (messageTs && (await isOwnDirectChannel(services, client, viewer.person, channelId)))
      await client.chat.update({ channel: channelId!, ts: messageTs, text: message.text, blocks: message.blocks });
    else await client.chat.postMessage({ channel: body.user.id, text: message.text, blocks: message.blocks });
  };
}
