import type { KnownBlock } from "@slack/types";
import type { Cohort } from "../../../domain/cohorts/cohort";
import type { Constraints } from "../../../domain/pairing/match-input";
import type { Proposal } from "../../../domain/pairing/proposal";
import type { Translate } from "../../../i18n";
import { reasonText, unmatchedText } from "../../../i18n/matching-text";
import { ACTION_IDS } from "../ids";
import {
  block as asBlock,
  confirmDialog,
  context,
  escapeMrkdwn,
  header,
  option,
  section,
  type SlackMessage,
} from "./text";

export const PAIRS_PER_PAGE = 10;
const UNMATCHED_SHOWN = 20;

/** The value every proposal button carries: which proposal, and which page is on screen. */
export function proposalButtonValue(proposalId: string, page: number): string {
  return JSON.stringify({ proposalId, page });
}

/** The block of pair `index` of a proposal: its id says which pair an overflow choice is about. */
export function pairBlockId(proposalId: string, index: number): string {
  return `match:${proposalId}:${index}`;
}

export function parsePairBlockId(blockId: string): { proposalId: string; index: number } | undefined {
  const match = /^match:([^:]+):(\d+)$/.exec(blockId);
  return match ? { proposalId: match[1]!, index: Number(match[2]) } : undefined;
}

/** Why a proposal has no pairs at all: one side is missing, or every pair breaks a rule. */
function noPairsKey({ summary }: Proposal) {
  const roles = summary.roles;
  if (summary.candidates < 2) return "matching.noPairs.tooFew" as const;
  if (roles && roles.mentors + roles.both === 0) return "matching.noPairs.noMentors" as const;
  if (roles && roles.mentees + roles.both === 0) return "matching.noPairs.noMentees" as const;
  return "matching.noPairs.incompatible" as const;
}

/**
 * A matching proposal for the coordinator: the summary against a random pairing, the pairs a page
 * at a time with their fit and reasons (lock, unlock, exclude or reassign each), who is left out and why,
 * Re-run / Approve, and the whole proposal as CSV.
 */
