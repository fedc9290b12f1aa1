import type { ModalView } from "@slack/types";
import type { Translate } from "../../../i18n";
import { encodeMetadata, VIEW_IDS, type ViewMetadata } from "../ids";
import { escapeMrkdwn, plainText, section, type SlackMessage } from "./text";

/** Decline, with an optional reason the applicant will read. */
export function sponsorDeclineModal(
  metadata: ViewMetadata,
  applicantName: string,
  cohortName: string,
  t: Translate,
): ModalView {
  return {
    type: "modal",
    callback_id: VIEW_IDS.sponsorDecline,
    private_metadata: encodeMetadata(metadata),
    title: plainText(t("sponsor.declineTitle"), 24),
    submit: plainText(t("sponsor.declineSubmit"), 24),
    close: plainText(t("common.cancel"), 24),
    blocks: [
      section(t("sponsor.declineIntro", { applicant: escapeMrkdwn(applicantName), cohort: escapeMrkdwn(cohortName) })),
      {
        type: "input",
        block_id: "reason",
        optional: true,
        label: plainText(t("sponsor.declineReason")),
        element: { type: "plain_text_input", action_id: "value", multiline: true, max_length: 1000 },
      },
    ],
  };
}

/** What the sponsor's DM turns into once they have answered (the buttons go away). */
export function sponsorAnsweredMessage(text: string): SlackMessage {
  return { text, blocks: [section(text)] };
}
