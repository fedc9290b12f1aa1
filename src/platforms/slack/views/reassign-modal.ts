import type { KnownBlock, View } from "@slack/types";
import type { Cohort } from "../../../domain/cohorts/cohort";
import type { PartnerOption } from "../../../domain/matching";
import type { Proposal } from "../../../domain/pairing/proposal";
import type { Translate } from "../../../i18n";
import { allowedPartners, reassignValue } from "../../../domain/pairing/reassign";
import { partnerOptionTexts } from "../../../app/matching-reasons";
import type { Text } from "../../../app/reply";
import { encodeMetadata, VIEW_IDS, type ViewMetadata } from "../ids";
import { clip, escapeMrkdwn, plainText, section } from "./text";

export const REASSIGN_BLOCK = "partner";

/** The partners a candidate may be given, best fit first, each with its fit and main reason underneath. */
export function reassignOptions(
  proposal: Proposal,
  cohort: Cohort,
  options: PartnerOption[],
  plain: (text: Text) => string,
) {
  const name = (id: string) => proposal.people[id]?.name ?? id;
  return allowedPartners(options).map((o) => {
    const names = { mentor: name(o.mentorId), mentee: name(o.menteeId) };
    // An option's text holds 75 characters: the names are cut there, not in the reason below it.
    const { text, reason } = partnerOptionTexts(o, names, cohort.skills, (n) => clip(n, 28));
    return {
      text: plainText(plain(text)),
      value: reassignValue(o),
      ...(reason ? { description: plainText(plain(reason)) } : {}),
    };
  });
}

/** "Reassign": pick a new partner for one person; the pair is locked and the rest re-run. */
export function reassignModal(
  candidateName: string,
  options: ReturnType<typeof reassignOptions>,
  metadata: ViewMetadata,
  t: Translate,
): View {
  const blocks: KnownBlock[] = [
    section(t("matching.reassignIntro", { name: escapeMrkdwn(candidateName) })),
    {
      type: "input",
      block_id: REASSIGN_BLOCK,
      label: plainText(t("matching.reassignLabel")),
      element: {
        type: "static_select",
        action_id: REASSIGN_BLOCK,
        placeholder: plainText(t("matching.reassignPlaceholder")),
        options,
      },
    },
  ];
  return {
    type: "modal",
    callback_id: VIEW_IDS.matchReassign,
    private_metadata: encodeMetadata(metadata),
    title: plainText(t("matching.reassignTitle"), 24),
    submit: plainText(t("matching.reassignSubmit"), 24),
    close: plainText(t("common.cancel"), 24),
    blocks,
  };
}
