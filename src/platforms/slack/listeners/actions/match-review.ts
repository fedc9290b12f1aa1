import { plainWords } from "../../../../app/words";
import type {
  AllMiddlewareArgs,
  BlockAction,
  BlockButtonAction,
  BlockOverflowAction,
  SlackActionMiddlewareArgs,
} from "@slack/bolt";
import { z } from "zod";
import type { Cohort } from "../../../../domain/cohorts/cohort";
import type { Proposal } from "../../../../domain/pairing/proposal";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { approve, changePair, type Review as AppReview, rerun } from "../../../../app/matching";
import { actionAnswer, sendToSlack, slackText } from "../../render";
import type { SlackViewer } from "../../people";
import { makeFile } from "../../../../app/files";
import { proposalScreen } from "../../../../app/proposal-screen";
import { slackScreen } from "../../render-screen";
import { reassignModal, reassignOptions } from "../../views/reassign-modal";
import { plainMessage, section } from "../../views/text";
import { coordinatorClicking } from "./coordinator-gate";
import { replyToAction } from "./reply";

type Args<A extends BlockAction> = SlackActionMiddlewareArgs<A> & AllMiddlewareArgs;

const buttonValue = z.object({ proposalId: z.string().min(1), page: z.coerce.number().int().min(0).max(1000) });
/** What a pair's ⋯ menu is about, carried in its block id. */
const pairValue = buttonValue.extend({ mentorId: z.string().min(1), menteeId: z.string().min(1) });

interface Review {
  viewer: SlackViewer;
  proposal: Proposal;
  cohort: Cohort;
  page: number;
}

/** The coordinator, proposal and cohort a click is about (anyone else is refused plainly). */
async function review(
  services: Services,
  args: Args<BlockAction>,
  proposalId: string,
  page: number,
): Promise<Review | undefined> {
  const viewer = await coordinatorClicking(services, args, "match");
  const proposal = viewer ? await services.pairing.findProposal(proposalId) : null;
  const cohort = proposal ? await services.cohorts.findById(proposal.cohortId) : null;
  if (!viewer || !proposal || !cohort) return undefined;
  return { viewer, proposal, cohort, page };
}

/** A button (Re-run, Approve, a page) on a proposal: its value says which proposal and page. */
async function reviewFromButton(services: Services, args: Args<BlockButtonAction>): Promise<Review | undefined> {
  await args.ack();
  const value = parseActionValue(buttonValue, args.action.value);
  return value ? review(services, args, value.proposalId, value.page) : undefined;
}

/** Shows the new version in place of the old, or says why nothing changed. */
async function showOutcome(
  services: Services,
  args: Args<BlockAction>,
  found: Review,
  outcome: AppReview,
): Promise<void> {
  if (!outcome.ok) return sendToSlack(outcome.reply, found.viewer, actionAnswer(args));
  const constraints = await services.pairing.constraints(found.cohort.id);
  const screen = proposalScreen(outcome.proposal, found.cohort, constraints, found.page);
  await args.respond({ replace_original: true, ...slackScreen(screen, found.viewer) });
}

/** A pair's menu: lock it, unlock it, never pair these two (each re-runs keeping the rest), or reassign one of them. */
export function matchPairAction(services: Services) {
  return async (args: Args<BlockOverflowAction>): Promise<void> => {
    await args.ack();
    const pair = parseActionValue(pairValue, args.action.block_id);
    const found = pair ? await review(services, args, pair.proposalId, pair.page) : undefined;
    if (!found || !pair) return;
    const choice = args.action.selected_option.value;
    if (choice === "reassign:mentor" || choice === "reassign:mentee") {
      await openReassign(services, args, found, choice === "reassign:mentor" ? pair.mentorId : pair.menteeId);
      return;
    }
    const change = choice === "lock" || choice === "exclude" ? choice : "unlock";
    await showOutcome(services, args, found, await changePair(services, found.viewer, found, change, pair));
  };
}

/** The reassign modal with the candidate's allowed partners, or why there are none. */
async function openReassign(
  services: Services,
  args: Args<BlockOverflowAction>,
  found: Review,
  candidateId: string,
): Promise<void> {
  const { viewer, proposal, cohort, page } = found;
  const { t } = viewer;
  const candidateName = proposal.people[candidateId]?.name ?? candidateId;
  const options = reassignOptions(
    proposal,
    cohort,
    await services.pairing.partnerOptions(cohort, candidateId),
    (text) => plainWords(text, viewer.locale, viewer.timeZone),
  );
  if (options.length === 0) {
    await replyToAction(
      args.body,
      args.client,
      args.respond,
      plainMessage(viewer.tEscaped("matching.reassignNone", { name: candidateName })),
    );
    return;
  }
  const { body } = args;
  const metadata = {
    proposalId: proposal.id,
    applicationId: candidateId,
    page,
    channelId: body.channel?.id ?? body.container?.channel_id,
    messageTs: body.message?.ts ?? body.container?.message_ts,
  };
  await args.client.views.open({
    trigger_id: body.trigger_id,
    view: reassignModal(candidateName, options, metadata, t),
  });
}

/** Download CSV: the proposal as a file in the coordinator's DM with Tandem. */
export function matchDownloadAction(services: Services) {
  return async (args: Args<BlockButtonAction>): Promise<void> => {
    const found = await reviewFromButton(services, args);
    if (!found) return;
    const { viewer, proposal, cohort } = found;
    const made = await makeFile(services, viewer, { kind: "proposal", proposalId: proposal.id }, { record: true });
    if (!made.ok) {
      await replyToAction(args.body, args.client, args.respond, plainMessage(slackText(made.refusal, viewer)));
      return;
    }
    await args.client.files.uploadV2({
      channel_id: args.body.channel?.id ?? args.body.container?.channel_id ?? viewer.person.userId,
      filename: made.file.filename,
      title: made.file.description,
      initial_comment: viewer.tEscaped("matching.csvPosted", { version: proposal.version, cohort: cohort.name }),
      file: made.file.content,
    });
  };
}

/** Re-run: the engine again, with the locks and exclusions as they are. */
export function matchRerunAction(services: Services) {
  return async (args: Args<BlockButtonAction>): Promise<void> => {
    const found = await reviewFromButton(services, args);
    if (!found) return;
    await showOutcome(services, args, { ...found, page: 0 }, await rerun(services, found.viewer, found));
  };
}

/** Previous / Next through the pairs of the same version. */
export function matchPageAction(services: Services) {
  return async (args: Args<BlockButtonAction>): Promise<void> => {
    const found = await reviewFromButton(services, args);
    if (!found) return;
    await showOutcome(services, args, found, { ok: true, proposal: found.proposal, cohort: found.cohort });
  };
}

/** Approve (after Slack's confirm): only the newest version, once; introductions follow by jobs. */
export function matchApproveAction(services: Services) {
  return async (args: Args<BlockButtonAction>): Promise<void> => {
    const found = await reviewFromButton(services, args);
    if (!found) return;
    const result = await approve(services, found.viewer, found);
    if (!result.ok) return sendToSlack(result.reply, found.viewer, actionAnswer(args));
    const text = slackText(result.text, found.viewer);
    await args.respond({ replace_original: true, text, blocks: [section(text)] });
  };
}
