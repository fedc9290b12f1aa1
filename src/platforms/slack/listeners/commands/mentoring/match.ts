import { chooseCohort } from "../../../cohort-choice";
import { matchRefusal } from "../../../../../app/matching";
import { slackText } from "../../../render";
import { proposalMessage } from "../../../views/proposal";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

/**
 * `/mentoring match [cohort]`: runs the engine and posts the proposal in the coordinator's DM
 * with Tandem, where it stays to be reviewed, re-run and approved.
 */
export async function matchCohort(request: CommandRequest): Promise<void> {
  const { viewer, rest, services, client, respond } = request;
  const { t } = viewer;
  const reply = async (text: string): Promise<void> => {
    await respond({ response_type: "ephemeral", ...plainMessage(text) });
  };
  const cohort = await chooseCohort(
    services,
    viewer,
    rest,
    "match",
    reply,
    (c) => c.status === "open" || c.status === "closed",
  );
  if (!cohort) return;
  const name = cohort.name;
  const result = await services.pairing.propose(cohort, viewer.person);
  if (!result.ok) return reply(slackText(await matchRefusal(services, cohort, result), viewer));
  const constraints = await services.pairing.constraints(cohort.id);
  const message = proposalMessage(result.proposal, cohort, constraints, 0, t);
  await client.chat.postMessage({ channel: viewer.person.userId, text: message.text, blocks: message.blocks });
  await reply(viewer.tEscaped("matching.posted", { cohort: name }));
}
