import type { Cohort } from "../domain/cohorts/cohort";
import { meetsThreshold, PLENARY_DEFAULTS } from "../domain/meetings/plenaries";
import type { AttendanceCount, PlenaryList } from "../domain/meetings/plenary-service";
import { type Text, text } from "./reply";
import { type Screen, type ScreenBlock, screen } from "./screen";

/** Plenaries listed with their button (one block each in Slack, under its 50 a message); the rest are counted. */
export const MAX_LISTED_PLENARIES = 22;

/**
 * `plenary`: the cohort's plenaries in the reader's zone (`zone`, named in the intro), with
 * attendance once held, Edit while ahead and Attendance once started; or what the plan would be,
 * with "Generate plan". `note`: what was just done (the plan generated), above the list.
 */
export function plenaryListScreen(list: PlenaryList, zone: string, note?: Text): Screen {
  const { cohort } = list;
  const title = text("plenaries.title", { cohort: cohort.name });
  const head: ScreenBlock[] = [
    ...(note ? [{ kind: "text", text: note } as const] : []),
    { kind: "title", text: title },
  ];
  if (list.plenaries.length === 0)
    return screen(note ?? title, [
      ...head,
      {
        kind: "text",
        text: text("plenaries.none", {
          cohort: cohort.name,
          count: cohort.plenaryCount,
          days: PLENARY_DEFAULTS.intervalDays,
          minutes: PLENARY_DEFAULTS.durationMinutes,
          time: PLENARY_DEFAULTS.localTime,
          zone: cohort.timeZone,
        }),
      },
      {
        kind: "buttons",
        buttons: [
          {
            action: "plenary.generate",
            label: text("plenaries.generateButton"),
            data: { cohortId: cohort.id },
            style: "primary",
          },
        ],
      },
    ]);
  const hidden = list.plenaries.length - MAX_LISTED_PLENARIES;
  return screen(note ?? title, [
    ...head,
    { kind: "text", text: text("plenaries.intro", { zone, people: list.people }), subtle: true },
    ...list.plenaries.slice(0, MAX_LISTED_PLENARIES).map(
      ({ plenary, running, held, attended }): ScreenBlock => ({
        kind: "item",
        text: text("plenaries.line", {
          number: plenary.number,
          when: { dateTime: plenary.startsAt },
          minutes: plenary.durationMinutes,
        }),
        note: running
          ? text("plenaries.runningLine", { attended, people: list.people })
          : held
            ? text("plenaries.heldLine", { attended, people: list.people })
            : undefined,
        button: held
          ? { action: "plenary.attendance", label: text("plenaries.attendanceButton"), data: { plenaryId: plenary.id } }
          : { action: "plenary.edit", label: text("plenaries.editButton"), data: { plenaryId: plenary.id } },
      }),
    ),
    hidden > 0 && { kind: "text", text: text("plenaries.more", { count: hidden }), subtle: true },
  ]);
}

/** `plenary attendance`: each person's plenaries attended of those held, those below the threshold marked. */
export function attendanceSummaryScreen(cohort: Cohort, rows: { name: string; count: AttendanceCount }[]): Screen {
  const title = text("plenaries.summary.title", { cohort: cohort.name });
  const held = rows[0]?.count.held ?? 0;
  if (rows.length === 0 || held === 0)
    return screen(title, [
      { kind: "title", text: title },
      {
        kind: "text",
        text: text(rows.length === 0 ? "plenaries.attendance.noPeople" : "plenaries.summary.noneHeld", {
          cohort: cohort.name,
        }),
      },
    ]);
  return screen(title, [
    { kind: "title", text: title },
    { kind: "text", text: text("plenaries.summary.intro", { held, threshold: cohort.attendanceThreshold }) },
    {
      kind: "lines",
      lines: rows.map(({ name, count }) =>
        text(
          meetsThreshold(count.attended, count.held, cohort.attendanceThreshold)
            ? "plenaries.summary.line"
            : "plenaries.summary.belowLine",
          {
            name,
            attended: count.attended,
            held: count.held,
            percent: Math.floor((count.attended * 100) / count.held),
          },
        ),
      ),
    },
  ]);
}
