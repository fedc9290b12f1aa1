import { DateTime } from "luxon";
import type { Cohort } from "../cohorts/cohort";
import type { EvaluationKind } from "./evaluation-form";

/** Questionnaires go out at 10:00 in the cohort's zone, on a weekday. */
const SEND_HOUR = 10;
/** The final evaluation opens a week before the programme ends. */
const FINAL_DAYS_BEFORE_END = 7;
/** The pulse stays open two weeks. */
const PULSE_OPEN_DAYS = 14;
/** A cohort closes itself (certificates out) a week after it ends, if no coordinator did it first. */
const FINISH_DAYS_AFTER_END = 7;
/** Unanswered questionnaires are asked again every three days until they close. */
export const EVALUATION_REMINDER_DAYS = 3;

function weekdayAtTen(day: DateTime): Date {
  let at = day.set({ hour: SEND_HOUR, minute: 0, second: 0, millisecond: 0 });
  while (at.weekday > 5) at = at.plus({ days: 1 });
  return at.toJSDate();
}

export function roundOpensAt(cohort: Pick<Cohort, "startsAt" | "endsAt" | "timeZone">, kind: EvaluationKind): Date {
  const start = DateTime.fromJSDate(cohort.startsAt, { zone: cohort.timeZone });
  const end = DateTime.fromJSDate(cohort.endsAt, { zone: cohort.timeZone });
  if (kind === "pulse")
    return weekdayAtTen(start.plus({ milliseconds: end.diff(start).as("milliseconds") / 2 }).startOf("day"));
  const final = end.minus({ days: FINAL_DAYS_BEFORE_END }).startOf("day");
  return weekdayAtTen(final < start ? start : final);
}

export function autoFinishAt(cohort: Pick<Cohort, "endsAt" | "timeZone">): Date {
  return weekdayAtTen(
    DateTime.fromJSDate(cohort.endsAt, { zone: cohort.timeZone }).plus({ days: FINISH_DAYS_AFTER_END }).startOf("day"),
  );
}

/** After this, answers are no longer taken and reminders stop. The final one closes with the cohort. */
export function roundClosesAt(
  cohort: Pick<Cohort, "startsAt" | "endsAt" | "timeZone" | "finishedAt">,
  kind: EvaluationKind,
): Date {
  if (kind === "pulse")
    return DateTime.fromJSDate(roundOpensAt(cohort, "pulse")).plus({ days: PULSE_OPEN_DAYS }).toJSDate();
  return cohort.finishedAt ?? autoFinishAt(cohort);
}
