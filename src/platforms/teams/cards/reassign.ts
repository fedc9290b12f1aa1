import type { Cohort } from "../../../domain/cohorts/cohort";
import type { PartnerOption } from "../../../domain/matching";
import type { Proposal } from "../../../domain/pairing/proposal";
import type { Translate } from "../../../i18n";
import { allowedPartners, reassignValue } from "../../../domain/pairing/reassign";
import { partnerOptionTexts } from "../../../app/matching-reasons";
import type { Text } from "../../../app/reply";
import { adaptiveCard, escapeTeamsMarkdown, field, paragraph, submit, title, type AdaptiveCard } from "./card";
import { TEAMS_ACTIONS } from "./ids";

export const REASSIGN_INPUT = "partner";

/** The partners a candidate may be given, best fit first; a Teams choice has one line, so the reason follows the fit. */
export function reassignChoices(
  proposal: Proposal,
  cohort: Cohort,
  options: PartnerOption[],
  plain: (text: Text) => string,
): { title: string; value: string }[] {
  const name = (id: string) => proposal.people[id]?.name ?? id;
  return allowedPartners(options).map((o) => {
    const { text, reason } = partnerOptionTexts(
      o,
      { mentor: name(o.mentorId), mentee: name(o.menteeId) },
      cohort.skills,
    );
    return { title: reason ? `${plain(text)} · ${plain(reason)}` : plain(text), value: reassignValue(o) };
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
export function reassignCard(
  { proposal, candidateId, choices, page, chosen, error }: ReassignCardInput,
  t: Translate,
): AdaptiveCard {
  const candidateName = proposal.people[candidateId]?.name ?? candidateId;
  return adaptiveCard(
    [
      title(t("matching.reassignTitle")),
      paragraph(t("matching.reassignIntro", { name: escapeTeamsMarkdown(candidateName) })),
      ...field(
        {
          type: "Input.ChoiceSet",
          id: REASSIGN_INPUT,
          label: t("matching.reassignLabel"),
          placeholder: t("matching.reassignPlaceholder"),
          isRequired: true,
          errorMessage: t("matching.reassignPick"),
          choices,
          ...(chosen ? { value: chosen } : {}),
        },
        // Refusals come from the catalogue, written with Slack's marks.
        { [REASSIGN_INPUT]: error === undefined ? undefined : error },
      ),
    ],
    [
      submit(
        t("matching.reassignSubmit"),
        { action: TEAMS_ACTIONS.matchReassign, proposalId: proposal.id, candidateId, page },
        "positive",
      ),
    ],
  );
}
