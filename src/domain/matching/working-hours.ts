import { DateTime } from "luxon";
import type { WorkingHours } from "./types";

/**
 * Working-hours overlap across time zones. Each person's week is laid out in UTC minutes from
 * Monday 00:00, using the UTC offset their zone has at the reference instant: that is where
 * daylight saving matters (Madrid and Santiago are 4, 5 or 6 hours apart depending on the date).
 * The overlap of two people is the longest stretch in which both are at work, one working day of
 * each (it may span two calendar dates when zones are far apart).
 */
const DAY = 24 * 60;
const WEEK = 7 * DAY;

/** [start, end) pairs in UTC minutes of the week; start in [0, WEEK). */
export type WeeklyIntervals = number[];

/** "09:30" → 570; null when unreadable. "24:00" is the end of the day. */
export function minutesOfDay(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** UTC offset (minutes) of `timeZone` at `referenceDate`; null for an unknown zone. */
export function utcOffsetMinutes(timeZone: string, referenceDate: Date): number | null {
  const local = DateTime.fromJSDate(referenceDate, { zone: timeZone.trim() });
  return local.isValid ? local.offset : null;
}

/** The working intervals; empty when the hours, days or zone are unusable (nobody overlaps them). */
export function weeklyIntervals(hours: WorkingHours, timeZone: string, referenceDate: Date): WeeklyIntervals {
  const offset = utcOffsetMinutes(timeZone, referenceDate);
  const start = minutesOfDay(hours.start);
  const end = minutesOfDay(hours.end);
  if (offset === null || start === null || end === null || end <= start) return [];
  const days = [...new Set(hours.days)]
    .filter((day) => Number.isInteger(day) && day >= 1 && day <= 7)
    .sort((a, b) => a - b);
  const intervals: number[] = [];
  for (const day of days) {
    const from = ((((day - 1) * DAY + start - offset) % WEEK) + WEEK) % WEEK;
    intervals.push(from, from + (end - start));
  }
  return intervals;
}

/** Longest overlap, in minutes, between one interval of `a` and one of `b` (the week wraps). */
export function longestOverlap(a: WeeklyIntervals, b: WeeklyIntervals): number {
  let best = 0;
  for (let i = 0; i < a.length; i += 2) {
    for (let j = 0; j < b.length; j += 2) {
      for (const shift of [-WEEK, 0, WEEK]) {
        const overlap = Math.min(a[i + 1]!, b[j + 1]! + shift) - Math.max(a[i]!, b[j]! + shift);
        if (overlap > best) best = overlap;
      }
    }
  }
  return best;
}
