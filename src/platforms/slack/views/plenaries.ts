import type { KnownBlock, View } from "@slack/types";
import { DateTime } from "luxon";
import type { Cohort } from "../../../domain/cohorts/cohort";
import type { Locale } from "../../../domain/locale";
import type { PlenaryMessage } from "../../../domain/meetings/plenary-messages";
import type { AttendanceSheet, Plenary } from "../../../domain/meetings/plenary-service";
import { formatDateTime, type Translate } from "../../../i18n";
import { plenaryText } from "../../../i18n/plenary-text";
import { ACTION_IDS, encodeMetadata, VIEW_IDS, type ViewMetadata } from "../ids";
import { block, escapeMrkdwn, plainText, section, type SlackMessage } from "./text";

/** Slack's checkboxes hold at most 10 options: the cohort's people come in groups of ten. */
export const ATTENDANCE_GROUP_SIZE = 10;
export const ATTENDANCE_BLOCK_PREFIX = "attendance:";

/** The edit form's block ids are the domain's field names (see domain/meetings/plenary-form.ts). */
export const PLENARY_FORM_FIELDS = ["date", "time", "duration"] as const;

function button(text: string, actionId: string, value: object, style?: "primary" | "danger") {
  return {
    type: "button",
    text: plainText(text),
    action_id: actionId,
    value: JSON.stringify(value),
    ...(style ? { style } : {}),
  };
}

/** What everyone in the cohort gets: the reminder the working day before, and "I'm here" at the start. */
export function plenarySlackMessage(message: PlenaryMessage, t: Translate, locale: Locale, zone: string): SlackMessage {
  const text = plenaryText(message, t, locale, zone, escapeMrkdwn);
  switch (message.type) {
    case "reminder":
      return { text, blocks: [section(text)] };
    case "check-in":
      return {
        text,
        blocks: [
          section(text),
          block({
            type: "actions",
            block_id: `plenary-check-in:${message.plenaryId}`,
            elements: [
              button(t("plenaries.hereButton"), ACTION_IDS.plenaryCheckIn, { plenaryId: message.plenaryId }, "primary"),
            ],
          }),
        ],
      };
  }
}

/** Move one plenary: date and time in the coordinator's zone, and its length. */
export function editPlenaryModal(
  plenary: Plenary,
  cohort: Cohort,
  metadata: ViewMetadata,
  t: Translate,
  zone: string,
): View {
  const local = DateTime.fromJSDate(plenary.startsAt, { zone });
  const input = (blockId: string, label: string, element: object) =>
    block({ type: "input", block_id: blockId, label: plainText(label), element: { action_id: "value", ...element } });
  return {
    type: "modal",
    callback_id: VIEW_IDS.plenaryEdit,
    private_metadata: encodeMetadata(metadata),
    title: plainText(t("plenaries.edit.title"), 24),
    submit: plainText(t("plenaries.edit.submit"), 24),
    close: plainText(t("common.cancel"), 24),
    blocks: [
      section(t("plenaries.edit.intro", { number: plenary.number, cohort: escapeMrkdwn(cohort.name), zone })),
      input("date", t("plenaries.edit.date"), { type: "datepicker", initial_date: local.toISODate() }),
      input("time", t("plenaries.edit.time"), { type: "timepicker", initial_time: local.toFormat("HH:mm") }),
      input("duration", t("plenaries.edit.duration"), {
        type: "number_input",
        is_decimal_allowed: false,
        min_value: "15",
        max_value: "480",
        initial_value: String(plenary.durationMinutes),
      }),
    ],
  };
}

/** Everyone in the cohort as checkboxes, ticked where attendance is recorded (self check-ins say so). */
export function attendanceModal(
  sheet: AttendanceSheet,
  metadata: ViewMetadata,
  t: Translate,
  locale: Locale,
  zone: string,
): View {
  const { plenary, cohort, people } = sheet;
  const blocks: KnownBlock[] = [
    section(
      t("plenaries.attendance.intro", {
        number: plenary.number,
        cohort: escapeMrkdwn(cohort.name),
        when: formatDateTime(plenary.startsAt, locale, zone),
      }),
    ),
  ];
  for (let start = 0; start < people.length; start += ATTENDANCE_GROUP_SIZE) {
    const group = people.slice(start, start + ATTENDANCE_GROUP_SIZE);
    const options = group.map((entry) => ({
      text: plainText(entry.person.displayName || entry.person.userId),
      value: entry.person.id,
      ...(entry.attended && entry.source === "self" ? { description: plainText(t("plenaries.attendance.self")) } : {}),
    }));
    const ticked = options.filter((_, index) => group[index]!.attended);
    blocks.push(
      block({
        type: "input",
        optional: true,
        block_id: `${ATTENDANCE_BLOCK_PREFIX}${start / ATTENDANCE_GROUP_SIZE}`,
        label: plainText(t("plenaries.attendance.group", { from: start + 1, to: start + group.length })),
        element: {
          type: "checkboxes",
          action_id: "value",
          options,
          ...(ticked.length > 0 ? { initial_options: ticked } : {}),
        },
      }),
    );
  }
  return {
    type: "modal",
    callback_id: VIEW_IDS.plenaryAttendance,
    private_metadata: encodeMetadata(metadata),
    title: plainText(t("plenaries.attendance.title"), 24),
    submit: plainText(t("plenaries.attendance.submit"), 24),
    close: plainText(t("common.cancel"), 24),
    blocks,
  };
}

/** The ticked person ids of every group of the attendance form. */
export function attendanceFormValue(values: Record<string, unknown>): string[] {
  return Object.entries(values)
    .filter(([blockId]) => blockId.startsWith(ATTENDANCE_BLOCK_PREFIX))
    .flatMap(([, selected]) =>
      Array.isArray(selected) ? selected.filter((v): v is string => typeof v === "string") : [],
    );
}
