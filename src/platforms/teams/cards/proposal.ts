import type { Cohort } from "../../../domain/cohorts/cohort";
import type { Constraints } from "../../../domain/pairing/match-input";
import type { Proposal } from "../../../domain/pairing/proposal";
import type { Person } from "../../../domain/people";
import type { Translate } from "../../../i18n";
import { reasonText, unmatchedText } from "../../../i18n/matching-text";
import {
  actionSet,
  adaptiveCard,
  escapeTeamsMarkdown,
  paragraph,
  submit,
  textBlock,
  title,
  type AdaptiveCard,
  type CardElement,
} from "./card";
import { TEAMS_ACTIONS } from "./ids";
import { unreachedLines } from "./unreached";

/** Ten pairs a page, as in Slack: a Teams message holds about 28 KB, and each pair is about 1 KB. */
export const PAIRS_PER_PAGE = 10;
const UNMATCHED_SHOWN = 20;

/**
 * A matching proposal: the summary against a random pairing, the pairs a page at a time with
 * their fit and reasons (lock, unlock, exclude or reassign each), who is left out and why, Re-run / Approve.
 */
export function proposalCard(
  proposal: Proposal,
  cohort: Cohort,
  constraints: Constraints,
  unreached: Person[],
  t: Translate,
  page = 0,
): AdaptiveCard {
  const { result, summary } = proposal;
  const typedName = (id: string) => proposal.people[id]?.name ?? id;
  const name = (id: string) => escapeTeamsMarkdown(typedName(id));
  const body: CardElement[] = [
    title(t("matching.title", { version: proposal.version, cohort: escapeTeamsMarkdown(cohort.name) })),
    paragraph(
      t("matching.summary", {
        pairs: summary.pairs,
        candidates: summary.candidates,
        unmatched: summary.unmatched,
        mean: summary.meanScore.toFixed(1),
        random: summary.randomMeanScore.toFixed(1),
      }),
    ),
  ];
  if (constraints.locks.length + constraints.exclusions.length > 0)
    body.push(
      paragraph(
        t("matching.constraintsLine", { locks: constraints.locks.length, exclusions: constraints.exclusions.length }),
        { isSubtle: true },
      ),
    );
  const pages = Math.max(1, Math.ceil(result.pairs.length / PAIRS_PER_PAGE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const from = current * PAIRS_PER_PAGE;
  for (const pair of result.pairs.slice(from, from + PAIRS_PER_PAGE)) {
    const mentor = name(pair.mentorId);
    const mentee = name(pair.menteeId);
    const reasons = pair.reasons
      .filter((r) => r.kind !== "locked")
      .slice(0, 4)
      .map(
        (r) =>
          `- ${reasonText(r, { mentor: typedName(pair.mentorId), mentee: typedName(pair.menteeId), skills: cohort.skills }, t, escapeTeamsMarkdown)}`,
      );
    body.push(
      paragraph(
        [
          `${t("matching.pairLine", { mentor, mentee, score: pair.score.toFixed(1) })}${pair.locked ? ` · ${t("matching.lockedTag")}` : ""}`,
          reasons.join("\n"),
        ]
          .filter(Boolean)
          .join("\n\n"),
        { separator: true },
      ),
    );
    if (proposal.status === "proposed") {
      // The same choices as Slack's ⋯ menu: each is a re-run keeping the rest; Reassign… asks for the new partner first.
      const data = {
        action: TEAMS_ACTIONS.matchPair,
        proposalId: proposal.id,
        page: current,
        mentorId: pair.mentorId,
        menteeId: pair.menteeId,
      };
      // A button's title is plain text: the name as typed.
      const reassign = (candidateId: string) =>
        submit(t("matching.reassignMenu", { name: typedName(candidateId) }), {
          action: TEAMS_ACTIONS.matchReassignOpen,
          proposalId: proposal.id,
          page: current,
          candidateId,
        });
      body.push(
        actionSet([
          pair.locked
            ? submit(t("matching.unlockOption"), { ...data, change: "unlock" })
            : submit(t("matching.lockOption"), { ...data, change: "lock" }),
          submit(t("matching.excludeOption"), { ...data, change: "exclude" }, "destructive"),
          reassign(pair.mentorId),
          reassign(pair.menteeId),
        ]),
      );
    }
  }
  const paging: CardElement[] = [];
  if (pages > 1) {
    body.push(
      textBlock(
        t("matching.page", {
          from: from + 1,
          to: Math.min(from + PAIRS_PER_PAGE, result.pairs.length),
          total: result.pairs.length,
        }),
        { isSubtle: true, separator: true },
      ),
    );
    if (current > 0)
      paging.push(
        submit(t("matching.previous"), { action: TEAMS_ACTIONS.matchPage, proposalId: proposal.id, page: current - 1 }),
      );
    if (current < pages - 1)
      paging.push(
        submit(t("matching.next"), { action: TEAMS_ACTIONS.matchPage, proposalId: proposal.id, page: current + 1 }),
      );
  }
  if (result.unmatched.length > 0) {
    const lines = result.unmatched
      .slice(0, UNMATCHED_SHOWN)
      .map(
        (u) => `- ${t("matching.unmatchedLine", { name: name(u.candidateId), reason: unmatchedText(u.reason, t) })}`,
      );
    if (result.unmatched.length > UNMATCHED_SHOWN) lines.push(`… +${result.unmatched.length - UNMATCHED_SHOWN}`);
    body.push(paragraph(`**${t("matching.unmatchedTitle")}**\n\n${lines.join("\n")}`, { separator: true }));
  }
  body.push(...unreachedLines(unreached, t));
  const actions: CardElement[] = [...paging];
  if (proposal.status === "proposed") {
    actions.push(
      submit(t("matching.rerun"), { action: TEAMS_ACTIONS.matchRerun, proposalId: proposal.id, page: current }),
    );
    if (result.pairs.length > 0)
      actions.push(
        submit(t("matching.approve"), { action: TEAMS_ACTIONS.matchApprove, proposalId: proposal.id }, "positive"),
      );
  }
  actions.push(submit(t("matching.download"), { action: TEAMS_ACTIONS.matchDownload, proposalId: proposal.id }));
  return adaptiveCard(body, actions);
}
