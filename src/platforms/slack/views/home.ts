import type { EvaluationRequestView } from "../../../domain/messages";
import { evaluationRequestMessage } from "./evaluation";
import type { CohortOverview } from "../../../domain/reporting/cohort-overview";
import { cohortHomeBlocks } from "./cohort-status";
import { isoDateIn } from "../../../domain/meetings/calendar-dates";
import type { HomeView } from "../../../domain/home";
import type { Locale } from "../../../domain/locale";
import { formatDate, formatDateTime, formatTime, type Translate } from "../../../i18n";
import { calendarDate } from "../../../i18n/rhythm-text";
import { ACTION_IDS } from "../ids";
import { context, divider, escapeMrkdwn, fitList, header, section } from "./text";
import type { KnownBlock, HomeView as SlackHomeView } from "@slack/types";
import type { Cohort } from "../../../domain/cohorts/cohort";
import { applicationBlocks, type ApplicationItem } from "./applications";

/** What the Home tab adds to the person's dashboard: their applications and the open cohorts. */
export interface HomeExtras {
  /** A coordinator's cohorts under way, with their figures. */
  cohorts?: CohortOverview[];
  /** Questionnaires waiting for the person's answers. */
  questionnaires?: EvaluationRequestView[];
  applications: ApplicationItem[];
  /** Cohorts open for applications that the person has not applied to yet. */
  openCohorts: Cohort[];
  /** The pairs the person is in, with where they stand. */
  pairs?: HomePair[];
}

export interface HomePair {
  pairId: string;
  partnerName: string;
  cohortName: string;
  next: {
    status: "proposed" | "scheduled" | "held" | "cancelled";
    startsAt: Date;
    durationMinutes: number;
    proposedByMe: boolean;
  } | null;
  held: number;
  minSessions: number;
  attendance?: { attended: number; held: number; percent: number | null; threshold: number };
  goals: { total: number; picked: number; phasesDone: number; phases: number };
  items: { id: string; text: string; dueDate: string; mine: boolean }[];
}

/** The App Home tab: each person's dashboard. */
/** One pair on the Home tab: next session, progress, open action items (with Done) and goals. */
function pairHomeBlocks(
  pair: HomePair,
  t: Translate,
  locale: Locale,
  zone: string,
  now: Date,
): SlackHomeView["blocks"] {
  const lines = [
    t("rhythm.pairTitle", { partner: escapeMrkdwn(pair.partnerName), cohort: escapeMrkdwn(pair.cohortName) }),
  ];
  if (pair.next?.status === "scheduled")
    lines.push(
      t("rhythm.nextSession", {
        when: formatDateTime(pair.next.startsAt, locale, zone),
        minutes: pair.next.durationMinutes,
      }),
    );
  else if (pair.next)
    lines.push(
      t(pair.next.proposedByMe ? "rhythm.nextProposed" : "rhythm.nextProposedToMe", {
        when: formatDateTime(pair.next.startsAt, locale, zone),
        partner: escapeMrkdwn(pair.partnerName),
      }),
    );
  else lines.push(t("rhythm.noNextSession"));
  lines.push(t("home.sessionsProgress", { held: pair.held, min: pair.minSessions }));
  if (pair.attendance && pair.attendance.held > 0)
    lines.push(
      t("home.plenaryProgress", {
        attended: pair.attendance.attended,
        held: pair.attendance.held,
        percent: pair.attendance.percent ?? 0,
        threshold: pair.attendance.threshold,
      }),
    );
  if (pair.goals.total > 0)
    lines.push(
      t("home.goalsProgress", {
        picked: pair.goals.picked,
        total: pair.goals.total,
        done: pair.goals.phasesDone,
        phases: pair.goals.phases,
      }),
    );
  const today = isoDateIn(now, zone);
  const blocks: SlackHomeView["blocks"] = [section(lines.join("\n"))];
  for (const item of pair.items.slice(0, 5)) {
    const key = item.dueDate < today ? "rhythm.actions.overdueLine" : "rhythm.actions.line";
    const owner = item.mine ? t("rhythm.actions.you") : pair.partnerName;
    blocks.push({
      type: "section",
      text: {
        type: "mrkdwn",
        text: `• ${t(key, { text: escapeMrkdwn(item.text), owner: escapeMrkdwn(owner), due: calendarDate(item.dueDate, locale) })}`,
      },
      accessory: {
        type: "button",
        action_id: ACTION_IDS.actionItemDone,
        value: JSON.stringify({ itemId: item.id, done: true }),
        text: { type: "plain_text", text: t("rhythm.actions.done") },
      },
    });
  }
  const value = JSON.stringify({ pairId: pair.pairId });
  blocks.push({
    type: "actions",
    elements: [
      {
        type: "button",
        style: "primary",
        action_id: ACTION_IDS.sessionPlan,
        value,
        text: { type: "plain_text", text: t("rhythm.planButton") },
      },
      {
        type: "button",
        action_id: ACTION_IDS.sessionLog,
        value,
        text: { type: "plain_text", text: t("rhythm.logButton") },
      },
      {
        type: "button",
        action_id: ACTION_IDS.openGoals,
        value,
        text: { type: "plain_text", text: t("goals.openButton") },
      },
    ],
  });
  return blocks;
}

