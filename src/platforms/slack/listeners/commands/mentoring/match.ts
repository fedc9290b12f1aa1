import { propose } from "../../../../../app/matching";
import { commandAnswer, sendToSlack } from "../../../render";
import { proposalScreen } from "../../../../../app/proposal-screen";
import { slackScreen } from "../../../render-screen";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

/**
 * `/mentoring match [cohort]`: runs the engine and posts the proposal in the coordinator's DM
 * with Tandem, where it stays to be reviewed, re-run and approved.
 */
export async function matchCohort(request: CommandRequest): Promise<void> {
  const { viewer, rest, services, client, respond, command } = request;
  const review = await propose(services, viewer, rest);
  if (!review.ok) return sendToSlack(review.reply, viewer, commandAnswer({ command, client, respond }));
  const { proposal, cohort } = review;
  const constraints = await services.pairing.constraints(cohort.id);
  const message = slackScreen(proposalScreen(proposal, cohort, constraints, 0), viewer);
  await client.chat.postMessage({ channel: viewer.person.userId, text: message.text, blocks: message.blocks });
  await respond({
    response_type: "ephemeral",
    ...plainMessage(viewer.tEscaped("matching.posted", { cohort: cohort.name })),
  });
}
