import type { Cohort } from "../../../domain/cohorts/cohort";
import type { CohortFormDefaults } from "../../../domain/cohorts/cohort-form";
import { LOCALES, type Locale } from "../../../domain/locale";
import type { Person } from "../../../domain/people";
import { formatDate, type MessageKey, type Translate } from "../../../i18n";
import {
  adaptiveCard,
  escapeTeamsMarkdown,
  field,
  paragraph,
  submit,
  textBlock,
  title,
  type AdaptiveCard,
  type CardElement,
} from "./card";
import { TEAMS_ACTIONS } from "./ids";
import { unreachedLines } from "./unreached";

/** `cohort list`: every cohort with its state and application count. */
export function cohortListCard(
  lines: { cohort: Cohort; applications: number }[],
  t: Translate,
  locale: Locale,
  zone: string,
): AdaptiveCard {
  const body: CardElement[] = [title(t("cohorts.listTitle"))];
  for (const { cohort, applications } of lines) {
    const line = t("cohorts.listLine", {
      name: escapeTeamsMarkdown(cohort.name),
      status: t(`cohorts.statuses.${cohort.status}`),
      opens: formatDate(cohort.applicationsOpenAt, locale, zone),
      closes: formatDate(cohort.applicationsCloseAt, locale, zone),
      count: applications,
    });
    body.push(paragraph(cohort.isDemo ? `${line} ${t("cohorts.demoTag")}` : line));
  }
  return adaptiveCard(body);
}

/** `cohort show`: what the coordinator set, and who Tandem cannot reach in Teams yet. */
export function cohortDetailsCard(
  cohort: Cohort,
  applications: number,
  unreached: Person[],
  t: Translate,
  locale: Locale,
  zone: string,
): AdaptiveCard {
  const date = (d: Date) => formatDate(d, locale, zone);
  const range = (from: Date, to: Date) => t("cohorts.details.range", { from: date(from), to: date(to) });
  const group = (g: "competence" | "tool") =>
    cohort.skills
      .filter((s) => s.group === g)
      .map((s) => escapeTeamsMarkdown(s.name))
      .join(", ") || "—";
  const options = [
    t(cohort.mode === "reverse" ? "cohorts.details.reverseMode" : "cohorts.details.classicMode"),
    t(cohort.sponsorRequired ? "cohorts.details.sponsorRequired" : "cohorts.details.sponsorNotRequired"),
    ...(cohort.allowMultipleMentees ? [t("cohorts.details.multipleMentees")] : []),
    ...(cohort.avoidSameDepartment ? [t("cohorts.details.avoidSameDepartment")] : []),
  ];
  const facts = [
    { title: t("cohorts.details.objective"), value: escapeTeamsMarkdown(cohort.objective) },
    ...(cohort.learningObjectives
      ? [{ title: t("cohorts.details.learningObjectives"), value: escapeTeamsMarkdown(cohort.learningObjectives) }]
      : []),
    ...(cohort.focusAreas
      ? [{ title: t("cohorts.details.focusAreas"), value: escapeTeamsMarkdown(cohort.focusAreas) }]
      : []),
    { title: t("cohorts.details.applications"), value: range(cohort.applicationsOpenAt, cohort.applicationsCloseAt) },
    { title: t("cohorts.details.programme"), value: range(cohort.startsAt, cohort.endsAt) },
    {
      title: t("cohorts.details.rhythm"),
      value: t("cohorts.details.rhythmValue", {
        cadence: cohort.cadenceDays,
        sessions: cohort.minSessions,
        minutes: cohort.sessionMinutes,
        plenaries: cohort.plenaryCount,
        threshold: cohort.attendanceThreshold,
      }),
    },
    { title: t("cohorts.details.matching"), value: options.join(" · ") },
    { title: t("skillGroups.competence"), value: group("competence") },
    { title: t("skillGroups.tool"), value: group("tool") },
  ];
  return adaptiveCard(
    [
      title(`${escapeTeamsMarkdown(cohort.name)}${cohort.isDemo ? ` ${t("cohorts.demoTag")}` : ""}`),
      textBlock(
        `${t(`cohorts.statuses.${cohort.status}`)} · ${applications} · ${t("cohorts.details.zoneAndLanguage")}: ${cohort.timeZone}, ${t(`languageName.${cohort.locale}`)}`,
        { isSubtle: true, spacing: "None" },
      ),
      { type: "FactSet", facts },
      ...unreachedLines(unreached, t),
    ],
    [submit(t("cohorts.details.editButton"), { action: TEAMS_ACTIONS.cohortEdit, cohortId: cohort.id })],
  );
}

