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
