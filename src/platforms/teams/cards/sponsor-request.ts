import type { SponsorRequestView } from "../../../domain/applications/sponsor-request";
import type { Locale } from "../../../domain/locale";
import { formatDate, type Translate } from "../../../i18n";
import { adaptiveCard, escapeTeamsMarkdown, textBlock, type AdaptiveCard } from "./card";

export const SPONSOR_DECISION = "sponsor.decision";

/** The sponsor's request in Teams: the same facts as in Slack, Sponsor / Decline with a reason. */
export function sponsorRequestCard(view: SponsorRequestView, t: Translate, locale: Locale): AdaptiveCard {
  const intro = t(view.reminder ? "sponsor.reminder" : "sponsor.request", {
    applicant: escapeTeamsMarkdown(view.applicantName),
    cohort: escapeTeamsMarkdown(view.cohortName),
  });
  const body = [
    textBlock(intro, { weight: "Bolder" }),
    {
      type: "FactSet",
      facts: [
        { title: t("sponsor.role"), value: t(`roles.${view.role}`) },
        { title: t("sponsor.job"), value: escapeTeamsMarkdown(view.jobTitle) || "—" },
        { title: t("sponsor.department"), value: escapeTeamsMarkdown(view.department) || "—" },
        { title: t("sponsor.learns"), value: escapeTeamsMarkdown(view.learnSkills.join(", ")) || "—" },
        { title: t("sponsor.firstWish"), value: escapeTeamsMarkdown(view.firstWish) || "—" },
      ],
    },
    textBlock(
      t("sponsor.commitment", {
        sessions: view.minSessions,
        minutes: view.sessionMinutes,
        plenaries: view.plenaryCount,
        starts: formatDate(view.startsAt, locale, view.timeZone),
        ends: formatDate(view.endsAt, locale, view.timeZone),
      }),
      { isSubtle: true, size: "Small" },
    ),
    { type: "Input.Text", id: "reason", label: t("sponsor.declineReason"), isMultiline: true, maxLength: 1000 },
  ];
  return adaptiveCard(body, [
    {
      type: "Action.Submit",
      title: t("sponsor.endorse"),
      style: "positive",
      data: { action: SPONSOR_DECISION, decision: "endorse", applicationId: view.applicationId },
    },
    {
      type: "Action.Submit",
      title: t("sponsor.decline"),
      style: "destructive",
      data: { action: SPONSOR_DECISION, decision: "decline", applicationId: view.applicationId },
    },
  ]);
}
