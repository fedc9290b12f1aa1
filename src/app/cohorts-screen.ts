import type { Cohort } from "../domain/cohorts/cohort";
import type { Person } from "../domain/people";
import { type Text, text } from "./reply";
import type { MessageKey } from "../i18n";
import { joined, type Screen, type ScreenBlock, screen, words } from "./screen";
import { unreachedWarning } from "./unreached";

export interface CohortLine {
  cohort: Cohort;
  applications: number;
}

/** A cohort's name, with its tag when it is a demo. */
function cohortName(cohort: Cohort): Text {
  return cohort.isDemo ? joined([words(cohort.name), text("cohorts.demoTag")], " ") : words(cohort.name);
}

/** `cohort list`: every cohort, newest first, with its state and application count. */
export function cohortListScreen(lines: CohortLine[]): Screen {
  if (lines.length === 0) return screen(text("cohorts.none"), [{ kind: "text", text: text("cohorts.none") }]);
  const title = text("cohorts.listTitle");
  return screen(title, [
    { kind: "title", text: title },
    {
      kind: "lines",
      lines: lines.map(({ cohort, applications }) => {
        const line = text("cohorts.listLine", {
          name: cohort.name,
          status: { message: `cohorts.statuses.${cohort.status}` },
          opens: { date: cohort.applicationsOpenAt },
          closes: { date: cohort.applicationsCloseAt },
          count: applications,
        });
        return cohort.isDemo ? joined([line, text("cohorts.demoTag")], " ") : line;
      }),
    },
  ]);
}

/**
 * `cohort show`: everything the coordinator set, in the reader's language and zone, with Edit.
 * `unreached`: people of the cohort Tandem cannot write to on the reader's platform.
 */
export function cohortDetailsScreen(cohort: Cohort, applications: number, unreached: Person[] = []): Screen {
  const range = (from: Date, to: Date) => text("cohorts.details.range", { from: { date: from }, to: { date: to } });
  const skills = (group: "competence" | "tool") =>
    words(
      cohort.skills
        .filter((s) => s.group === group)
        .map((s) => s.name)
        .join(", ") || "—",
    );
  const options = [
    text(cohort.mode === "reverse" ? "cohorts.details.reverseMode" : "cohorts.details.classicMode"),
    text(cohort.sponsorRequired ? "cohorts.details.sponsorRequired" : "cohorts.details.sponsorNotRequired"),
    ...(cohort.allowMultipleMentees ? [text("cohorts.details.multipleMentees")] : []),
    ...(cohort.avoidSameDepartment ? [text("cohorts.details.avoidSameDepartment")] : []),
    ...(cohort.anonymousEvaluations ? [text("cohorts.details.anonymousEvaluations")] : []),
  ];
  const written = (label: MessageKey, value: string): ScreenBlock[] =>
    value
      ? [
          { kind: "heading", text: text(label) },
          { kind: "text", text: words(value) },
        ]
      : [];
  const zoneAndLanguage = joined([words(cohort.timeZone), text(`languageName.${cohort.locale}`)], ", ");
  const title = cohortName(cohort);
  return screen(title, [
    { kind: "title", text: title },
    {
      kind: "text",
      text: joined(
        [
          text(`cohorts.statuses.${cohort.status}`),
          words(applications),
          joined([text("cohorts.details.zoneAndLanguage"), zoneAndLanguage], ": "),
        ],
        " · ",
      ),
      subtle: true,
    },
    // What the coordinator wrote (up to 3,000 characters each) goes under its heading, never cut.
    ...written("cohorts.details.objective", cohort.objective),
    ...written("cohorts.details.learningObjectives", cohort.learningObjectives),
    ...written("cohorts.details.focusAreas", cohort.focusAreas),
    {
      kind: "facts",
      facts: [
        {
          label: text("cohorts.details.applications"),
          value: range(cohort.applicationsOpenAt, cohort.applicationsCloseAt),
        },
        { label: text("cohorts.details.programme"), value: range(cohort.startsAt, cohort.endsAt) },
        {
          label: text("cohorts.details.rhythm"),
          value: text("cohorts.details.rhythmValue", {
            cadence: cohort.cadenceDays,
            sessions: cohort.minSessions,
            minutes: cohort.sessionMinutes,
            plenaries: cohort.plenaryCount,
            threshold: cohort.attendanceThreshold,
          }),
        },
        { label: text("cohorts.details.matching"), value: joined(options, " · ") },
        { label: text("skillGroups.competence"), value: skills("competence") },
        { label: text("skillGroups.tool"), value: skills("tool") },
      ],
    },
    ...unreachedWarning(unreached),
    {
      kind: "buttons",
      buttons: [{ action: "cohort.edit", label: text("cohorts.details.editButton"), data: { cohortId: cohort.id } }],
    },
  ]);
}
