import { DateTime } from "luxon";

/**
 * Calendar dates ("2026-03-30") as forms send them. They compare as strings, and are read in UTC
 * only to check they exist: a date has no zone until it is placed in someone's.
 */
export function isIsoDate(value: unknown): value is string {
  return (
    typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: "UTC" }).isValid
  );
}

/** The calendar date of an instant in a zone. */
export function isoDateIn(at: Date, timeZone: string): string {
  return DateTime.fromJSDate(at, { zone: timeZone }).toISODate()!;
}

/** Days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(DateTime.fromISO(to, { zone: "UTC" }).diff(DateTime.fromISO(from, { zone: "UTC" }), "days").days);
}

/** The text of an optional form field, trimmed; "" when missing or not text. */
export function textOf(value: unknown): string {
  return typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
}
