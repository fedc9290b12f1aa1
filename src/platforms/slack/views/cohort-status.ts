import type { KnownBlock, View } from "@slack/types";
import type { Cohort } from "../../../domain/cohorts/cohort";
import type { Locale } from "../../../domain/locale";
import type { CoordinatorNudgeView } from "../../../domain/messages";
import type { AuditEntry } from "../../../domain/reporting/audit";
import { missingRequirements } from "../../../domain/reporting/certificates";
import { cohortPhase, type CohortOverview, type PairFigures } from "../../../domain/reporting/cohort-overview";
import { formatDate, formatDateTime, type Translate } from "../../../i18n";
import { coordinatorNudgeText } from "../../../i18n/evaluation-text";
import { ACTION_IDS, encodeMetadata, VIEW_IDS } from "../ids";
import { block, context, divider, escapeMrkdwn, header, option, plainText, section, type SlackMessage } from "./text";

/** Pairs shown one by one in the status; the export has them all. */
export const STATUS_PAIR_LINES = 20;

function pairLine(pair: PairFigures, names: Map<string, string>, t: Translate, locale: Locale, zone: string): string {
  return t("cohortStatus.pairLine", {
    mentor: escapeMrkdwn(names.get(pair.mentorId) ?? "?"),
    mentee: escapeMrkdwn(names.get(pair.menteeId) ?? "?"),
    held: pair.held,
    due: pair.due,
    last: pair.lastHeldAt ? formatDate(pair.lastHeldAt, locale, zone) : t("cohortStatus.never"),
    next: pair.nextAt ? formatDateTime(pair.nextAt, locale, zone) : t("cohortStatus.notPlanned"),
  });
}

/** `/mentoring cohort status`: the figures, the pairs at risk with a Nudge button each, the questionnaires. */
export function cohortStatusMessage(
  overview: CohortOverview,
  names: Map<string, string>,
  t: Translate,
  locale: Locale,
  zone: string,
  prefix: string,
): SlackMessage {
  const { cohort } = overview;
  const title = t("cohortStatus.title", { cohort: cohort.name });
  const applicants = Object.entries(overview.applicants)
    .map(([status, count]) => `${t(`applications.statuses.${status}` as "applications.statuses.draft")} ${count}`)
    .join(" · ");
  const eligible = overview.participants.filter((p) => missingRequirements(p).length === 0).length;
  const blocks: KnownBlock[] = [
    header(title),
    section(
      t("cohortStatus.phase", {
        phase: t(`cohortStatus.phases.${cohortPhase(overview)}`),
        start: formatDate(cohort.startsAt, locale, zone),
        end: formatDate(cohort.endsAt, locale, zone),
      }),
    ),
    section(
      overview.applicantsTotal === 0
        ? t("cohortStatus.applicantsNone")
        : t("cohortStatus.applicants", { total: overview.applicantsTotal, list: applicants }),
    ),
    section(
      overview.pairs.length === 0
        ? t("cohortStatus.pairsNone")
        : t("cohortStatus.pairs", {
            count: overview.pairs.length,
            held: overview.sessionsHeld,
            due: overview.sessionsDue,
            min: cohort.minSessions,
          }),
    ),
  ];
  const calm = overview.pairs.filter((p) => p.risks.length === 0);
  if (calm.length > 0) {
    blocks.push(
      context(
        calm
          .slice(0, STATUS_PAIR_LINES)
          .map((p) => pairLine(p, names, t, locale, zone))
          .join("\n"),
      ),
    );
    if (calm.length > STATUS_PAIR_LINES)
      blocks.push(context(t("cohortStatus.morePairs", { count: calm.length - STATUS_PAIR_LINES, prefix })));
  }
  blocks.push(divider);
  if (overview.pairs.length > 0) {
    if (overview.atRisk.length === 0) blocks.push(section(t("cohortStatus.atRiskNone")));
    else {
      blocks.push(section(t("cohortStatus.atRiskTitle", { count: overview.atRisk.length })));
      // Slack allows 50 blocks a message; the export lists every pair at risk beyond these.
      for (const pair of overview.atRisk.slice(0, 30)) {
        const risks = pair.risks.map((r) => t(`cohortStatus.risks.${r}`)).join(", ");
        blocks.push(
          block({
            type: "section",
            text: { type: "mrkdwn", text: `${pairLine(pair, names, t, locale, zone)}\n_${risks}_` },
            accessory: {
              type: "button",
              action_id: ACTION_IDS.cohortNudge,
              text: plainText(t("cohortStatus.nudge")),
              value: JSON.stringify({ pairId: pair.pairId }),
            },
          }),
        );
      }
    }
  }
  const e = overview.evaluations;
  blocks.push(
    section(
      [
        overview.attendanceRate === null
          ? t("cohortStatus.plenariesNone")
          : t("cohortStatus.plenaries", { held: overview.plenaries.length, rate: overview.attendanceRate }),
        t("cohortStatus.evaluations", {
          pulseAnswered: e.pulse.answered,
          pulseAsked: e.pulse.asked,
          pulseRate: e.pulse.rate,
          finalAnswered: e.final.answered,
          finalAsked: e.final.asked,
          finalRate: e.final.rate,
        }),
        ...(overview.participants.length > 0
          ? [t("cohortStatus.certificates", { eligible, participants: overview.participants.length })]
          : []),
      ].join("\n"),
    ),
  );
  // The header is plain text (the name as typed); the notification text is mrkdwn.
  return { text: escapeMrkdwn(title), blocks };
}

