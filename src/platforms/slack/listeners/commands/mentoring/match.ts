import { chooseCohort } from "../../../cohort-choice";
import { alreadyApprovedText } from "../../../matching-replies";
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
  if (!result.ok) {
    if (result.reason === "approved") return reply(await alreadyApprovedText(services, cohort, viewer));
    return reply(viewer.tEscaped("matching.noCandidates", { cohort: name }));
  }
  const constraints = await services.pairing.constraints(cohort.id);
  const message = proposalMessage(result.proposal, cohort, constraints, 0, t);
  await client.chat.postMessage({ channel: viewer.person.userId, text: message.text, blocks: message.blocks });
  await reply(viewer.tEscaped("matching.posted", { cohort: name }));
}
