import type { Cohort } from "../../../domain/cohorts/cohort";
import type { PartnerOption } from "../../../domain/matching";
import type { Proposal } from "../../../domain/pairing/proposal";
import type { Translate } from "../../../i18n";
import { reasonText } from "../../../i18n/matching-text";
import { adaptiveCard, field, markdown, paragraph, submit, title, type AdaptiveCard } from "./card";
import { TEAMS_ACTIONS } from "./ids";

/** As many partners as Slack's select holds, best fit first. */
const MAX_OPTIONS = 100;
export const REASSIGN_INPUT = "partner";

/** A choice's value: which way round the new pair goes. */
export function reassignValue(option: Pick<PartnerOption, "mentorId" | "menteeId">): string {
  return `${option.mentorId}|${option.menteeId}`;
}

export function parseReassignValue(value: unknown): { mentorId: string; menteeId: string } | undefined {
  const [mentorId, menteeId, extra] = typeof value === "string" ? value.split("|") : [];
  return mentorId && menteeId && extra === undefined ? { mentorId, menteeId } : undefined;
}

/** The partners a candidate may be given, allowed ones only, best fit first, each with its fit and main reason. */
export function reassignChoices(proposal: Proposal, cohort: Cohort, options: PartnerOption[], t: Translate): { title: string; value: string }[] {
  const name = (id: string) => proposal.people[id]?.name ?? id;
  return options
    .filter((o) => o.blockedBy.length === 0)
    .slice(0, MAX_OPTIONS)
    .map((o) => {
      const mentor = name(o.mentorId);
      const mentee = name(o.menteeId);
      const text = t(o.lockedElsewhere ? "matching.reassignOptionLocked" : "matching.reassignOption", { mentor, mentee, score: o.score.toFixed(1) });
      const first = o.reasons.find((r) => r.kind !== "locked");
      return { title: first ? `${text} · ${reasonText(first, { mentor, mentee, skills: cohort.skills }, t)}` : text, value: reassignValue(o) };
    });
}

export interface ReassignCardInput {
  proposal: Proposal;
  candidateId: string;
  choices: { title: string; value: string }[];
  /** The proposal card's page to go back to. */
  page: number;
  /** What was picked, kept when the choice is refused. */
  chosen?: string;
  error?: string;
}

/** "Reassign…": a new partner for one person; the two are locked and the rest re-run. */
export function reassignCard({ proposal, candidateId, choices, page, chosen, error }: ReassignCardInput, t: Translate): AdaptiveCard {
  const candidateName = proposal.people[candidateId]?.name ?? candidateId;
  return adaptiveCard(
    [
      title(t("matching.reassignTitle")),
      paragraph(t("matching.reassignIntro", { name: candidateName })),
      ...field(
        { type: "Input.ChoiceSet", id: REASSIGN_INPUT, label: t("matching.reassignLabel"), placeholder: t("matching.reassignPlaceholder"), isRequired: true, errorMessage: t("matching.reassignPick"), choices, ...(chosen ? { value: chosen } : {}) },
        // Refusals come from the catalogue, written with Slack's marks.
        { [REASSIGN_INPUT]: error === undefined ? undefined : markdown(error) },
      ),
    ],
    [submit(t("matching.reassignSubmit"), { action: TEAMS_ACTIONS.matchReassign, proposalId: proposal.id, candidateId, page }, "positive")],
  );
}
