import type { Cohort } from "../domain/cohorts/cohort";
import type { AuditEntry } from "../domain/reporting/audit";
import { missingRequirements } from "../domain/reporting/certificates";
import { cohortPhase, type PairFigures } from "../domain/reporting/cohort-overview";
import { COMMAND_PREFIX, type Text, text } from "./reply";
import { type Screen, type ScreenBlock, screen } from "./screen";
import type { CohortStatusView } from "./status";

/** Pairs shown one by one in the status; the export has them all. */
export const STATUS_PAIR_LINES = 20;
/** Pairs at risk shown with their Nudge button (Slack's 50 blocks a message); the export lists the rest. */
export const STATUS_AT_RISK_LINES = 30;

function pairLine(pair: PairFigures, names: Map<string, string>): Text {
  return text("cohortStatus.pairLine", {
    mentor: names.get(pair.mentorId) ?? "?",
    mentee: names.get(pair.menteeId) ?? "?",
    held: pair.held,
    due: pair.due,
    last: pair.lastHeldAt ? { date: pair.lastHeldAt } : { message: "cohortStatus.never" },
    next: pair.nextAt ? { dateTime: pair.nextAt } : { message: "cohortStatus.notPlanned" },
  });
}

/**
 * `cohort status`: the figures, the pairs at risk each with Nudge, the questionnaires. Counts and
 * dates only, never what a pair wrote. `chartInDm`: the chart went to the coordinator's DM.
 */
export function cohortStatusScreen(view: CohortStatusView, options: { chartInDm: boolean }): Screen {
  const { overview, names } = view;
  const { cohort } = overview;
  const title = text("cohortStatus.title", { cohort: cohort.name });
  const calm = overview.pairs.filter((p) => p.risks.length === 0);
  const eligible = overview.participants.filter((p) => missingRequirements(p).length === 0).length;
  const e = overview.evaluations;
  const atRisk: ScreenBlock[] = overview.atRisk.slice(0, STATUS_AT_RISK_LINES).map((pair) => ({
    kind: "item",
    text: pairLine(pair, names),
    note: text("cohortStatus.risksOf", {
      risks: { join: pair.risks.map((risk) => text(`cohortStatus.risks.${risk}`)), with: ", " },
    }),
    button: { action: "cohort.nudge", label: text("cohortStatus.nudge"), data: { pairId: pair.pairId } },
  }));
  return screen(title, [
    { kind: "title", text: title },
    {
      kind: "text",
      text: text("cohortStatus.phase", {
        phase: { message: `cohortStatus.phases.${cohortPhase(overview)}` },
        start: { date: cohort.startsAt },
        end: { date: cohort.endsAt },
      }),
    },
    {
      kind: "text",
      text:
        overview.applicantsTotal === 0
          ? text("cohortStatus.applicantsNone")
          : text("cohortStatus.applicants", {
              total: overview.applicantsTotal,
              list: {
                join: Object.entries(overview.applicants).map(([status, count]) =>
                  text("cohortStatus.applicantCount", {
                    status: { message: `applications.statuses.${status as keyof typeof overview.applicants}` },
                    count: count ?? 0,
                  }),
                ),
                with: " · ",
              },
            }),
    },
    {
      kind: "text",
      text:
        overview.pairs.length === 0
          ? text("cohortStatus.pairsNone")
          : text("cohortStatus.pairs", {
              count: overview.pairs.length,
              held: overview.sessionsHeld,
              due: overview.sessionsDue,
              min: cohort.minSessions,
            }),
    },
    calm.length > 0 && {
      kind: "lines",
      lines: calm.slice(0, STATUS_PAIR_LINES).map((p) => pairLine(p, names)),
      subtle: true,
    },
    calm.length > STATUS_PAIR_LINES && {
      kind: "text",
      text: text("cohortStatus.morePairs", { count: calm.length - STATUS_PAIR_LINES, prefix: COMMAND_PREFIX }),
      subtle: true,
    },
    overview.pairs.length > 0 && {
      kind: "text",
      text:
        overview.atRisk.length === 0
          ? text("cohortStatus.atRiskNone")
          : text("cohortStatus.atRiskTitle", { count: overview.atRisk.length }),
      separated: true,
    },
    ...atRisk,
    {
      kind: "lines",
      lines: [
        overview.attendanceRate === null
          ? text("cohortStatus.plenariesNone")
          : text("cohortStatus.plenaries", { held: overview.plenaries.length, rate: overview.attendanceRate }),
        text("cohortStatus.evaluations", {
          pulseAnswered: e.pulse.answered,
          pulseAsked: e.pulse.asked,
          pulseRate: e.pulse.rate,
          finalAnswered: e.final.answered,
          finalAsked: e.final.asked,
          finalRate: e.final.rate,
        }),
        ...(overview.participants.length > 0
          ? [text("cohortStatus.certificates", { eligible, participants: overview.participants.length })]
          : []),
      ],
    },
    options.chartInDm && { kind: "text", text: text("cohortStatus.chartSent"), subtle: true },
  ]);
}

/** `audit [cohort]`: the latest coordinator actions, newest first. */
export function auditScreen(entries: AuditEntry[], cohort: Cohort | undefined): Screen {
  const title = cohort ? text("audit.titleCohort", { cohort: cohort.name }) : text("audit.title");
  if (entries.length === 0)
    return screen(text("audit.none"), [
      { kind: "title", text: title },
      { kind: "text", text: text("audit.none") },
    ]);
  return screen(title, [
    { kind: "title", text: title },
    {
      kind: "lines",
      lines: entries.map((e) =>
        text("audit.line", {
          date: { dateTime: e.at },
          actor: e.actorName,
          action: { message: `audit.actions.${e.action}`, vars: { ...e.details, cohort: e.cohortName } },
        }),
      ),
    },
  ]);
}
