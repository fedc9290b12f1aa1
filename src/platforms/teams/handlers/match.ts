import { plainWords } from "../../../app/words";
import { sendToTeams, teamsText } from "../render";
import { coordinatorRefusal } from "../../../app/gate";
import { z } from "zod";
import type { Cohort } from "../../../domain/cohorts/cohort";
import type { Proposal } from "../../../domain/pairing/proposal";
import { proposalScreen } from "../../../app/proposal-screen";
import { teamsScreen } from "../render-screen";
import { parseReassignValue } from "../../../domain/pairing/reassign";
import { reassignCard, reassignChoices, REASSIGN_INPUT } from "../cards/reassign";
import { cohortPeopleIds, unreachedInTeams } from "../reach";
import type { TeamsRequest } from "../request";
import { approve, changePair, propose, reassign, rerun, type Review } from "../../../app/matching";

/** `match [cohort]`: the proposal, to re-run or approve here. */
export async function matchCommand(request: TeamsRequest, rest: string): Promise<void> {
  await showReview(request, await propose(request.services, request.viewer, rest));
}

/** A proposal changed (or made), shown at a page; or why nothing changed. */
async function showReview(request: TeamsRequest, review: Review, page = 0): Promise<void> {
  if (!review.ok) return sendToTeams(request, review.reply);
  await showProposal(request, review.proposal, review.cohort, page);
}

/** A proposal's card at a page, with who Tandem cannot reach in Teams. */
async function showProposal(request: TeamsRequest, proposal: Proposal, cohort: Cohort, page = 0): Promise<void> {
  const { services, viewer } = request;
  const constraints = await services.pairing.constraints(cohort.id);
  const unreached = await unreachedInTeams(services, await cohortPeopleIds(services, cohort));
  await request.card(teamsScreen(proposalScreen(proposal, cohort, constraints, page, unreached), viewer));
}

/** Previous / Next on a long proposal. */
export async function matchPage(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const found = await proposalOf(request, value);
  if (found) await showProposal(request, found.proposal, found.cohort, found.page);
}

const proposalValue = z.object({
  proposalId: z.string().min(1),
  page: z.coerce.number().int().min(0).max(1000).optional(),
});

async function proposalOf(request: TeamsRequest, value: Record<string, unknown>) {
  const { services, viewer } = request;
  const refused = coordinatorRefusal(viewer, "matching.run", "match");
  if (refused) {
    await request.reply(teamsText(refused, viewer));
    return undefined;
  }
  const parsed = proposalValue.safeParse(value).data;
  const id = parsed?.proposalId;
  const proposal = id ? await services.pairing.findProposal(id) : null;
  const cohort = proposal ? await services.cohorts.findById(proposal.cohortId) : null;
  if (!proposal || !cohort) {
    await request.reply(viewer.t("cohorts.gone"));
    return undefined;
  }
  return { proposal, cohort, page: parsed?.page ?? 0 };
}

/** Re-run: a new version as things stand now. */
export async function matchRerun(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const found = await proposalOf(request, value);
  if (!found) return;
  await showReview(request, await rerun(request.services, request.viewer, found), found.page);
}

const pairChoice = z.object({
  mentorId: z.string().min(1),
  menteeId: z.string().min(1),
  choice: z.enum(["lock", "unlock", "exclude", "reassign:mentor", "reassign:mentee"]),
});

/**
 * A pair's Lock / Unlock / Exclude, each a re-run (a new version) keeping the rest; or Reassign… on
 * one of the two: a card with every partner the cohort's rules allow for them.
 */
export async function matchPair(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const found = await proposalOf(request, value);
  if (!found) return;
  const { services, viewer } = request;
  const { proposal, cohort, page } = found;
  const parsed = pairChoice.safeParse(value).data;
  if (!parsed) return request.reply(viewer.tEscaped("matching.outdated", { cohort: cohort.name }));
  const { choice, ...pair } = parsed;
  if (choice === "lock" || choice === "unlock" || choice === "exclude")
    return showReview(request, await changePair(services, viewer, found, choice, pair), page);
  const candidateId = choice === "reassign:mentor" ? pair.mentorId : pair.menteeId;
  if (!proposal.people[candidateId])
    return request.reply(viewer.tEscaped("matching.outdated", { cohort: cohort.name }));
  const choices = reassignChoices(
    proposal,
    cohort,
    await services.pairing.partnerOptions(cohort, candidateId),
    (text) => plainWords(text, viewer.locale, viewer.timeZone),
  );
  if (choices.length === 0)
    return request.reply(
      viewer.tEscaped("matching.reassignNone", { name: proposal.people[candidateId]?.name ?? candidateId }),
    );
  await request.card(reassignCard({ proposal, candidateId, choices, page }, viewer.t));
}

const reassignValue = z.object({ candidateId: z.string().min(1) });

/**
 * The new partner picked: the two are locked and the rest re-run, and the new version is shown. A
 * refused choice (forbidden now, or the proposal moved on) is said under the list, keeping it.
 */
export async function matchReassign(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const found = await proposalOf(request, value);
  if (!found) return;
  const { services, viewer } = request;
  const { proposal, cohort, page } = found;
  const candidateId = reassignValue.safeParse(value).data?.candidateId;
  if (!candidateId || !proposal.people[candidateId])
    return request.reply(viewer.tEscaped("matching.outdated", { cohort: cohort.name }));
  const chosen = typeof value[REASSIGN_INPUT] === "string" ? value[REASSIGN_INPUT] : undefined;
  const again = async (error: string) => {
    const choices = reassignChoices(
      proposal,
      cohort,
      await services.pairing.partnerOptions(cohort, candidateId),
      (text) => plainWords(text, viewer.locale, viewer.timeZone),
    );
    await request.card(reassignCard({ proposal, candidateId, choices, page, chosen, error }, viewer.t));
  };
  const choice = parseReassignValue(chosen);
  if (!choice) return again(viewer.t("matching.reassignPick"));
  const outcome = await reassign(services, viewer, found, candidateId, choice);
  if (!outcome.ok)
    return outcome.reply.kind === "message"
      ? again(teamsText(outcome.reply.text, viewer))
      : sendToTeams(request, outcome.reply);
  await showProposal(request, outcome.proposal, cohort, page);
}

/** Approve: the pairs are created and introduced (through the job queue); who cannot be reached is named. */
export async function matchApprove(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const found = await proposalOf(request, value);
  if (!found) return;
  const { services, viewer } = request;
  const result = await approve(services, viewer, found);
  if (!result.ok) return sendToTeams(request, result.reply);
  await request.reply(teamsText(result.text, viewer));
  const unreached = await unreachedInTeams(
    services,
    result.pairs.flatMap((p) => [p.mentorPersonId, p.menteePersonId]),
  );
  if (unreached.length > 0)
    await request.reply(
      viewer.tEscaped("teams.unreached.introductions", {
        names: unreached.map((p) => p.displayName || p.userId).join(", "),
      }),
    );
}

/** Download CSV: the proposal as a spreadsheet, offered for the coordinator's OneDrive. */
export async function matchDownload(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const found = await proposalOf(request, value);
  if (!found) return;
  const { proposal, cohort } = found;
  await request.file(
    { kind: "proposal", proposalId: proposal.id },
    request.viewer.tEscaped("matching.csvPosted", { version: proposal.version, cohort: cohort.name }),
  );
}
