import { DateTime } from "luxon";
import type { PartnerHours } from "../../../src/domain/meetings";

export const MADRID = "Europe/Madrid";
export const SANTIAGO = "America/Santiago";

export const OFFICE = { start: "09:00", end: "17:00", days: [1, 2, 3, 4, 5] };

export const madrid: PartnerHours = { timeZone: MADRID, hours: OFFICE };
export const santiago: PartnerHours = { timeZone: SANTIAGO, hours: OFFICE };

/** The instant of a wall-clock time in a zone: at("2026-03-30 10:00", MADRID). */
export function at(local: string, zone: string): Date {
  const time = DateTime.fromFormat(local, "yyyy-MM-dd HH:mm", { zone });
  if (!time.isValid) throw new Error(`bad local time ${local}`);
  return time.toJSDate();
}

/** How an instant reads on a wall clock in a zone: "2026-03-30 Mon 10:00". */
export function wall(date: Date | null, zone: string): string | null {
  return date ? DateTime.fromJSDate(date, { zone }).setLocale("en").toFormat("yyyy-MM-dd ccc HH:mm") : null;
}

export function utc(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
