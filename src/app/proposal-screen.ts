import type { Cohort } from "../domain/cohorts/cohort";
import type { Constraints } from "../domain/pairing/match-input";
import type { Proposal } from "../domain/pairing/proposal";
import type { Person } from "../domain/people";
import type { MessageKey } from "../i18n";
import { type Text, type TextValue, text } from "./reply";
import { joined, type Screen, type ScreenBlock, type ScreenButton, screen, words } from "./screen";
import { pairReasonText, unmatchedReasonText } from "./matching-reasons";
import { unreachedWarning } from "./unreached";

/** Ten pairs a page: a Teams message holds about 28 KB and each pair is about 1 KB; Slack, 50 blocks. */
export const PAIRS_PER_PAGE = 10;
const UNMATCHED_SHOWN = 20;
const REJECTED_LOCKS_SHOWN = 5;
const REASONS_SHOWN = 4;

/** Why a proposal has no pairs at all: one side is missing, or every pair breaks a rule. */
function noPairsKey({ summary }: Proposal): MessageKey {
  const roles = summary.roles;
  if (summary.candidates < 2) return "matching.noPairs.tooFew";
  if (roles && roles.mentors + roles.both === 0) return "matching.noPairs.noMentors";
  if (roles && roles.mentees + roles.both === 0) return "matching.noPairs.noMentees";
  return "matching.noPairs.incompatible";
}

/** A text inside another text's values. */
const nested = ({ key, vars }: Text): TextValue => ({ message: key, vars });

/**
 * A matching proposal for the coordinator: the summary against a random pairing, the pairs a page
 * at a time with their fit and reasons (lock, unlock, exclude or reassign each), who is left out and
 * why, Re-run / Approve, and the whole proposal as CSV. `unreached`: people Tandem cannot write to
 * on the reader's platform (their introduction would not reach them).
 */
export function proposalScreen(
  proposal: Proposal,
  cohort: Cohort,
  constraints: Constraints,
  page: number,
  unreached: Person[] = [],
): Screen {
  const { result, summary } = proposal;
  const name = (id: string) => proposal.people[id]?.name ?? id;
  const title = text("matching.title", { version: proposal.version, cohort: cohort.name });
  const pages = Math.max(1, Math.ceil(result.pairs.length / PAIRS_PER_PAGE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const from = current * PAIRS_PER_PAGE;
  const open = proposal.status === "proposed";
  const data = (target: number) => ({ proposalId: proposal.id, page: String(target) });

  const pairs: ScreenBlock[] = result.pairs.slice(from, from + PAIRS_PER_PAGE).map((pair) => {
    const [mentor, mentee] = [name(pair.mentorId), name(pair.menteeId)];
    const line = text("matching.pairLine", { mentor, mentee, score: pair.score.toFixed(1) });
    return {
      kind: "entry",
      text: pair.locked ? joined([line, text("matching.lockedTag")], " · ") : line,
      details: pair.reasons
        .filter((r) => r.kind !== "locked")
        .slice(0, REASONS_SHOWN)
        .map((r) => pairReasonText(r, mentor, mentee, cohort.skills)),
      // Each choice is a re-run keeping the rest; Reassign… asks for the new partner first.
      menu: open
        ? {
            action: "match.pair",
            data: { ...data(current), mentorId: pair.mentorId, menteeId: pair.menteeId },
            choices: [
              pair.locked
                ? { label: text("matching.unlockOption"), value: "unlock" }
                : { label: text("matching.lockOption"), value: "lock" },
              { label: text("matching.excludeOption"), value: "exclude", style: "danger" },
              { label: text("matching.reassignMenu", { name: mentor }), value: "reassign:mentor" },
              { label: text("matching.reassignMenu", { name: mentee }), value: "reassign:mentee" },
            ],
          }
        : undefined,
    };
  });

  const unmatched = result.unmatched
    .slice(0, UNMATCHED_SHOWN)
    .map((u) =>
      text("matching.unmatchedLine", { name: name(u.candidateId), reason: nested(unmatchedReasonText(u.reason)) }),
    );
  if (result.unmatched.length > UNMATCHED_SHOWN)
    unmatched.push(words(`… +${result.unmatched.length - UNMATCHED_SHOWN}`));

  const buttons: ScreenButton[] = [];
  // Previous and Next share an action: each is tagged with its page.
  const pageButton = (target: number, label: Text): ScreenButton => ({
    action: "match.page",
    label,
    data: data(target),
    tag: String(target),
  });
  if (current > 0) buttons.push(pageButton(current - 1, text("matching.previous")));
  if (current < pages - 1) buttons.push(pageButton(current + 1, text("matching.next")));
  if (open) buttons.push({ action: "match.rerun", label: text("matching.rerun"), data: data(current) });
  if (open && result.pairs.length > 0)
    buttons.push({
      action: "match.approve",
      label: text("matching.approve"),
      data: data(current),
      style: "primary",
      confirm: {
        title: text("matching.approveConfirmTitle"),
        text: text("matching.approveConfirmText"),
        yes: text("matching.approveConfirm"),
        no: text("matching.approveDeny"),
      },
    });
  buttons.push({ action: "match.download", label: text("matching.download"), data: data(current) });

  return screen(title, [
    { kind: "title", text: title },
    {
      kind: "text",
      text: text("matching.summary", {
        pairs: summary.pairs,
        candidates: summary.candidates,
        unmatched: summary.unmatched,
        mean: summary.meanScore.toFixed(1),
        random: summary.randomMeanScore.toFixed(1),
      }),
    },
    result.pairs.length === 0 && {
      kind: "text",
      text: joined([words("⚠️"), text(noPairsKey(proposal), { candidates: summary.candidates })], " "),
    },
    constraints.locks.length + constraints.exclusions.length > 0 && {
      kind: "text",
      text: text("matching.constraintsLine", {
        locks: constraints.locks.length,
        exclusions: constraints.exclusions.length,
      }),
      subtle: true,
    },
    ...result.rejectedLocks.slice(0, REJECTED_LOCKS_SHOWN).map(
      (rejected): ScreenBlock => ({
        kind: "text",
        text: text("matching.rejectedLock", {
          mentor: name(rejected.mentorId),
          mentee: name(rejected.menteeId),
          reason: { message: `matching.constraints.${rejected.reason}` },
        }),
        subtle: true,
      }),
    ),
    ...pairs,
    unmatched.length > 0 && { kind: "heading", text: text("matching.unmatchedTitle"), separated: true },
    unmatched.length > 0 && { kind: "lines", lines: unmatched },
    ...unreachedWarning(unreached),
    pages > 1 && {
      kind: "text",
      text: text("matching.page", {
        from: from + 1,
        to: Math.min(from + PAIRS_PER_PAGE, result.pairs.length),
        total: result.pairs.length,
      }),
      subtle: true,
      separated: true,
    },
    { kind: "buttons", buttons },
  ]);
}
