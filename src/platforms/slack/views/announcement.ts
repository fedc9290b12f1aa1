import type { ModalView } from "@slack/types";
import type { Cohort } from "../../../domain/cohorts/cohort";
import type { Translate } from "../../../i18n";
import { ACTION_IDS, encodeMetadata, VIEW_IDS } from "../ids";
import { escapeMrkdwn, plainText, section, type SlackMessage } from "./text";

/** When the bot cannot post where the command was typed: say why and offer to pick a channel. */
export function announceFailedMessage(cohort: Cohort, t: Translate): SlackMessage {
  return {
    text: t("announce.cannotPost"),
    blocks: [
      section(t("announce.cannotPost")),
      {
        type: "actions",
        elements: [
          {
            type: "button",
            action_id: ACTION_IDS.announcePickChannel,
            value: cohort.id,
            text: { type: "plain_text", text: t("announce.pickButton") },
          },
        ],
      },
    ],
  };
}

/** The modal to pick the channel for the call (public or private channels the bot is in). */
export function announceChannelModal(cohort: Cohort, t: Translate): ModalView {
  return {
    type: "modal",
    callback_id: VIEW_IDS.announceChannel,
    private_metadata: encodeMetadata({ cohortId: cohort.id }),
    title: plainText(t("announce.pickTitle"), 24),
    submit: plainText(t("announce.pickSubmit"), 24),
    close: plainText(t("common.cancel"), 24),
    blocks: [
      section(`*${escapeMrkdwn(cohort.name)}*`),
      {
        type: "input",
        block_id: "channel",
        label: plainText(t("announce.pickLabel")),
        element: {
          type: "conversations_select",
          action_id: "value",
          filter: { include: ["public", "private"], exclude_bot_users: true },
        },
      },
    ],
  };
}
