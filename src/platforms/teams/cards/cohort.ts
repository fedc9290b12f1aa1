import type { CohortFormDefaults } from "../../../domain/cohorts/cohort-form";
import { LOCALES } from "../../../domain/locale";
import type { MessageKey, Translate } from "../../../i18n";
import { adaptiveCard, field, paragraph, submit, textBlock, title, type AdaptiveCard, type CardElement } from "./card";
import { TEAMS_ACTIONS } from "./ids";

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
