import type { KnownBlock, ModalView } from "@slack/types";
import type { Cohort } from "../../../domain/cohorts/cohort";
import { formatDate, type Translate } from "../../../i18n";
import { ACTION_IDS, encodeMetadata, VIEW_IDS } from "../ids";
import { context, escapeMrkdwn, header, plainText, section, type SlackMessage } from "./text";

/** The call for applications, in the cohort's own language and time zone, with an Apply button. */
export function announcementMessage(cohort: Cohort, t: Translate, now: Date): SlackMessage {
  const date = (d: Date) => formatDate(d, cohort.locale, cohort.timeZone);
  const title =
    now < cohort.applicationsOpenAt
      ? t("announce.titleNotYet", { name: cohort.name, opens: date(cohort.applicationsOpenAt) })
      : t("announce.title", { name: cohort.name });
  const blocks: KnownBlock[] = [
    header(title),
    section(escapeMrkdwn(cohort.objective)),
    section(t(cohort.mode === "reverse" ? "announce.reverse" : "announce.classic")),
  ];
  if (cohort.learningObjectives) blocks.push(section(escapeMrkdwn(cohort.learningObjectives)));
  blocks.push(
    section(
      [
        t("announce.dates", {
          closes: date(cohort.applicationsCloseAt),
          starts: date(cohort.startsAt),
          ends: date(cohort.endsAt),
        }),
        t("announce.commitment", {
          sessions: cohort.minSessions,
          minutes: cohort.sessionMinutes,
          cadence: cohort.cadenceDays,
          plenaries: cohort.plenaryCount,
        }),
        ...(cohort.sponsorRequired ? [t("announce.sponsor")] : []),
      ].join("\n"),
    ),
    {
      type: "actions",
      elements: [
        {
          type: "button",
          style: "primary",
          action_id: ACTION_IDS.apply,
          value: cohort.id,
          text: { type: "plain_text", text: t("announce.applyButton") },
        },
      ],
    },
    context(t("announce.footer")),
  );
  // The header is plain text (the name as typed); the notification text is mrkdwn.
  return { text: escapeMrkdwn(title), blocks };
}

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
