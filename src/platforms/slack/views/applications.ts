import type { KnownBlock } from "@slack/types";
import { applicationWindowOpen, type Cohort } from "../../../domain/cohorts/cohort";
import type { Application } from "../../../domain/applications/application";
import type { Locale } from "../../../domain/locale";
import type { Person } from "../../../domain/people";
import { formatDate, type Translate } from "../../../i18n";
import { ACTION_IDS } from "../ids";
import {
  block as asBlock,
  confirmDialog,
  context,
  escapeMrkdwn,
  fitList,
  header,
  MESSAGE_MAX_BLOCKS,
  section,
  type SlackMessage,
} from "./text";

export interface ApplicationItem {
  application: Application;
  cohort: Cohort;
  sponsor: Person | null;
}

/** One application as blocks: its state, the sponsor's answer, and Edit/Withdraw while the window is open. */
export function applicationBlocks(
  items: ApplicationItem[],
  t: Translate,
  locale: Locale,
  zone: string,
  now: Date,
): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (const { application, cohort, sponsor } of items) {
    const date = (d: Date) => formatDate(d, locale, zone);
    const lines = [`*${escapeMrkdwn(cohort.name)}* · ${t(`applications.statuses.${application.status}`)}`];
    if (application.submittedAt && application.status !== "draft")
      lines.push(t("applications.submittedOn", { date: date(application.submittedAt) }));
    if (sponsor && application.status !== "draft") {
      const name = sponsor.platform === "slack" ? `<@${sponsor.userId}>` : escapeMrkdwn(sponsor.displayName);
      let line = t("applications.sponsorLine", { sponsor: name });
      if (application.status === "awaiting_sponsor" && application.sponsorRequestedAt) {
        line += ` · ${application.sponsorRemindedAt ? t("applications.sponsorReminded", { date: date(application.sponsorRemindedAt) }) : t("applications.sponsorWaiting", { date: date(application.sponsorRequestedAt) })}`;
      }
      lines.push(line);
    }
    if (application.sponsorReason)
      lines.push(t("applications.sponsorReasonLine", { reason: escapeMrkdwn(application.sponsorReason) }));
    if (application.overriddenById) lines.push(t("applications.overridden"));
    blocks.push(section(lines.join("\n")));
    const open = applicationWindowOpen(cohort, now);
    if (open && application.status !== "matched" && application.status !== "accepted") {
      const editLabel =
        application.status === "draft" || application.status === "withdrawn"
          ? t("applications.continueButton")
          : t("applications.editButton");
      const elements: Record<string, unknown>[] = [
        {
          type: "button",
          action_id: ACTION_IDS.editApplication,
          value: cohort.id,
          text: { type: "plain_text", text: editLabel },
        },
      ];
      if (application.status !== "withdrawn") {
        elements.push({
          type: "button",
          style: "danger",
          action_id: ACTION_IDS.withdrawApplication,
          value: application.id,
          text: { type: "plain_text", text: t("applications.withdrawButton") },
          confirm: confirmDialog({
            title: t("applications.withdrawConfirmTitle"),
            text: t("applications.withdrawConfirmText", { cohort: escapeMrkdwn(cohort.name) }),
            confirm: t("applications.withdrawConfirm"),
            deny: t("applications.withdrawDeny"),
            danger: true,
          }),
        });
      }
      blocks.push(asBlock({ type: "actions", elements }));
      blocks.push(context(t("applications.closesOn", { date: date(cohort.applicationsCloseAt) })));
    }
  }
  return blocks;
}

/** `/mentoring status`. */
export function statusMessage(
  items: ApplicationItem[],
  t: Translate,
  locale: Locale,
  zone: string,
  now: Date,
): SlackMessage {
  if (items.length === 0) return { text: t("applications.none"), blocks: [section(t("applications.none"))] };
  return {
    text: t("applications.statusTitle"),
    blocks: [header(t("applications.statusTitle")), ...applicationBlocks(items, t, locale, zone, now)],
  };
}

/** Several cohorts are open: one Apply button each. */
export function applyChoiceMessage(cohorts: Cohort[], t: Translate, locale: Locale, zone: string): SlackMessage {
  const choice = (cohort: Cohort) => [
    asBlock({
      type: "section",
      text: {
        type: "mrkdwn",
        text: `*${escapeMrkdwn(cohort.name)}*\n${t("apply.closesOn", { date: formatDate(cohort.applicationsCloseAt, locale, zone) })}`,
      },
      accessory: {
        type: "button",
        action_id: ACTION_IDS.apply,
        value: cohort.id,
        text: { type: "plain_text", text: t("announce.applyButton") },
      },
    }),
  ];
  return {
    text: t("apply.choose"),
    blocks: [section(t("apply.choose")), ...fitList(cohorts, choice, MESSAGE_MAX_BLOCKS - 1)],
  };
}

/** Nothing is open: say so, and when the next cohort opens if one is planned. */
export function noCohortOpenText(next: Cohort | undefined, t: Translate, locale: Locale, zone: string): string {
  const none = t("apply.noneOpen");
  return next
    ? `${none} ${t("apply.nextOpens", { name: escapeMrkdwn(next.name), date: formatDate(next.applicationsOpenAt, locale, zone) })}`
    : none;
}
