import type { Cohort } from "../../../domain/cohorts/cohort";
import { formatDate, type Translate } from "../../../i18n";
import {
  adaptiveCard,
  escapeTeamsMarkdown,
  paragraph,
  submit,
  textBlock,
  title,
  type AdaptiveCard,
  type CardElement,
} from "./card";
import { TEAMS_ACTIONS } from "./ids";

/** The call for applications, in the cohort's language and zone, with an Apply button. */
export function announcementCard(cohort: Cohort, t: Translate, now: Date): AdaptiveCard {
  const date = (d: Date) => formatDate(d, cohort.locale, cohort.timeZone);
  const heading =
    now < cohort.applicationsOpenAt
      ? t("announce.titleNotYet", { name: escapeTeamsMarkdown(cohort.name), opens: date(cohort.applicationsOpenAt) })
      : t("announce.title", { name: escapeTeamsMarkdown(cohort.name) });
  const body: CardElement[] = [
    title(heading),
    textBlock(escapeTeamsMarkdown(cohort.objective)),
    paragraph(t(cohort.mode === "reverse" ? "announce.reverse" : "announce.classic")),
  ];
  if (cohort.learningObjectives) body.push(textBlock(escapeTeamsMarkdown(cohort.learningObjectives)));
  body.push(
    paragraph(
      [
        t("announce.dates", {
          closes: date(cohort.applicationsCloseAt),
          starts: date(cohort.startsAt),
          ends: date(cohort.endsAt),
        }),
        t("announce.commitment", {
          sessions: cohort.minSessions,
          minutes: cohort.sessionMinutes,
          cadence: cohort.cadenceDays,
          plenaries: cohort.plenaryCount,
        }),
        ...(cohort.sponsorRequired ? [t("announce.sponsor")] : []),
      ].join("\n\n"),
    ),
    paragraph(t("announce.footer"), { isSubtle: true, size: "Small" }),
  );
  return adaptiveCard(body, [
    submit(t("announce.applyButton"), { action: TEAMS_ACTIONS.applyStart, cohortId: cohort.id }, "positive"),
  ]);
}
