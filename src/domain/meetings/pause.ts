import { DateTime } from "luxon";

/**
 * A pause lasts until the end of the chosen day in the reader's zone: "pause 2026-12-24" means no
 * reminder or nudge on the 24th either. Null when the text is not a calendar date (YYYY-MM-DD).
 */
export function pauseEndOf(isoDate: string, timeZone: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const day = DateTime.fromISO(isoDate, { zone: timeZone });
  return day.isValid ? day.endOf("day").toJSDate() : null;
}

/** A pause proposed without a date lasts two weeks: one fortnightly session skipped. */
export const DEFAULT_PAUSE_DAYS = 14;

/** The day the pause form offers first: two weeks from today in the reader's zone (YYYY-MM-DD). */
export function defaultPauseDate(now: Date, timeZone: string): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).plus({ days: DEFAULT_PAUSE_DAYS }).toISODate()!;
}
