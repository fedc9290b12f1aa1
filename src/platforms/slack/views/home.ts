import type { HomeView } from "../../../domain/home";
import { formatDate, formatTime, type Translate } from "../../../i18n";
import { ACTION_IDS } from "../ids";
import { context, divider, escapeMrkdwn, header, section } from "./text";
import type { HomeView as SlackHomeView } from "@slack/types";
import type { Cohort } from "../../../domain/cohorts/cohort";
import { applicationBlocks, type ApplicationItem } from "./applications";

/** What the Home tab adds to the person's dashboard: their applications and the open cohorts. */
export interface HomeExtras {
  applications: ApplicationItem[];
  /** Cohorts open for applications that the person has not applied to yet. */
  openCohorts: Cohort[];
}

/** The App Home tab: each person's dashboard. */
export function homeTab(view: HomeView, t: Translate, now: Date, extras: HomeExtras = { applications: [], openCohorts: [] }): SlackHomeView {
  const greeting = view.name ? t("home.greeting", { name: escapeMrkdwn(view.name) }) : t("home.greetingNoName");
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
        { type: "button", action_id: ACTION_IDS.openSettings, text: { type: "plain_text", text: t("home.settingsButton") } },
        { type: "button", action_id: ACTION_IDS.showHelp, text: { type: "plain_text", text: t("home.helpButton") } },
      ],
    },
  ];
  if (extras.applications.length > 0) {
    blocks.push(divider, section(`*${t("home.applicationsTitle")}*`), ...applicationBlocks(extras.applications.slice(0, 10), t, view.locale, view.timeZone, now));
  }
  if (extras.openCohorts.length > 0) {
    blocks.push(divider, section(`*${t("home.openCohorts")}*`));
    for (const cohort of extras.openCohorts) {
      blocks.push({
        type: "section",
        text: { type: "mrkdwn", text: `*${escapeMrkdwn(cohort.name)}*\n${t("apply.closesOn", { date: formatDate(cohort.applicationsCloseAt, view.locale, view.timeZone) })}` },
        accessory: { type: "button", style: "primary", action_id: ACTION_IDS.apply, value: cohort.id, text: { type: "plain_text", text: t("announce.applyButton") } },
      });
    }
  }
  if (view.isCoordinator) {
    blocks.push(divider, section(`*${t("home.coordinatorTitle")}*`), section(t("home.coordinatorIntro")));
  } else {
    blocks.push(divider, context(t("home.nextSteps")));
  }
  return { type: "home", blocks };
}
