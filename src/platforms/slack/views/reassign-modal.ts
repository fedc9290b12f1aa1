import type { KnownBlock, View } from "@slack/types";
import type { Cohort } from "../../../domain/cohorts/cohort";
import type { PartnerOption } from "../../../domain/matching";
import type { Proposal } from "../../../domain/pairing/proposal";
import type { Translate } from "../../../i18n";
import { reasonText } from "../../../i18n/matching-text";
import { encodeMetadata, VIEW_IDS, type ViewMetadata } from "../ids";
import { clip, escapeMrkdwn, plainText, section } from "./text";

/** Slack's limit on a static select's options. */
const MAX_OPTIONS = 100;
export const REASSIGN_BLOCK = "partner";

/** The select's value for one option: which way round the new pair goes. */
export function reassignValue(option: Pick<PartnerOption, "mentorId" | "menteeId">): string {
  return `${option.mentorId}|${option.menteeId}`;
}

export function parseReassignValue(value: unknown): { mentorId: string; menteeId: string } | undefined {
  const [mentorId, menteeId, extra] = typeof value === "string" ? value.split("|") : [];
  return mentorId && menteeId && extra === undefined ? { mentorId, menteeId } : undefined;
}

/** The partners a candidate may be given, allowed ones only, best fit first, each with its fit and first reason. */
export function reassignOptions(proposal: Proposal, cohort: Cohort, options: PartnerOption[], t: Translate) {
  const name = (id: string) => proposal.people[id]?.name ?? id;
  return options
    .filter((o) => o.blockedBy.length === 0)
    .slice(0, MAX_OPTIONS)
    .map((o) => {
      const mentor = name(o.mentorId);
      const mentee = name(o.menteeId);
      const key = o.lockedElsewhere ? "matching.reassignOptionLocked" : "matching.reassignOption";
      const text = t(key, { mentor: clip(mentor, 28), mentee: clip(mentee, 28), score: o.score.toFixed(1) });
      const first = o.reasons.find((r) => r.kind !== "locked");
      return {
        text: plainText(text),
        value: reassignValue(o),
        ...(first ? { description: plainText(reasonText(first, { mentor, mentee, skills: cohort.skills }, t)) } : {}),
      };
    });
}

/** "Reassign": pick a new partner for one person; the pair is locked and the rest re-run. */
export function reassignModal(candidateName: string, options: ReturnType<typeof reassignOptions>, metadata: ViewMetadata, t: Translate): View {
  const blocks: KnownBlock[] = [
    section(t("matching.reassignIntro", { name: escapeMrkdwn(candidateName) })),
    {
      type: "input",
      block_id: REASSIGN_BLOCK,
      label: plainText(t("matching.reassignLabel")),
      element: { type: "static_select", action_id: REASSIGN_BLOCK, placeholder: plainText(t("matching.reassignPlaceholder")), options },
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
