import type { Locale } from "../../../domain/locale";
import { meetsThreshold, PLENARY_DEFAULTS } from "../../../domain/meetings/plenaries";
import type { AttendanceCount, AttendanceSheet, Plenary, PlenaryList } from "../../../domain/meetings/plenary-service";
import type { Cohort } from "../../../domain/cohorts/cohort";
import { DateTime } from "luxon";
import { formatDateTime, type Translate } from "../../../i18n";
import {
  actionSet,
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

const MAX_LISTED = 20;

/** `plenary`: the cohort's plenaries in the coordinator's zone, or the plan to generate. */
export function plenaryListCard(
  list: PlenaryList,
  t: Translate,
  locale: Locale,
  zone: string,
  note?: string,
): AdaptiveCard {
  const { cohort } = list;
  const body: CardElement[] = [
    ...(note ? [paragraph(note)] : []),
    title(t("plenaries.title", { cohort: escapeTeamsMarkdown(cohort.name) })),
  ];
  if (list.plenaries.length === 0) {
    const plan = {
      cohort: escapeTeamsMarkdown(cohort.name),
      count: cohort.plenaryCount,
      days: PLENARY_DEFAULTS.intervalDays,
      minutes: PLENARY_DEFAULTS.durationMinutes,
      time: PLENARY_DEFAULTS.localTime,
      zone: cohort.timeZone,
    };
    body.push(paragraph(t("plenaries.none", plan)));
    return adaptiveCard(body, [
      submit(t("plenaries.generateButton"), { action: TEAMS_ACTIONS.plenaryGenerate, cohortId: cohort.id }, "positive"),
    ]);
  }
  body.push(textBlock(t("plenaries.intro", { zone, people: list.people }), { isSubtle: true, size: "Small" }));
  for (const item of list.plenaries.slice(0, MAX_LISTED)) {
    const { plenary } = item;
    const lines = [
      t("plenaries.line", {
        number: plenary.number,
        when: formatDateTime(plenary.startsAt, locale, zone),
        minutes: plenary.durationMinutes,
      }),
    ];
    if (item.running) lines.push(t("plenaries.runningLine", { attended: item.attended, people: list.people }));
    else if (item.held) lines.push(t("plenaries.heldLine", { attended: item.attended, people: list.people }));
    body.push(paragraph(lines.join("\n\n"), { separator: true }));
    const value = { plenaryId: plenary.id };
    body.push(
      actionSet([
        item.held
          ? submit(t("plenaries.attendanceButton"), { action: TEAMS_ACTIONS.plenaryAttendanceOpen, ...value })
          : submit(t("plenaries.editButton"), { action: TEAMS_ACTIONS.plenaryEditOpen, ...value }),
      ]),
    );
  }
  if (list.plenaries.length > MAX_LISTED)
    body.push(textBlock(t("plenaries.more", { count: list.plenaries.length - MAX_LISTED }), { isSubtle: true }));
  return adaptiveCard(body);
}

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

/** `plenary attendance`: each person's plenaries attended of those held, those below the threshold marked. */
export function attendanceSummaryCard(
  cohort: Cohort,
  rows: { name: string; count: AttendanceCount }[],
  t: Translate,
): AdaptiveCard {
  const heading = title(t("plenaries.summary.title", { cohort: escapeTeamsMarkdown(cohort.name) }));
  const held = rows[0]?.count.held ?? 0;
  if (rows.length === 0)
    return adaptiveCard([
      heading,
      paragraph(t("plenaries.attendance.noPeople", { cohort: escapeTeamsMarkdown(cohort.name) })),
    ]);
  if (held === 0)
    return adaptiveCard([
      heading,
      paragraph(t("plenaries.summary.noneHeld", { cohort: escapeTeamsMarkdown(cohort.name) })),
    ]);
  const lines = rows.map(({ name, count }) => {
    const percent = Math.floor((count.attended * 100) / count.held);
    const below = !meetsThreshold(count.attended, count.held, cohort.attendanceThreshold);
    return `- ${t(below ? "plenaries.summary.belowLine" : "plenaries.summary.line", { name: escapeTeamsMarkdown(name), attended: count.attended, held: count.held, percent })}`;
  });
  const body: CardElement[] = [
    heading,
    paragraph(t("plenaries.summary.intro", { held, threshold: cohort.attendanceThreshold }), { isSubtle: true }),
  ];
  for (let start = 0; start < lines.length; start += 40)
    body.push(paragraph(lines.slice(start, start + 40).join("\n"), { spacing: "None" }));
  return adaptiveCard(body);
}
