import type { KnownBlock } from "@slack/types";
import type { Cohort } from "../../../domain/cohorts/cohort";
import type { Locale } from "../../../domain/locale";
import { formatDate, type Translate } from "../../../i18n";
import { ACTION_IDS } from "../ids";
import { context, escapeMrkdwn, fitList, header, MESSAGE_MAX_BLOCKS, section, type SlackMessage } from "./text";

export interface CohortLine {
  cohort: Cohort;
  applications: number;
}

/** `/mentoring cohort list`: every cohort, newest first, with its state and application count. */
export function cohortListMessage(lines: CohortLine[], t: Translate, locale: Locale, zone: string): SlackMessage {
  if (lines.length === 0) return { text: t("cohorts.none"), blocks: [section(t("cohorts.none"))] };
  const line = ({ cohort, applications }: CohortLine) => {
    const text = t("cohorts.listLine", {
      name: escapeMrkdwn(cohort.name),
      status: t(`cohorts.statuses.${cohort.status}`),
      opens: formatDate(cohort.applicationsOpenAt, locale, zone),
      closes: formatDate(cohort.applicationsCloseAt, locale, zone),
      count: applications,
    });
    return [section(cohort.isDemo ? `${text} ${t("cohorts.demoTag")}` : text)];
  };
  return {
    text: t("cohorts.listTitle"),
    blocks: [header(t("cohorts.listTitle")), ...fitList(lines, line, MESSAGE_MAX_BLOCKS - 1)],
  };
}

/** `/mentoring cohort show`: everything the coordinator set, in the reader's language and zone. */
export function cohortDetailsMessage(
  cohort: Cohort,
  applications: number,
  t: Translate,
  locale: Locale,
  zone: string,
): SlackMessage {
  const date = (d: Date) => formatDate(d, locale, zone);
  const range = (from: Date, to: Date) => t("cohorts.details.range", { from: date(from), to: date(to) });
  const group = (g: "competence" | "tool") =>
    cohort.skills
      .filter((s) => s.group === g)
      .map((s) => escapeMrkdwn(s.name))
      .join(", ");
  const field = (label: string, value: string) => `*${label}:* ${value}`;
  const options = [
    t(cohort.mode === "reverse" ? "cohorts.details.reverseMode" : "cohorts.details.classicMode"),
    t(cohort.sponsorRequired ? "cohorts.details.sponsorRequired" : "cohorts.details.sponsorNotRequired"),
    ...(cohort.allowMultipleMentees ? [t("cohorts.details.multipleMentees")] : []),
    ...(cohort.avoidSameDepartment ? [t("cohorts.details.avoidSameDepartment")] : []),
    ...(cohort.anonymousEvaluations ? [t("cohorts.details.anonymousEvaluations")] : []),
  ];
  const blocks: KnownBlock[] = [
    header(`${cohort.name}${cohort.isDemo ? ` ${t("cohorts.demoTag")}` : ""}`),
    context(
      `${t(`cohorts.statuses.${cohort.status}`)} · ${applications} · ${t("cohorts.details.zoneAndLanguage")}: ${cohort.timeZone}, ${t(`languageName.${cohort.locale}`)}`,
    ),
    section(field(t("cohorts.details.objective"), escapeMrkdwn(cohort.objective))),
  ];
  if (cohort.learningObjectives)
    blocks.push(section(field(t("cohorts.details.learningObjectives"), escapeMrkdwn(cohort.learningObjectives))));
  if (cohort.focusAreas) blocks.push(section(field(t("cohorts.details.focusAreas"), escapeMrkdwn(cohort.focusAreas))));
  blocks.push(
    section(
      [
        field(t("cohorts.details.applications"), range(cohort.applicationsOpenAt, cohort.applicationsCloseAt)),
        field(t("cohorts.details.programme"), range(cohort.startsAt, cohort.endsAt)),
        field(
          t("cohorts.details.rhythm"),
          t("cohorts.details.rhythmValue", {
            cadence: cohort.cadenceDays,
            sessions: cohort.minSessions,
            minutes: cohort.sessionMinutes,
            plenaries: cohort.plenaryCount,
            threshold: cohort.attendanceThreshold,
          }),
        ),
        field(t("cohorts.details.matching"), options.join(" · ")),
      ].join("\n"),
    ),
    section(
      [
        field(t("skillGroups.competence"), group("competence") || "—"),
        field(t("skillGroups.tool"), group("tool") || "—"),
      ].join("\n"),
    ),
    {
      type: "actions",
      elements: [
        {
          type: "button",
          action_id: ACTION_IDS.editCohort,
          value: cohort.id,
          text: { type: "plain_text", text: t("cohorts.details.editButton") },
        },
      ],
    },
  );
  // The header is plain text (the name as typed); the notification text is mrkdwn.
  return { text: escapeMrkdwn(cohort.name), blocks };
}
