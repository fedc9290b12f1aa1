import type { AllMiddlewareArgs, BlockAction, BlockButtonAction, BlockOverflowAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import type { Cohort } from "../../../../domain/cohorts/cohort";
import type { ApproveResult, ProposeResult } from "../../../../domain/pairing/pairing-service";
import type { Proposal } from "../../../../domain/pairing/proposal";
import type { Services } from "../../../../services";
import { identifySlackUser, type SlackViewer } from "../../people";
import { SLASH_COMMAND } from "../../slash-command";
import { parsePairBlockId, proposalMessage } from "../../views/proposal";
import { escapeMrkdwn, plainMessage, section } from "../../views/text";
import { safeJson } from "./applicants-page";
import { replyToAction } from "./reply";

type Args<A extends BlockAction> = SlackActionMiddlewareArgs<A> & AllMiddlewareArgs;

const buttonValue = z.object({ proposalId: z.string().min(1), page: z.number().int().min(0) });

interface Review {
  viewer: SlackViewer;
  proposal: Proposal;
  cohort: Cohort;
}

/** Who clicked, and the proposal and cohort the click is about; refuses anyone but coordinators. */
async function review(services: Services, args: Args<BlockAction>, proposalId: string): Promise<Review | undefined> {
  const { body, client, respond } = args;
  const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
  if (!viewer.isCoordinator) {
    await replyToAction(body, client, respond, plainMessage(viewer.t("common.coordinatorOnly", { command: `${SLASH_COMMAND} match` })));
    return undefined;
  }
  const proposal = await services.pairing.findProposal(proposalId);
  const cohort = proposal ? await services.cohorts.findById(proposal.cohortId) : null;
  if (!proposal || !cohort) return undefined;
  return { viewer, proposal, cohort };
}

/** Shows the new version in place of the old, or says why nothing changed. */
async function showOutcome(services: Services, args: Args<BlockAction>, { viewer, cohort }: Review, outcome: ProposeResult, page: number): Promise<void> {
  const { t } = viewer;
  if (!outcome.ok) {
    const key = outcome.reason === "approved" ? "matching.alreadyApproved" : outcome.reason === "no-candidates" ? "matching.noCandidates" : "matching.outdated";
    await replyToAction(args.body, args.client, args.respond, plainMessage(t(key, { cohort: escapeMrkdwn(cohort.name), date: "", pairs: "" })));
    return;
  }
  const constraints = await services.pairing.constraints(cohort.id);
  await args.respond({ replace_original: true, ...proposalMessage(outcome.proposal, cohort, constraints, page, t) });
}

/** A pair's menu: lock it, unlock it, or never pair these two; each re-runs keeping the rest. */
export function matchPairAction(services: Services) {
  return async (args: Args<BlockOverflowAction>): Promise<void> => {
    await args.ack();
    const target = parsePairBlockId(args.action.block_id);
    if (!target) return;
    const found = await review(services, args, target.proposalId);
    if (!found) return;
    const pair = found.proposal.result.pairs[target.index];
    if (!pair) return;
    const { pairing } = services;
    const { cohort, viewer } = found;
    const choice = args.action.selected_option.value;
    const outcome =
      choice === "lock"
        ? await pairing.lock(found.proposal.id, cohort, pair.mentorId, pair.menteeId, viewer.person)
        : choice === "exclude"
          ? await pairing.exclude(found.proposal.id, cohort, pair.mentorId, pair.menteeId, viewer.person)
          : await pairing.release(found.proposal.id, cohort, pair.mentorId, pair.menteeId, viewer.person);
    await showOutcome(services, args, found, outcome, Math.floor(target.index / 10));
  };
}

/** Re-run: the engine again, with the locks and exclusions as they are. */
export function matchRerunAction(services: Services) {
  return async (args: Args<BlockButtonAction>): Promise<void> => {
    await args.ack();
    const value = buttonValue.safeParse(safeJson(args.action.value));
    if (!value.success) return;
    const found = await review(services, args, value.data.proposalId);
    if (!found) return;
    await showOutcome(services, args, found, await services.pairing.rerun(found.proposal.id, found.cohort, found.viewer.person), 0);
  };
}

/** Previous / Next through the pairs of the same version. */
export function matchPageAction(services: Services) {
  return async (args: Args<BlockButtonAction>): Promise<void> => {
    await args.ack();
    const value = buttonValue.safeParse(safeJson(args.action.value));
    if (!value.success) return;
    const found = await review(services, args, value.data.proposalId);
    if (!found) return;
    const constraints = await services.pairing.constraints(found.cohort.id);
    await args.respond({ replace_original: true, ...proposalMessage(found.proposal, found.cohort, constraints, value.data.page, found.viewer.t) });
  };
}

/** Approve (after Slack's confirm): only the newest version, once; introductions follow by jobs. */
export function matchApproveAction(services: Services) {
  return async (args: Args<BlockButtonAction>): Promise<void> => {
    await args.ack();
    const value = buttonValue.safeParse(safeJson(args.action.value));
    if (!value.success) return;
    const found = await review(services, args, value.data.proposalId);
    if (!found) return;
    const { t } = found.viewer;
    const cohort = escapeMrkdwn(found.cohort.name);
    const result: ApproveResult = await services.pairing.approve(found.proposal.id, found.cohort, found.viewer.person);
    if (!result.ok) {
      const text = result.reason === "empty" ? t("matching.empty") : result.reason === "approved" ? t("matching.alreadyApproved", { cohort, date: "", pairs: "" }) : t("matching.outdated", { cohort });
      await replyToAction(args.body, args.client, args.respond, plainMessage(text));
      return;
    }
    const text = t("matching.approvedDone", { version: found.proposal.version, cohort, pairs: result.pairs.length, unmatched: result.unmatched });
    await args.respond({ replace_original: true, text, blocks: [section(text)] });
  };
}
