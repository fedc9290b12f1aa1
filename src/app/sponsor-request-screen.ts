import type { SponsorRequestView } from "../domain/applications/sponsor-request";
import { text } from "./reply";
import { type Screen, screen } from "./screen";

/**
 * What a sponsor gets: who applied, to what, the answers a manager may see, and Sponsor / Decline
 * (Decline asks for an optional reason the applicant will read).
 */
export function sponsorRequestScreen(view: SponsorRequestView): Screen {
  const key = view.reminder ? "sponsor.reminder" : "sponsor.request";
  const typed = (value: string) => text("common.typed", { text: value || "—" });
  const application = { applicationId: view.applicationId };
  return screen(text(key, { applicant: view.applicantName, cohort: view.cohortName }), [
    {
      kind: "text",
      text: text(key, {
        applicant: { person: { userId: view.applicantPlatformId, name: view.applicantName } },
        cohort: view.cohortName,
      }),
    },
    {
      kind: "facts",
      facts: [
        { label: text("sponsor.role"), value: text(`roles.${view.role}`) },
        { label: text("sponsor.job"), value: typed(view.jobTitle) },
        { label: text("sponsor.department"), value: typed(view.department) },
        { label: text("sponsor.learns"), value: typed(view.learnSkills.join(", ")) },
        { label: text("sponsor.firstWish"), value: typed(view.firstWish) },
      ],
    },
    {
      kind: "lines",
      lines: [
        text("sponsor.about", { objective: view.objective }),
        text("sponsor.commitment", {
          sessions: view.minSessions,
          minutes: view.sessionMinutes,
          plenaries: view.plenaryCount,
          starts: { date: view.startsAt },
          ends: { date: view.endsAt },
        }),
      ],
      subtle: true,
    },
    {
      kind: "buttons",
      buttons: [
        {
          action: "sponsor.endorse",
          label: text("sponsor.endorse"),
          data: { ...application, decision: "endorse" },
          style: "primary",
        },
        {
          action: "sponsor.decline",
          label: text("sponsor.decline"),
          data: { ...application, decision: "decline" },
          style: "danger",
          reason: { label: text("sponsor.declineReason") },
        },
      ],
    },
  ]);
}