export function homeTab(
  view: HomeView,
  t: Translate,
  now: Date,
  extras: HomeExtras = { applications: [], openCohorts: [] },
): SlackHomeView {
  // The greeting is a header: plain text, the name as typed.
  const greeting = view.name ? t("home.greeting", { name: view.name }) : t("home.greetingNoName");
  const zoneSource = view.timeZoneChosen ? t("home.chosen") : t("home.fromProfile");
  const blocks: SlackHomeView["blocks"] = [
    header(greeting),
    section(t("home.about")),
    divider,
    section(`*${t("home.settingsTitle")}*`),
    section(
      [
        t("home.language", { language: t(`languageName.${view.locale}`) }),
        `${t("home.timeZone", { zone: view.timeZone, time: formatTime(now, view.locale, view.timeZone) })} · _${zoneSource}_`,
      ].join("\n"),
    ),
    {
      type: "actions",
      elements: [
        {
          type: "button",
          action_id: ACTION_IDS.openSettings,
          text: { type: "plain_text", text: t("home.settingsButton") },
        },
        { type: "button", action_id: ACTION_IDS.showHelp, text: { type: "plain_text", text: t("home.helpButton") } },
      ],
    },
  ];
  // Slack's Home tab holds 100 blocks: a few of each list, the rest counted ("… +3").
  blocks.push(
    ...fitList(
      extras.questionnaires ?? [],
      (questionnaire) => [divider, ...evaluationRequestMessage(questionnaire, t, view.locale, view.timeZone).blocks],
      12,
    ),
  );
  if (extras.pairs && extras.pairs.length > 0) {
    blocks.push(divider, section(`*${t("home.pairsTitle")}*`));
    for (const pair of extras.pairs.slice(0, 5))
      blocks.push(...pairHomeBlocks(pair, t, view.locale, view.timeZone, now));
  }
  if (extras.applications.length > 0) {
    blocks.push(
      divider,
      section(`*${t("home.applicationsTitle")}*`),
      ...applicationBlocks(extras.applications.slice(0, 10), t, view.locale, view.timeZone, now),
    );
  }
  if (extras.openCohorts.length > 0) {
    blocks.push(divider, section(`*${t("home.openCohorts")}*`));
    const apply = (cohort: Cohort): KnownBlock[] => [
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: `*${escapeMrkdwn(cohort.name)}*\n${t("apply.closesOn", { date: formatDate(cohort.applicationsCloseAt, view.locale, view.timeZone) })}`,
        },
        accessory: {
          type: "button",
          style: "primary",
          action_id: ACTION_IDS.apply,
          value: cohort.id,
          text: { type: "plain_text", text: t("announce.applyButton") },
        },
      },
    ];
    blocks.push(...fitList(extras.openCohorts, apply, 10));
  }
  if (view.coordinatorTools) {
    blocks.push(divider, section(`*${t("home.coordinatorTitle")}*`), section(t("home.coordinatorIntro")));
    // Slack's Home tab holds 100 blocks: the busiest cohorts first, the rest in `cohort status`.
    if (extras.cohorts && extras.cohorts.length > 0) blocks.push(...cohortHomeBlocks(extras.cohorts.slice(0, 10), t));
  } else {
    blocks.push(divider, context(t("home.nextSteps")));
  }
  return { type: "home", blocks };
}