/** The cohort form: every phase-1 field, pre-filled; the same names and rules as Slack's modal. */
export function cohortFormCard(
  values: CohortFormDefaults,
  t: Translate,
  cohortId?: string,
  errors: Record<string, string | undefined> = {},
): AdaptiveCard {
  const text = (
    id: keyof CohortFormDefaults,
    label: string,
    multiline: boolean,
    required: boolean,
    placeholder?: string,
  ) =>
    field(
      {
        type: "Input.Text",
        id,
        label,
        isMultiline: multiline,
        isRequired: required,
        errorMessage: t("teams.requiredField"),
        maxLength: id === "name" ? 80 : 3000,
        ...(String(values[id] ?? "") ? { value: String(values[id]) } : {}),
        ...(placeholder ? { placeholder } : {}),
      },
      errors,
    );
  const date = (id: keyof CohortFormDefaults, label: string) =>
    field(
      {
        type: "Input.Date",
        id,
        label,
        isRequired: true,
        errorMessage: t("teams.requiredField"),
        value: String(values[id] ?? ""),
      },
      errors,
    );
  // Input.Number holds a number; what was typed wrong (text) is shown in the message under it.
  const number = (id: keyof CohortFormDefaults, label: string, min: number, max: number) => {
    const shown = Number(values[id]);
    return field(
      {
        type: "Input.Number",
        id,
        label,
        min,
        max,
        isRequired: true,
        errorMessage: t("teams.requiredField"),
        ...(String(values[id] ?? "") !== "" && Number.isFinite(shown) ? { value: shown } : {}),
      },
      errors,
    );
  };
  const toggle = (id: "sponsorRequired" | "allowMultipleMentees" | "avoidSameDepartment") =>
    field(
      {
        type: "Input.Toggle",
        id,
        title: t(`cohortForm.${id}`),
        valueOn: "true",
        valueOff: "false",
        value: values[id] ? "true" : "false",
      },
      errors,
    );
  const heading = (key: MessageKey) =>
    textBlock(t(key), { weight: "Bolder", size: "Medium", spacing: "Large", separator: true });
  const body: CardElement[] = [
    title(cohortId ? t("cohortForm.titleEdit") : t("cohortForm.titleNew")),
    heading("cohortForm.sectionProgramme"),
    ...text("name", t("cohortForm.name"), false, true, t("cohortForm.namePlaceholder")),
    ...text("objective", t("cohortForm.objective"), true, true),
    ...text("learningObjectives", t("cohortForm.learningObjectives"), true, false),
    ...text("focusAreas", t("cohortForm.focusAreas"), true, false),
    ...field(
      {
        type: "Input.ChoiceSet",
        id: "mode",
        label: t("cohortForm.mode"),
        style: "expanded",
        value: values.mode,
        choices: [
          { title: t("cohortForm.modeReverse"), value: "reverse" },
          { title: t("cohortForm.modeClassic"), value: "classic" },
        ],
      },
      errors,
    ),
    ...field(
      {
        type: "Input.ChoiceSet",
        id: "locale",
        label: t("cohortForm.locale"),
        value: values.locale,
        choices: LOCALES.map((l) => ({ title: t(`languageName.${l}`), value: l })),
      },
      errors,
    ),
    ...text("timeZone", t("cohortForm.timeZone"), false, true),
    heading("cohortForm.sectionDates"),
    ...date("applicationsOpen", t("cohortForm.applicationsOpen")),
    ...date("applicationsClose", t("cohortForm.applicationsClose")),
    ...date("startsOn", t("cohortForm.startsOn")),
    ...date("endsOn", t("cohortForm.endsOn")),
    heading("cohortForm.sectionRhythm"),
    ...number("cadenceDays", t("cohortForm.cadenceDays"), 7, 60),
    ...number("minSessions", t("cohortForm.minSessions"), 1, 52),
    ...number("sessionMinutes", t("cohortForm.sessionMinutes"), 15, 240),
    ...number("plenaryCount", t("cohortForm.plenaryCount"), 0, 52),
    ...number("attendanceThreshold", t("cohortForm.attendanceThreshold"), 0, 100),
    heading("cohortForm.sectionMatching"),
    ...toggle("sponsorRequired"),
    ...toggle("allowMultipleMentees"),
    ...toggle("avoidSameDepartment"),
    heading("cohortForm.sectionSkills"),
    paragraph(t("cohortForm.skillsHint"), { isSubtle: true, size: "Small" }),
    ...text("competences", t("cohortForm.competences"), true, false),
    ...text("tools", t("cohortForm.tools"), true, false),
  ];
  return adaptiveCard(body, [
    submit(
      cohortId ? t("cohortForm.save") : t("cohortForm.create"),
      { action: TEAMS_ACTIONS.cohortSave, ...(cohortId ? { cohortId } : {}) },
      "positive",
    ),
  ]);
}