/** A cohort's line on the coordinator's Home tab. */
export function cohortHomeBlocks(overviews: CohortOverview[], t: Translate): KnownBlock[] {
  if (overviews.length === 0) return [];
  return [
    header(t("cohortStatus.homeTitle")),
    ...overviews.map((o) =>
      block({
        type: "section",
        text: {
          type: "mrkdwn",
          text: t("cohortStatus.homeLine", {
            cohort: escapeMrkdwn(o.cohort.name),
            pairs: o.pairs.length,
            held: o.sessionsHeld,
            due: o.sessionsDue,
            atRisk: o.atRisk.length,
            rate: o.evaluations.final.asked > 0 ? o.evaluations.final.rate : o.evaluations.pulse.rate,
          }),
        },
        accessory: {
          type: "button",
          action_id: ACTION_IDS.cohortStatus,
          text: plainText(t("cohortStatus.homeStatus")),
          value: JSON.stringify({ cohortId: o.cohort.id }),
        },
      }),
    ),
    divider,
  ];
}

export function auditMessage(
  entries: AuditEntry[],
  cohort: Cohort | undefined,
  t: Translate,
  locale: Locale,
  zone: string,
): SlackMessage {
  const title = cohort ? t("audit.titleCohort", { cohort: cohort.name }) : t("audit.title");
  if (entries.length === 0) return { text: t("audit.none"), blocks: [header(title), section(t("audit.none"))] };
  const lines = entries.map((e) =>
    t("audit.line", {
      date: formatDateTime(e.at, locale, zone),
      actor: escapeMrkdwn(e.actorName),
      action: escapeMrkdwn(t(`audit.actions.${e.action}`, { ...e.details, cohort: e.cohortName })),
    }),
  );
  // Sections hold 3,000 characters: a few lines each.
  const blocks: KnownBlock[] = [header(title)];
  for (let i = 0; i < lines.length; i += 10) blocks.push(section(lines.slice(i, i + 10).join("\n")));
  // The header is plain text (the name as typed); the notification text is mrkdwn.
  return { text: escapeMrkdwn(title), blocks };
}

export function coordinatorNudgeMessage(nudge: CoordinatorNudgeView, t: Translate): SlackMessage {
  const text = coordinatorNudgeText(nudge, t, escapeMrkdwn);
  return {
    text,
    blocks: [
      section(text),
      block({
        type: "actions",
        block_id: `coordinator-nudge:${nudge.pairId}`,
        elements: [
          {
            type: "button",
            style: "primary",
            action_id: ACTION_IDS.sessionPlan,
            text: plainText(t("rhythm.planButton")),
            value: JSON.stringify({ pairId: nudge.pairId }),
          },
        ],
      }),
    ],
  };
}

export const LEAVE_BLOCKS = { cohort: "cohort", reason: "reason" } as const;

/** Leaving asks first: which programme, why (optional), and what will be deleted. */
export function leaveModal(cohorts: Cohort[], t: Translate): View {
  const options = cohorts.map((c) => option(c.name, c.id));
  return {
    type: "modal",
    callback_id: VIEW_IDS.leave,
    private_metadata: encodeMetadata({}),
    title: plainText(t("dataRights.leave.modalTitle"), 24),
    submit: plainText(t("dataRights.leave.confirm"), 24),
    close: plainText(t("common.cancel"), 24),
    blocks: [
      section(`⚠️ ${t("dataRights.leave.warning")}`),
      block({
        type: "input",
        block_id: LEAVE_BLOCKS.cohort,
        label: plainText(t("dataRights.leave.cohort")),
        element: {
          type: "static_select",
          action_id: "value",
          options,
          ...(options.length === 1 ? { initial_option: options[0] } : {}),
        },
      }),
      block({
        type: "input",
        block_id: LEAVE_BLOCKS.reason,
        optional: true,
        label: plainText(t("dataRights.leave.reason"), 2000),
        element: { type: "plain_text_input", action_id: "value", multiline: true },
      }),
    ],
  };
}
