import { DateTime } from "luxon";
import type { FieldError, FormResult } from "../forms";
import { isIsoDate, textOf } from "./calendar-dates";
import { MEETING_ERRORS } from "./errors";
import { sessionTimeError } from "./schedule";
import { SESSION_LOG_LIMITS } from "./session-log";
import { clockMinutes } from "./working-periods";

/**
 * The form that moves one plenary: a calendar date and a local time (read in the zone of the person
 * editing) and a duration. Errors are catalogue keys on the fields "date", "time" and "duration",
 * every mistake at once; a start in the past or a plenary that would not lie wholly inside the
 * cohort is reported on "date".
 */

export interface PlenaryFormContext {
  /** The zone the date and time are read in (the coordinator editing). */
  timeZone: string;
  now: Date;
  cohortStartsAt: Date;
  cohortEndsAt: Date;
}

export interface PlenaryFormValues {
  startsAt: Date;
  durationMinutes: number;
}

export function validatePlenaryForm(
  input: Record<string, unknown>,
  context: PlenaryFormContext,
): FormResult<PlenaryFormValues> {
  const errors: FieldError[] = [];
  const date = textOf(input.date);
  if (date === "") errors.push({ field: "date", message: MEETING_ERRORS.dateRequired });
  else if (!isIsoDate(date)) errors.push({ field: "date", message: MEETING_ERRORS.dateInvalid });
  const time = clockMinutes(textOf(input.time));
  if (time === null || time >= 24 * 60) errors.push({ field: "time", message: MEETING_ERRORS.timeInvalid });
  const durationText = textOf(input.duration);
  const durationMinutes = /^\d+$/.test(durationText) ? Number(durationText) : NaN;
  if (
    !(
      durationMinutes >= SESSION_LOG_LIMITS.minDurationMinutes &&
      durationMinutes <= SESSION_LOG_LIMITS.maxDurationMinutes
    )
  )
    errors.push({ field: "duration", message: MEETING_ERRORS.duration });
  if (errors.some((e) => e.field === "date" || e.field === "time")) return { ok: false, errors };

  const startsAt = DateTime.fromISO(date, { zone: context.timeZone })
    .set({ hour: Math.floor(time! / 60), minute: time! % 60, second: 0, millisecond: 0 })
    .toJSDate();
  // Without a usable duration the start alone is checked, so a past date is still reported.
  const when = sessionTimeError(startsAt, errors.length > 0 ? 0 : durationMinutes, {
    now: context.now,
    cohortStartsAt: context.cohortStartsAt,
    cohortEndsAt: context.cohortEndsAt,
  });
  if (when) errors.push({ field: "date", message: when });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { startsAt, durationMinutes } };
}
