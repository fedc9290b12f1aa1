import type { KnownBlock, ModalView } from "@slack/types";
import type { SponsorRequestView } from "../../../domain/applications/sponsor-request";
import type { Locale } from "../../../domain/locale";
import { formatDate, type Translate } from "../../../i18n";
import { ACTION_IDS, encodeMetadata, VIEW_IDS, type ViewMetadata } from "../ids";
import { context, escapeMrkdwn, plainText, section, type SlackMessage } from "./text";

/** The DM a sponsor gets: who applied, to what, the answers a manager may see, Endorse / Decline. */
export function sponsorRequestMessage(view: SponsorRequestView, t: Translate, locale: Locale): SlackMessage {
  const applicant = `<@${view.applicantPlatformId}>`;
  const intro = t(view.reminder ? "sponsor.reminder" : "sponsor.request", {
    applicant,
    cohort: escapeMrkdwn(view.cohortName),
  });
  const field = (label: string, value: string) => ({
    type: "mrkdwn" as const,
    text: `*${label}*\n${escapeMrkdwn(value) || "—"}`,
  });
  const blocks: KnownBlock[] = [
    section(intro),
    {
      type: "section",
      fields: [
        field(t("sponsor.role"), t(`roles.${view.role}`)),
        field(t("sponsor.job"), view.jobTitle),
        field(t("sponsor.department"), view.department),
        field(t("sponsor.learns"), view.learnSkills.join(", ")),
      ],
    },
    section(`*${t("sponsor.firstWish")}*\n${escapeMrkdwn(view.firstWish) || "—"}`),
    context(
      `${t("sponsor.about", { objective: escapeMrkdwn(view.objective) })}\n${t("sponsor.commitment", {
        sessions: view.minSessions,
        minutes: view.sessionMinutes,
        plenaries: view.plenaryCount,
        starts: formatDate(view.startsAt, locale, view.timeZone),
        ends: formatDate(view.endsAt, locale, view.timeZone),
      })}`,
    ),
    {
      type: "actions",
      block_id: "sponsor_decision",
      elements: [
        {
          type: "button",
          style: "primary",
          action_id: ACTION_IDS.sponsorEndorse,
          value: view.applicationId,
          text: { type: "plain_text", text: t("sponsor.endorse") },
        },
        {
          type: "button",
          style: "danger",
          action_id: ACTION_IDS.sponsorDecline,
          value: view.applicationId,
          text: { type: "plain_text", text: t("sponsor.decline") },
        },
      ],
    },
  ];
  return {
    text: t(view.reminder ? "sponsor.reminder" : "sponsor.request", {
      applicant: escapeMrkdwn(view.applicantName),
      cohort: escapeMrkdwn(view.cohortName),
    }),
    blocks,
  };
}

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
