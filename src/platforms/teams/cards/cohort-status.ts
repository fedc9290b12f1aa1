import type { Cohort } from "../../../domain/cohorts/cohort";
import type { Locale } from "../../../domain/locale";
import type { AuditEntry } from "../../../domain/reporting/audit";
import { missingRequirements } from "../../../domain/reporting/certificates";
import { cohortPhase, type CohortOverview, type PairFigures } from "../../../domain/reporting/cohort-overview";
import { escapeVars, formatDate, formatDateTime, type Translate, type Vars } from "../../../i18n";
import {
  actionSet,
  adaptiveCard,
  escapeTeamsMarkdown,
  field,
  paragraph,
  submit,
  textBlock,
  title,
  type AdaptiveCard,
  type CardElement,
} from "./card";
import { TEAMS_ACTIONS } from "./ids";

/** Pairs shown one by one (as in Slack); the export has them all. */
const PAIR_LINES = 20;
/** Pairs at risk shown with their Nudge button; the export lists the rest. */
const AT_RISK_LINES = 30;

function pairLine(pair: PairFigures, names: Map<string, string>, t: Translate, locale: Locale, zone: string): string {
  return t("cohortStatus.pairLine", {
    mentor: escapeTeamsMarkdown(names.get(pair.mentorId) ?? "?"),
    mentee: escapeTeamsMarkdown(names.get(pair.menteeId) ?? "?"),
    held: pair.held,
    due: pair.due,
    last: pair.lastHeldAt ? formatDate(pair.lastHeldAt, locale, zone) : t("cohortStatus.never"),
    next: pair.nextAt ? formatDateTime(pair.nextAt, locale, zone) : t("cohortStatus.notPlanned"),
  });
}

/** `cohort status`: the figures, the pairs at risk each with Nudge, the questionnaires. Counts and dates only. */
export function cohortStatusCard(
  overview: CohortOverview,
  names: Map<string, string>,
  t: Translate,
  locale: Locale,
  zone: string,
): AdaptiveCard {
  const { cohort } = overview;
  const applicants = Object.entries(overview.applicants)
    .map(([status, count]) => `${t(`applications.statuses.${status}` as "applications.statuses.draft")} ${count}`)
    .join(" · ");
  const eligible = overview.participants.filter((p) => missingRequirements(p).length === 0).length;
  const body: CardElement[] = [
    title(t("cohortStatus.title", { cohort: escapeTeamsMarkdown(cohort.name) })),
    paragraph(
      t("cohortStatus.phase", {
        phase: t(`cohortStatus.phases.${cohortPhase(overview)}`),
        start: formatDate(cohort.startsAt, locale, zone),
        end: formatDate(cohort.endsAt, locale, zone),
      }),
    ),
    paragraph(
      overview.applicantsTotal === 0
        ? t("cohortStatus.applicantsNone")
        : t("cohortStatus.applicants", { total: overview.applicantsTotal, list: applicants }),
    ),
    paragraph(
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
    body.push(
      textBlock(
        calm
          .slice(0, PAIR_LINES)
          .map((p) => `- ${pairLine(p, names, t, locale, zone)}`)
          .join("\n"),
        { isSubtle: true, size: "Small" },
      ),
    );
    if (calm.length > PAIR_LINES)
      body.push(
        paragraph(t("cohortStatus.morePairs", { count: calm.length - PAIR_LINES, prefix: "" }), {
          isSubtle: true,
          size: "Small",
        }),
      );
  }
  if (overview.pairs.length > 0) {
    if (overview.atRisk.length === 0)
      body.push(paragraph(t("cohortStatus.atRiskNone"), { separator: true, spacing: "Medium" }));
    else {
      body.push(
        paragraph(t("cohortStatus.atRiskTitle", { count: overview.atRisk.length }), {
          separator: true,
          spacing: "Medium",
        }),
      );
      for (const pair of overview.atRisk.slice(0, AT_RISK_LINES)) {
        const risks = pair.risks.map((r) => t(`cohortStatus.risks.${r}`)).join(", ");
        body.push({
          type: "ColumnSet",
          columns: [
            {
              type: "Column",
              width: "stretch",
              items: [
                paragraph(pairLine(pair, names, t, locale, zone)),
                textBlock(risks, { isSubtle: true, size: "Small", spacing: "None", italic: true }),
              ],
            },
            {
              type: "Column",
              width: "auto",
              items: [
                actionSet([
                  submit(t("cohortStatus.nudge"), { action: TEAMS_ACTIONS.cohortNudge, pairId: pair.pairId }),
                ]),
              ],
            },
          ],
        });
      }
    }
  }
  const e = overview.evaluations;
  body.push(
    paragraph(
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
      ].join("\n\n"),
      { separator: true, spacing: "Medium" },
    ),
  );
  return adaptiveCard(body);
}

/** `audit [cohort]`: the latest coordinator actions, newest first. */
export function auditCard(
  entries: AuditEntry[],
  cohort: Cohort | undefined,
  t: Translate,
  locale: Locale,
  zone: string,
): AdaptiveCard {
  const heading = title(
    cohort ? t("audit.titleCohort", { cohort: escapeTeamsMarkdown(cohort.name) }) : t("audit.title"),
  );
  if (entries.length === 0) return adaptiveCard([heading, paragraph(t("audit.none"))]);
  const lines = entries.map(
    (e) =>
      `- ${t("audit.line", { date: formatDateTime(e.at, locale, zone), actor: escapeTeamsMarkdown(e.actorName), action: t(`audit.actions.${e.action}`, escapeVars({ ...e.details, cohort: e.cohortName } as Vars, escapeTeamsMarkdown)) })}`,
  );
  const body: CardElement[] = [heading];
  for (let i = 0; i < lines.length; i += 10)
    body.push(paragraph(lines.slice(i, i + 10).join("\n"), { spacing: "None" }));
  return adaptiveCard(body);
}

/** Leaving asks first: which programme, why (optional), and what will be deleted. */
export function leaveCard(
  cohorts: Cohort[],
  t: Translate,
  typed: { cohort?: string; reason?: string } = {},
  errors: Record<string, string | undefined> = {},
): AdaptiveCard {
  const choices = cohorts.map((c) => ({ title: c.name, value: c.id }));
  const cohortValue = typed.cohort ?? (choices.length === 1 ? choices[0]!.value : undefined);
  const withError = (input: CardElement & { id: string }) => field(input, errors);
  return adaptiveCard(
    [
      title(t("dataRights.leave.modalTitle")),
      paragraph(`⚠️ ${t("dataRights.leave.warning")}`, { color: "Warning" }),
      ...withError({
        type: "Input.ChoiceSet",
        id: "cohort",
        label: t("dataRights.leave.cohort"),
        style: "compact",
        isRequired: true,
        errorMessage: t("teams.requiredField"),
        choices,
        ...(cohortValue ? { value: cohortValue } : {}),
      }),
      ...withError({
        type: "Input.Text",
        id: "reason",
        label: t("dataRights.leave.reason"),
        isMultiline: true,
        maxLength: 1000,
        ...(typed.reason ? { value: typed.reason } : {}),
      }),
    ],
    [submit(t("dataRights.leave.confirm"), { action: TEAMS_ACTIONS.leave }, "destructive")],
  );
}
