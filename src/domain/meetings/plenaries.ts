import { DateTime } from "luxon";
import type { Cohort } from "../cohorts/cohort";
import { daysBetween, isoDateIn } from "./calendar-dates";
import { atLocalClock, clockMinutes, MINUTE_MS } from "./working-periods";

/**
 * The cohort's plenary sessions, where every pair meets together. The plan is a starting point a
 * coordinator edits; attendance feeds the certificate threshold.
 */

export const PLENARY_DEFAULTS = {
  intervalDays: 15,
  durationMinutes: 150,
  /** Local time in the cohort's zone. */
  localTime: "10:00",
} as const;

export interface PlannedPlenary {
  /** 1, 2, 3…: the order in the cohort. */
  number: number;
  startsAt: Date;
  durationMinutes: number;
}

export interface PlenaryPlanOptions {
  intervalDays?: number;
  durationMinutes?: number;
  localTime?: string;
}

function weekdayOf(date: string): number {
  return DateTime.fromISO(date, { zone: "UTC" }).weekday;
}

function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: "UTC" }).plus({ days }).toISODate()!;
}

const isWeekend = (date: string) => weekdayOf(date) >= 6;

function weekdayOnOrAfter(date: string): string {
  let day = date;
  while (isWeekend(day)) day = addDays(day, 1);
  return day;
}

function weekdayOnOrBefore(date: string): string {
  let day = date;
  while (isWeekend(day)) day = addDays(day, -1);
  return day;
}

/**
 * `plenaryCount` plenaries from the cohort's first day, every 15 days, at 10:00 in the cohort's
 * zone; one landing on a weekend moves to the Monday (or to the Friday before, at the very end).
 * When the cohort is too short for that spacing they are spread evenly between its first and last
 * days. None falls outside the cohort; a cohort with fewer weekdays than plenaries gets fewer.
 */
export function plenaryPlan(
  cohort: Pick<Cohort, "startsAt" | "endsAt" | "plenaryCount" | "timeZone">,
  options: PlenaryPlanOptions = {},
): PlannedPlenary[] {
  const interval = options.intervalDays ?? PLENARY_DEFAULTS.intervalDays;
  const durationMinutes = options.durationMinutes ?? PLENARY_DEFAULTS.durationMinutes;
  const clock = clockMinutes(options.localTime ?? PLENARY_DEFAULTS.localTime);
  const zone = cohort.timeZone;
  if (clock === null || cohort.plenaryCount <= 0 || !DateTime.fromJSDate(cohort.startsAt, { zone }).isValid) return [];
  const startsAt = (date: string) => atLocalClock(DateTime.fromISO(date, { zone }), clock).toMillis();

  let first = isoDateIn(cohort.startsAt, zone);
  if (startsAt(first) < cohort.startsAt.getTime()) first = addDays(first, 1);
  let last = isoDateIn(cohort.endsAt, zone);
  if (startsAt(last) + durationMinutes * MINUTE_MS > cohort.endsAt.getTime()) last = addDays(last, -1);
  first = weekdayOnOrAfter(first);
  last = weekdayOnOrBefore(last);
  if (last < first) return [];

  const count = cohort.plenaryCount;
  const span = daysBetween(first, last);
  const offset = (index: number) =>
    count === 1 || (count - 1) * interval <= span ? index * interval : Math.round((index * span) / (count - 1));
  const dates: string[] = [];
  for (let index = 0; index < count; index++) {
    const previous = dates[dates.length - 1];
    const planned = addDays(first, offset(index));
    let date = weekdayOnOrAfter(previous !== undefined && planned <= previous ? addDays(previous, 1) : planned);
    if (date > last) date = weekdayOnOrBefore(last);
    if (previous !== undefined && date <= previous) break;
    dates.push(date);
  }
  return dates.map((date, index) => ({ number: index + 1, startsAt: new Date(startsAt(date)), durationMinutes }));
}

/** Share of the plenaries held so far that someone attended, 0–100; null before the first is held. */
export function attendanceRate(attended: number, held: number): number | null {
  if (held <= 0) return null;
  return (Math.min(Math.max(attended, 0), held) / held) * 100;
}

/**
 * Whether attendance reaches the cohort's threshold (a percentage). Compared in whole numbers so
 * that 6 of 7 against 85 % is exact; with nothing held there is nothing to miss.
 */
export function meetsThreshold(attended: number, held: number, thresholdPercent: number): boolean {
  if (held <= 0) return true;
  return Math.min(Math.max(attended, 0), held) * 100 >= thresholdPercent * held;
}