export function proposalMessage(
  proposal: Proposal,
  cohort: Cohort,
  constraints: Constraints,
  page: number,
  t: Translate,
): SlackMessage {
  const { result, summary } = proposal;
  const name = (id: string) => escapeMrkdwn(proposal.people[id]?.name ?? id);
  const title = t("matching.title", { version: proposal.version, cohort: cohort.name });
  const blocks: KnownBlock[] = [
    header(title),
    section(
      t("matching.summary", {
        pairs: summary.pairs,
        candidates: summary.candidates,
        unmatched: summary.unmatched,
        mean: summary.meanScore.toFixed(1),
        random: summary.randomMeanScore.toFixed(1),
      }),
    ),
  ];
  if (result.pairs.length === 0)
    blocks.push(section(`⚠️ ${t(noPairsKey(proposal), { candidates: summary.candidates })}`));
  if (constraints.locks.length + constraints.exclusions.length > 0) {
    blocks.push(
      context(
        t("matching.constraintsLine", { locks: constraints.locks.length, exclusions: constraints.exclusions.length }),
      ),
    );
  }
  for (const rejected of result.rejectedLocks.slice(0, 5)) {
    blocks.push(
      context(
        t("matching.rejectedLock", {
          mentor: name(rejected.mentorId),
          mentee: name(rejected.menteeId),
          reason: t(`matching.constraints.${rejected.reason}`),
        }),
      ),
    );
  }
  blocks.push({ type: "divider" });

  const pages = Math.max(1, Math.ceil(result.pairs.length / PAIRS_PER_PAGE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const from = current * PAIRS_PER_PAGE;
  result.pairs.slice(from, from + PAIRS_PER_PAGE).forEach((pair, offset) => {
    const index = from + offset;
    const mentor = proposal.people[pair.mentorId]?.name ?? pair.mentorId;
    const mentee = proposal.people[pair.menteeId]?.name ?? pair.menteeId;
    const line = `${t("matching.pairLine", { mentor: escapeMrkdwn(mentor), mentee: escapeMrkdwn(mentee), score: pair.score.toFixed(1) })}${pair.locked ? ` · ${t("matching.lockedTag")}` : ""}`;
    const reasons = pair.reasons
      .filter((r) => r.kind !== "locked")
      .slice(0, 4)
      .map((r) => `• ${reasonText(r, { mentor, mentee, skills: cohort.skills }, t, escapeMrkdwn)}`)
      .join("\n");
    const options = [
      pair.locked
        ? { text: { type: "plain_text", text: t("matching.unlockOption") }, value: "unlock" }
        : { text: { type: "plain_text", text: t("matching.lockOption") }, value: "lock" },
      { text: { type: "plain_text", text: t("matching.excludeOption") }, value: "exclude" },
      option(t("matching.reassignMenu", { name: mentor }), "reassign:mentor"),
      option(t("matching.reassignMenu", { name: mentee }), "reassign:mentee"),
    ];
    blocks.push(
      asBlock({
        type: "section",
        block_id: pairBlockId(proposal.id, index),
        text: { type: "mrkdwn", text: reasons ? `${line}\n${reasons}` : line },
        ...(proposal.status === "proposed"
          ? { accessory: { type: "overflow", action_id: ACTION_IDS.matchPair, options } }
          : {}),
      }),
    );
  });

  if (result.unmatched.length > 0) {
    const lines = result.unmatched
      .slice(0, UNMATCHED_SHOWN)
      .map((u) =>
        t("matching.unmatchedLine", { name: name(u.candidateId), reason: escapeMrkdwn(unmatchedText(u.reason, t)) }),
      );
    if (result.unmatched.length > UNMATCHED_SHOWN) lines.push(`… +${result.unmatched.length - UNMATCHED_SHOWN}`);
    if (result.pairs.length > 0) blocks.push({ type: "divider" });
    blocks.push(section(`*${t("matching.unmatchedTitle")}*\n${lines.join("\n")}`));
  }

  const elements: Record<string, unknown>[] = [];
  if (pages > 1) {
    blocks.push(
      context(
        t("matching.page", {
          from: from + 1,
          to: Math.min(from + PAIRS_PER_PAGE, result.pairs.length),
          total: result.pairs.length,
        }),
      ),
    );
    if (current > 0)
      elements.push({
        type: "button",
        action_id: `${ACTION_IDS.matchPage}:${current - 1}`,
        value: proposalButtonValue(proposal.id, current - 1),
        text: { type: "plain_text", text: t("matching.previous") },
      });
    if (current < pages - 1)
      elements.push({
        type: "button",
        action_id: `${ACTION_IDS.matchPage}:${current + 1}`,
        value: proposalButtonValue(proposal.id, current + 1),
        text: { type: "plain_text", text: t("matching.next") },
      });
  }
  if (proposal.status === "proposed") {
    elements.push({
      type: "button",
      action_id: ACTION_IDS.matchRerun,
      value: proposalButtonValue(proposal.id, current),
      text: { type: "plain_text", text: t("matching.rerun") },
    });
    if (result.pairs.length > 0) {
      elements.push({
        type: "button",
        style: "primary",
        action_id: ACTION_IDS.matchApprove,
        value: proposalButtonValue(proposal.id, current),
        text: { type: "plain_text", text: t("matching.approve") },
        confirm: confirmDialog({
          title: t("matching.approveConfirmTitle"),
          text: t("matching.approveConfirmText"),
          confirm: t("matching.approveConfirm"),
          deny: t("matching.approveDeny"),
        }),
      });
    }
  }
  elements.push({
    type: "button",
    action_id: ACTION_IDS.matchDownload,
    value: proposalButtonValue(proposal.id, current),
    text: { type: "plain_text", text: t("matching.download") },
  });
  blocks.push(asBlock({ type: "actions", elements }));
  // The header is plain text (the name as typed); the notification text is mrkdwn.
  return { text: escapeMrkdwn(title), blocks };
}
