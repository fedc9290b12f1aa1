import type { Cohort } from "../domain/cohorts/cohort";
import { text } from "./reply";
import { type Screen, screen } from "./screen";

/**
 * The call for applications, with an Apply button. It is read by a whole channel: its caller
 * renders it in the cohort's language and time zone.
 */
export function announcementScreen(cohort: Cohort, now: Date): Screen {
  const title =
    now < cohort.applicationsOpenAt
      ? text("announce.titleNotYet", { name: cohort.name, opens: { date: cohort.applicationsOpenAt } })
      : text("announce.title", { name: cohort.name });
  return screen(title, [
    { kind: "title", text: title },
    { kind: "text", text: text("common.typed", { text: cohort.objective }) },
    { kind: "text", text: text(cohort.mode === "reverse" ? "announce.reverse" : "announce.classic") },
    !!cohort.learningObjectives && {
      kind: "text",
      text: text("common.typed", { text: cohort.learningObjectives }),
    },
    {
      kind: "lines",
      lines: [
        text("announce.dates", {
          closes: { date: cohort.applicationsCloseAt },
          starts: { date: cohort.startsAt },
          ends: { date: cohort.endsAt },
        }),
        text("announce.commitment", {
          sessions: cohort.minSessions,
          minutes: cohort.sessionMinutes,
          cadence: cohort.cadenceDays,
          plenaries: cohort.plenaryCount,
        }),
        ...(cohort.sponsorRequired ? [text("announce.sponsor")] : []),
      ],
    },
    {
      kind: "buttons",
      buttons: [
        {
          action: "application.apply",
          label: text("announce.applyButton"),
          data: { cohortId: cohort.id },
          style: "primary",
        },
      ],
    },
    { kind: "text", text: text("announce.footer"), subtle: true },
  ]);
}
