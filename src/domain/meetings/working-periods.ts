import { DateTime } from "luxon";
import type { WorkingHours } from "../matching/types";
import { minutesOfDay } from "../matching/working-hours";

/**
 * A person's working week in their own zone, laid out as real instants. Everything is built from
 * local calendar days and local clock times (luxon), never by adding 24 h in UTC, so a period is
 * 09:00–17:00 on their wall clock on both sides of a daylight-saving change.
 */

/** One partner as the scheduler sees them. */
export interface PartnerHours {
  timeZone: string;
  hours: WorkingHours;
}

/** [start, end) in epoch milliseconds. */
export interface Period {
  start: number;
  end: number;
}

/** Nobody is messaged outside these local times, whatever their working hours say. */
export const WAKING_HOURS = { start: "08:00", end: "21:00" } as const;

/** Used when someone's hours are unusable (no days, unreadable times), so they still get reminders. */
export const FALLBACK_WORKING_HOURS: WorkingHours = { start: "09:00", end: "17:00", days: [1, 2, 3, 4, 5] };

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** "09:30" → 570; null when unreadable. "24:00" is the end of the day. */
export const clockMinutes = minutesOfDay;

interface DailyHours {
  start: number;
  end: number;
  days: Set<number>;
}

function dailyHours(hours: WorkingHours): DailyHours {
  const start = clockMinutes(hours.start);
  const end = clockMinutes(hours.end);
  const days = new Set(hours.days.filter((day) => Number.isInteger(day) && day >= 1 && day <= 7));
  if (start === null || end === null || end <= start || days.size === 0) return dailyHours(FALLBACK_WORKING_HOURS);
  return { start, end, days };
}

/** The instant at a local clock time on a local day (a time skipped by a change moves forward). */
export function atLocalClock(day: DateTime, minutes: number): DateTime {
  if (minutes >= 24 * 60) return day.plus({ days: 1 }).startOf("day");
  return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0, millisecond: 0 });
}

/** Checked on every call and slow in luxon, so remembered; a zone's validity never changes. */
const zoneValidity = new Map<string, boolean>();

export function isValidZone(timeZone: string): boolean {
  let valid = zoneValidity.get(timeZone);
  if (valid === undefined) {
    valid = DateTime.fromMillis(0, { zone: timeZone }).isValid;
    zoneValidity.set(timeZone, valid);
  }
  return valid;
}

/**
 * The working period of the local day `day` falls on (any time of that day will do), optionally
 * narrowed to waking hours; null on a day off.
 */
export function periodOn(person: PartnerHours, day: DateTime, waking: boolean): Period | null {
  const hours = dailyHours(person.hours);
  if (!hours.days.has(day.weekday)) return null;
  let start = hours.start;
  let end = hours.end;
  if (waking) {
    start = Math.max(start, clockMinutes(WAKING_HOURS.start)!);
    end = Math.min(end, clockMinutes(WAKING_HOURS.end)!);
  }
  if (end <= start) return null;
  const period = { start: atLocalClock(day, start).toMillis(), end: atLocalClock(day, end).toMillis() };
  return period.end > period.start ? period : null;
}

/**
 * The person's periods that overlap [from, to), in order, one per working local day. `waking`
 * narrows them to when it is fine to message someone (working hours within 08:00–21:00). An
 * unknown zone has no periods at all: better no message than one at the wrong hour.
 */
export function periodsBetween(person: PartnerHours, from: number, to: number, waking: boolean): Period[] {
  if (!isValidZone(person.timeZone) || to <= from) return [];
  const periods: Period[] = [];
  const last = DateTime.fromMillis(to, { zone: person.timeZone }).startOf("day").plus({ days: 1 });
  for (
    let day = DateTime.fromMillis(from, { zone: person.timeZone }).startOf("day").minus({ days: 1 });
    day <= last;
    day = day.plus({ days: 1 })
  ) {
    const period = periodOn(person, day, waking);
    if (period && period.end > from && period.start < to) periods.push(period);
  }
  return periods;
}

/** Where two sorted lists of periods overlap. */
export function intersectPeriods(a: Period[], b: Period[]): Period[] {
  const overlaps: Period[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]!.start, b[j]!.start);
    const end = Math.min(a[i]!.end, b[j]!.end);
    if (end > start) overlaps.push({ start, end });
    if (a[i]!.end < b[j]!.end) i++;
    else j++;
  }
  return overlaps;
}

/** A week and a day covers any working pattern: someone who works only Mondays is found. */
const SEARCH_DAYS = 8;

/** The waking working period containing `at`, if any (periods never cross local midnight). */
export function reachablePeriodAt(person: PartnerHours, at: number): Period | null {
  if (!isValidZone(person.timeZone)) return null;
  const period = periodOn(person, DateTime.fromMillis(at, { zone: person.timeZone }), true);
  return period && period.start <= at && at < period.end ? period : null;
}

/** The first waking working period that starts after `at`, if any. */
export function nextReachablePeriod(person: PartnerHours, at: number): Period | null {
  if (!isValidZone(person.timeZone)) return null;
  let day = DateTime.fromMillis(at, { zone: person.timeZone });
  for (let tries = 0; tries <= SEARCH_DAYS; tries++, day = day.plus({ days: 1 })) {
    const period = periodOn(person, day, true);
    if (period && period.start > at) return period;
  }
  return null;
}

/** The local hour and minute of an instant, as minutes since local midnight. */
export function localClock(at: number, timeZone: string): number {
  const local = DateTime.fromMillis(at, { zone: timeZone });
  return local.hour * 60 + local.minute;
}

/** True when a message at `at` would not wake them: between 08:00 and 21:00 their time. */
export function isWakingTime(at: number, timeZone: string): boolean {
  if (!isValidZone(timeZone)) return false;
  const minutes = localClock(at, timeZone);
  return minutes >= clockMinutes(WAKING_HOURS.start)! && minutes < clockMinutes(WAKING_HOURS.end)!;
}
