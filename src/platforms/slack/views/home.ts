import type { HomeView } from "../../../domain/home";
import { formatTime, type Translate } from "../../../i18n";
import { ACTION_IDS } from "../ids";
import { context, divider, escapeMrkdwn, header, section } from "./text";
import type { HomeView as SlackHomeView } from "@slack/types";

/** The App Home tab: each person's dashboard. */
export function homeTab(view: HomeView, t: Translate, now: Date): SlackHomeView {
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
  if (view.isCoordinator) {
    blocks.push(divider, section(`*${t("home.coordinatorTitle")}*`), section(t("home.coordinatorIntro")));
  } else {
    blocks.push(divider, context(t("home.nextSteps")));
  }
  return { type: "home", blocks };
}
