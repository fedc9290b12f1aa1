import type { KnownBlock, ModalView } from "@slack/types";
import type { CohortFormDefaults } from "../../../domain/cohorts/cohort-form";
import { LOCALES } from "../../../domain/locale";
import type { Translate } from "../../../i18n";
import { encodeMetadata, VIEW_IDS } from "../ids";
import { header, option, plainText, textInput } from "./text";

type Field = keyof CohortFormDefaults | "options";

/** The cohort form: every phase-1 field, pre-filled (defaults for a new cohort, values for an edit). */
export function cohortModal(values: CohortFormDefaults, t: Translate, cohortId?: string): ModalView {
  const input = (
    field: Field,
    label: string,
    element: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ): KnownBlock =>
    ({
      type: "input",
      block_id: field,
      label: plainText(label, 2000),
      element: { action_id: "value", ...element },
      ...extra,
    }) as KnownBlock;
  const text = (
    field: keyof CohortFormDefaults,
    label: string,
    multiline: boolean,
    optional = false,
    placeholder?: string,
  ) =>
    input(
      field,
      label,
      {
        type: "plain_text_input",
        multiline,
        ...textInput(String(values[field]), field === "name" ? 80 : 3000),
        ...(placeholder ? { placeholder: plainText(placeholder, 150) } : {}),
      },
      optional ? { optional: true } : {},
    );
  const date = (field: keyof CohortFormDefaults, label: string) =>
    input(field, label, { type: "datepicker", initial_date: String(values[field]) });
  const number = (field: keyof CohortFormDefaults, label: string, min: number, max: number) =>
    input(field, label, {
      type: "number_input",
      is_decimal_allowed: false,
      min_value: String(min),
      max_value: String(max),
      initial_value: String(values[field]),
    });
  const checks = [
    option(t("cohortForm.sponsorRequired"), "sponsorRequired"),
    option(t("cohortForm.allowMultipleMentees"), "allowMultipleMentees"),
    option(t("cohortForm.avoidSameDepartment"), "avoidSameDepartment"),
    option(t("cohortForm.anonymousEvaluations"), "anonymousEvaluations"),
  ];
  const checked = checks.filter(
    (o) =>
      values[o.value as "sponsorRequired" | "allowMultipleMentees" | "avoidSameDepartment" | "anonymousEvaluations"],
  );
  const modes = [option(t("cohortForm.modeReverse"), "reverse"), option(t("cohortForm.modeClassic"), "classic")];
  const locales = LOCALES.map((locale) => option(t(`languageName.${locale}`), locale));

  return {
    type: "modal",
    callback_id: VIEW_IDS.cohortForm,
    private_metadata: encodeMetadata({ cohortId }),
    title: plainText(cohortId ? t("cohortForm.titleEdit") : t("cohortForm.titleNew"), 24),
    submit: plainText(cohortId ? t("cohortForm.save") : t("cohortForm.create"), 24),
    close: plainText(t("cohortForm.cancel"), 24),
    blocks: [
      header(t("cohortForm.sectionProgramme")),
      text("name", t("cohortForm.name"), false, false, t("cohortForm.namePlaceholder")),
      text("objective", t("cohortForm.objective"), true),
      text("learningObjectives", t("cohortForm.learningObjectives"), true, true),
      text("focusAreas", t("cohortForm.focusAreas"), true, true),
      input("mode", t("cohortForm.mode"), {
        type: "radio_buttons",
        options: modes,
        initial_option: modes.find((o) => o.value === values.mode),
      }),
      input("locale", t("cohortForm.locale"), {
        type: "static_select",
        options: locales,
        initial_option: locales.find((o) => o.value === values.locale),
      }),
      text("timeZone", t("cohortForm.timeZone"), false),
      header(t("cohortForm.sectionDates")),
      date("applicationsOpen", t("cohortForm.applicationsOpen")),
      date("applicationsClose", t("cohortForm.applicationsClose")),
      date("startsOn", t("cohortForm.startsOn")),
      date("endsOn", t("cohortForm.endsOn")),
      header(t("cohortForm.sectionRhythm")),
      number("cadenceDays", t("cohortForm.cadenceDays"), 7, 60),
      number("minSessions", t("cohortForm.minSessions"), 1, 52),
      number("sessionMinutes", t("cohortForm.sessionMinutes"), 15, 240),
      number("plenaryCount", t("cohortForm.plenaryCount"), 0, 52),
      number("attendanceThreshold", t("cohortForm.attendanceThreshold"), 0, 100),
      header(t("cohortForm.sectionMatching")),
      input(
        "options",
        t("cohortForm.options"),
        { type: "checkboxes", options: checks, ...(checked.length > 0 ? { initial_options: checked } : {}) },
        { optional: true },
      ),
      header(t("cohortForm.sectionSkills")),
      { type: "context", elements: [{ type: "mrkdwn", text: t("cohortForm.skillsHint") }] },
      text("competences", t("cohortForm.competences"), true, true),
      text("tools", t("cohortForm.tools"), true, true),
    ],
  };
}
