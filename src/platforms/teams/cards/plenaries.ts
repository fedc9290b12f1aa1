import type { Locale } from "../../../domain/locale";
import type { AttendanceSheet, Plenary } from "../../../domain/meetings/plenary-service";
import type { Cohort } from "../../../domain/cohorts/cohort";
import { DateTime } from "luxon";
import { formatDateTime, type Translate } from "../../../i18n";
import {
  adaptiveCard,
  escapeTeamsMarkdown,
  field,
  paragraph,
  submit,
  title,
  type AdaptiveCard,
  type CardElement,
} from "./card";
import { TEAMS_ACTIONS } from "./ids";

/** Move one plenary: date and time in the coordinator's zone, and its length; errors under their fields. */
export function plenaryEditCard(
  plenary: Plenary,
  cohort: Cohort,
  t: Translate,
  zone: string,
  typed: Record<string, string | undefined> = {},
  errors: Record<string, string | undefined> = {},
): AdaptiveCard {
  const local = DateTime.fromJSDate(plenary.startsAt, { zone });
  const duration = Number(typed.duration ?? plenary.durationMinutes);
  return adaptiveCard(
    [
      title(t("plenaries.edit.title")),
      paragraph(t("plenaries.edit.intro", { number: plenary.number, cohort: escapeTeamsMarkdown(cohort.name), zone }), {
        isSubtle: true,
      }),
      ...field(
        {
          type: "Input.Date",
          id: "date",
          label: t("plenaries.edit.date"),
          isRequired: true,
          errorMessage: t("teams.requiredField"),
          value: typed.date ?? local.toISODate(),
        },
        errors,
      ),
      ...field(
        {
          type: "Input.Time",
          id: "time",
          label: t("plenaries.edit.time"),
          isRequired: true,
          errorMessage: t("teams.requiredField"),
          value: typed.time ?? local.toFormat("HH:mm"),
        },
        errors,
      ),
      ...field(
        {
          type: "Input.Number",
          id: "duration",
          label: t("plenaries.edit.duration"),
          min: 15,
          max: 480,
          isRequired: true,
          errorMessage: t("teams.requiredField"),
          ...(Number.isFinite(duration) ? { value: duration } : {}),
        },
        errors,
      ),
    ],
    [submit(t("plenaries.edit.submit"), { action: TEAMS_ACTIONS.plenaryEdit, plenaryId: plenary.id }, "positive")],
  );
}

/** People per multi-select on the attendance card. */
export const ATTENDANCE_GROUP_SIZE = 50;
export const ATTENDANCE_PREFIX = "attendance:";

/** Everyone in the cohort, ticked where attendance is recorded (self check-ins say so). */
export function attendanceCard(
  sheet: AttendanceSheet,
  t: Translate,
  locale: Locale,
  zone: string,
  error?: string,
): AdaptiveCard {
  const { plenary, cohort, people } = sheet;
  const body: CardElement[] = [
    title(t("plenaries.attendance.title")),
    paragraph(
      t("plenaries.attendance.intro", {
        number: plenary.number,
        cohort: escapeTeamsMarkdown(cohort.name),
        when: formatDateTime(plenary.startsAt, locale, zone),
      }),
      { isSubtle: true },
    ),
  ];
  for (let start = 0; start < people.length; start += ATTENDANCE_GROUP_SIZE) {
    const group = people.slice(start, start + ATTENDANCE_GROUP_SIZE);
    const choices = group.map((entry) => ({
      title: `${entry.person.displayName || entry.person.userId}${entry.attended && entry.source === "self" ? ` (${t("plenaries.attendance.self")})` : ""}`,
      value: entry.person.id,
    }));
    const ticked = group.filter((entry) => entry.attended).map((entry) => entry.person.id);
    const id = `${ATTENDANCE_PREFIX}${start / ATTENDANCE_GROUP_SIZE}`;
    body.push(
      ...field(
        {
          type: "Input.ChoiceSet",
          id,
          label: t("plenaries.attendance.group", { from: start + 1, to: start + group.length }),
          isMultiSelect: true,
          style: "expanded",
          choices,
          ...(ticked.length > 0 ? { value: ticked.join(",") } : {}),
        },
        start === 0 ? { [id]: error } : {},
      ),
    );
  }
  return adaptiveCard(body, [
    submit(
      t("plenaries.attendance.submit"),
      { action: TEAMS_ACTIONS.plenaryAttendance, plenaryId: plenary.id },
      "positive",
    ),
  ]);
}
