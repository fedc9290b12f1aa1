import { APPLICATION_STATUSES } from "../../../domain/applications/application";
import type { KnownBlock } from "@slack/types";
import type { ApplicantsOverview } from "../../../domain/applications/application-service";
import type { Locale } from "../../../domain/locale";
import type { Person } from "../../../domain/people";
import { formatDate, type Translate } from "../../../i18n";
import { ACTION_IDS } from "../ids";
import { block as asBlock, confirmDialog, context, escapeMrkdwn, header, section, type SlackMessage } from "./text";

export const APPLICANTS_PER_PAGE = 15;

function who(person: Person | null): string {
  if (!person) return "—";
  return person.platform === "slack" ? `<@${person.userId}>` : escapeMrkdwn(person.displayName || person.userId);
}

/** `/mentoring applicants`: counts by role, status and department, then everyone, a page at a time. */
export function applicantsMessage(
  overview: ApplicantsOverview,
  page: number,
  t: Translate,
  locale: Locale,
  zone: string,
): SlackMessage {
  const { cohort } = overview;
  const title = t("applicants.title", { cohort: cohort.name });
  if (overview.total === 0)
    return {
      text: escapeMrkdwn(title),
      blocks: [section(t("applicants.none", { cohort: escapeMrkdwn(cohort.name) }))],
    };
  const list = (pairs: [string, number][]) =>
    pairs
      .filter(([, n]) => n > 0)
      .map(([label, n]) => `${label} ${n}`)
      .join(" · ") || "—";
  const blocks: KnownBlock[] = [
    header(title),
    section(
      [
        t("applicants.total", { total: overview.total }),
        t("applicants.byRole", {
          list: list(
            (["mentor", "mentee", "both", "unknown"] as const).map((r) => [t(`roles.${r}`), overview.byRole[r]]),
          ),
        }),
        t("applicants.byStatus", {
          list: list(
            APPLICATION_STATUSES.flatMap((s) => {
              const n = overview.byStatus[s];
              return n === undefined ? [] : [[t(`applications.statuses.${s}`), n] as const];
            }),
          ),
        }),
        t("applicants.byDepartment", {
          list: list(overview.byDepartment.slice(0, 12).map((d) => [escapeMrkdwn(d.department), d.count])),
        }),
      ].join("\n"),
    ),
    { type: "divider" },
  ];
  const pages = Math.max(1, Math.ceil(overview.entries.length / APPLICANTS_PER_PAGE));
  const current = Math.min(Math.max(0, page), pages - 1);
  for (const entry of overview.entries.slice(current * APPLICANTS_PER_PAGE, (current + 1) * APPLICANTS_PER_PAGE)) {
    const { application } = entry;
    const parts = [
      who(entry.person),
      t(`roles.${application.answers.role ?? "unknown"}`),
      escapeMrkdwn(application.answers.department ?? "—"),
      t(`applications.statuses.${application.status}`),
    ];
    let line = parts.join(" · ");
    if (entry.sponsorOverdue)
      line += `\n${t("applicants.sponsorOverdue", { sponsor: who(entry.sponsor), date: formatDate(application.sponsorRemindedAt!, locale, zone) })}`;
    else if (application.status === "awaiting_sponsor")
      line += `\n${t("applicants.sponsorPending", { sponsor: who(entry.sponsor) })}`;
    const blockParts: Record<string, unknown> = { type: "section", text: { type: "mrkdwn", text: line } };
    if (application.status === "awaiting_sponsor" || application.status === "declined") {
      const name = entry.person?.displayName || "—";
      blockParts.accessory = {
        type: "button",
        action_id: ACTION_IDS.applicantOverride,
        value: application.id,
        text: { type: "plain_text", text: t("applicants.overrideButton") },
        confirm: confirmDialog({
          title: t("applicants.overrideConfirmTitle"),
          text: t("applicants.overrideConfirmText", { name: escapeMrkdwn(name) }),
          confirm: t("applicants.overrideConfirm"),
          deny: t("applicants.overrideDeny"),
        }),
      };
    }
    blocks.push(asBlock(blockParts));
  }
  if (pages > 1) {
    const elements: Record<string, unknown>[] = [];
    const pageButton = (label: string, target: number) => ({
      type: "button",
      action_id: `${ACTION_IDS.applicantsPage}:${target}`,
      value: JSON.stringify({ cohortId: cohort.id, page: target }),
      text: { type: "plain_text", text: label },
    });
    if (current > 0) elements.push(pageButton(t("applicants.previous"), current - 1));
    if (current < pages - 1) elements.push(pageButton(t("applicants.next"), current + 1));
    blocks.push(context(t("applicants.page", { page: current + 1, pages })), asBlock({ type: "actions", elements }));
  }
  // The header is plain text (the name as typed); the notification text is mrkdwn.
  return { text: escapeMrkdwn(title), blocks };
}
