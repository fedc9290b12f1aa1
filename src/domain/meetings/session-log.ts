import { DateTime } from "luxon";
import { z } from "zod";
import { validateForm, type FieldError, type FormResult } from "../forms";
import type { PairRecord } from "../pairing/proposal";
import { isIsoDate, isoDateIn, textOf } from "./calendar-dates";
import { MEETING_ERRORS } from "./errors";
import { fail, fieldOf, ok, type Parsed } from "./parsed-field";
import { clockMinutes } from "./working-periods";

/**
 * The session log a pair fills in after meeting: when, how long, what they talked about, private
 * notes, and the actions each takes away. Values arrive as the platforms send them (strings);
 * errors are catalogue keys on stable field names, every mistake at once, so a modal can put each
 * next to its block: "date", "time", "duration", "topics", "privateNotes", "actionItems" and, per
 * action item row, "actionItems.<row>.owner", "actionItems.<row>.text", "actionItems.<row>.dueDate"
 * (the row's index in the input, blank rows included).
 */

export const SESSION_LOG_LIMITS = {
  minDurationMinutes: 15,
  maxDurationMinutes: 480,
  maxTextLength: 3000,
  maxActionTextLength: 500,
  maxActionItems: 10,
} as const;

export type ActionItemPart = "owner" | "text" | "dueDate";

export function actionItemField(row: number, part: ActionItemPart): string {
  return `actionItems.${row}.${part}`;
}

/** Rows of action items the log forms offer (the domain allows up to 10; three cover a session). */
export const LOG_ACTION_ROWS = 3;

/** A log form's flat fields ("actionItems.0.owner"…) as the log's input (action items as rows). */
export function logInputFromFields(values: Record<string, unknown>): Record<string, unknown> {
  const rows = Array.from({ length: LOG_ACTION_ROWS }, (_, row) => ({
    owner: values[actionItemField(row, "owner")],
    text: values[actionItemField(row, "text")],
    dueDate: values[actionItemField(row, "dueDate")],
  }));
  return {
    date: values.date,
    time: values.time,
    duration: values.duration,
    topics: values.topics,
    privateNotes: values.privateNotes,
    actionItems: rows,
  };
}

export interface SessionLogContext {
  /** The pair's two person ids: only they can own an action item. */
  partnerIds: readonly [string, string];
  cohortStartsAt: Date;
  /** The zone the form's calendar dates are read in (the person logging). */
  timeZone: string;
  now: Date;
}

export interface ActionItemEntry {
  ownerPersonId: string;
  text: string;
  /** Calendar date, "yyyy-mm-dd". */
  dueDate: string;
}

export interface SessionLogValues {
  /** Calendar date the session was held, "yyyy-mm-dd" in the context's zone. */
  date: string;
  /** Local "HH:mm" start, when they gave one. */
  time: string | null;
  durationMinutes: number;
  topics: string;
  privateNotes: string;
  /** The filled rows, in the order given; blank rows are dropped. */
  actionItems: ActionItemEntry[];
}

function parseSessionDate(value: unknown, context: SessionLogContext): Parsed<string> {
  const date = textOf(value);
  if (date === "") return fail(MEETING_ERRORS.dateRequired);
  if (!isIsoDate(date)) return fail(MEETING_ERRORS.dateInvalid);
  if (date > isoDateIn(context.now, context.timeZone)) return fail(MEETING_ERRORS.dateInFuture);
  if (date < isoDateIn(context.cohortStartsAt, context.timeZone)) return fail(MEETING_ERRORS.dateBeforeCohort);
  return ok(date);
}

function parseTime(value: unknown): Parsed<string | null> {
  const time = textOf(value);
  if (time === "") return ok(null);
  const minutes = clockMinutes(time);
  if (minutes === null || minutes >= 24 * 60) return fail(MEETING_ERRORS.timeInvalid);
  return ok(`${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`);
}

function parseDuration(value: unknown): Parsed<number> {
  const text = textOf(value);
  const minutes = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(minutes >= SESSION_LOG_LIMITS.minDurationMinutes && minutes <= SESSION_LOG_LIMITS.maxDurationMinutes))
    return fail(MEETING_ERRORS.duration);
  return ok(minutes);
}

function parseLongText(value: unknown): Parsed<string> {
  const text = textOf(value);
  return text.length > SESSION_LOG_LIMITS.maxTextLength ? fail(MEETING_ERRORS.tooLong) : ok(text);
}

interface RawRow {
  index: number;
  owner: string;
  text: string;
  dueDate: string;
}

/** The rows someone filled in (a modal may send empty ones), or null when the value is not a list of rows. */
function filledRows(value: unknown): RawRow[] | null {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return null;
  const rows: RawRow[] = [];
  for (const [index, row] of value.entries()) {
    if (typeof row !== "object" || row === null) return null;
    const fields = row as Record<string, unknown>;
    const filled = { index, owner: textOf(fields.owner), text: textOf(fields.text), dueDate: textOf(fields.dueDate) };
    if (filled.owner || filled.text || filled.dueDate) rows.push(filled);
  }
  return rows;
}

function parseActionItems(value: unknown): Parsed<ActionItemEntry[]> {
  const rows = filledRows(value);
  if (rows === null) return fail(MEETING_ERRORS.actionItemsInvalid);
  if (rows.length > SESSION_LOG_LIMITS.maxActionItems) return fail(MEETING_ERRORS.tooManyActionItems);
  return ok(rows.map((row) => ({ ownerPersonId: row.owner, text: row.text, dueDate: row.dueDate })));
}

/** The rules between fields and inside action item rows, on the raw input (see validateForm). */
function crossFieldErrors(input: Record<string, unknown>, context: SessionLogContext): FieldError[] {
  const errors: FieldError[] = [];
  const date = parseSessionDate(input.date, context);
  const time = parseTime(input.time);
  if (date.ok && time.ok && time.value !== null) {
    const heldAt = DateTime.fromISO(`${date.value}T${time.value}`, { zone: context.timeZone });
    if (heldAt.toMillis() > context.now.getTime()) errors.push({ field: "time", message: MEETING_ERRORS.timeInFuture });
  }
  for (const row of filledRows(input.actionItems) ?? []) {
    const field = (part: ActionItemPart) => actionItemField(row.index, part);
    if (!row.text) errors.push({ field: field("text"), message: MEETING_ERRORS.actionTextRequired });
    else if (row.text.length > SESSION_LOG_LIMITS.maxActionTextLength)
      errors.push({ field: field("text"), message: MEETING_ERRORS.actionTextTooLong });
    if (!row.owner) errors.push({ field: field("owner"), message: MEETING_ERRORS.actionOwnerRequired });
    else if (!context.partnerIds.includes(row.owner))
      errors.push({ field: field("owner"), message: MEETING_ERRORS.actionOwnerNotInPair });
    if (!row.dueDate) errors.push({ field: field("dueDate"), message: MEETING_ERRORS.dueDateRequired });
    else if (!isIsoDate(row.dueDate)) errors.push({ field: field("dueDate"), message: MEETING_ERRORS.dueDateInvalid });
    // Only against a usable session date: a wrong session date is reported on its own field.
    else if (date.ok && row.dueDate < date.value)
      errors.push({ field: field("dueDate"), message: MEETING_ERRORS.dueDateBeforeSession });
  }
  return errors;
}

/** Validates a new or edited session log. Errors: one per field, all fields at once. */
export function validateSessionLog(
  input: Record<string, unknown>,
  context: SessionLogContext,
): FormResult<SessionLogValues> {
  const crossChecks = (raw: Record<string, unknown>) => crossFieldErrors(raw, context);
  const schema = z
    .object({
      date: fieldOf((value) => parseSessionDate(value, context)),
      time: fieldOf(parseTime),
      duration: fieldOf(parseDuration),
      topics: fieldOf(parseLongText),
      privateNotes: fieldOf(parseLongText),
      actionItems: fieldOf(parseActionItems),
    })
    .superRefine((_, ctx) => {
      for (const error of crossChecks(input))
        ctx.addIssue({ code: "custom", path: [error.field], message: error.message });
    })
    .transform(
      (form): SessionLogValues => ({
        date: form.date,
        time: form.time,
        durationMinutes: form.duration,
        topics: form.topics,
        privateNotes: form.privateNotes,
        actionItems: form.actionItems,
      }),
    );
  return validateForm(schema, input, crossChecks);
}

/** A saved log as the form's input, so the pair can edit it (the inverse of validateSessionLog). */
export function sessionLogFormInput(values: SessionLogValues): Record<string, unknown> {
  return {
    date: values.date,
    time: values.time ?? "",
    duration: String(values.durationMinutes),
    topics: values.topics,
    privateNotes: values.privateNotes,
    actionItems: values.actionItems.map((item) => ({
      owner: item.ownerPersonId,
      text: item.text,
      dueDate: item.dueDate,
    })),
  };
}

/** The instant a logged session started: its time in the zone, or the start of its day without one. */
export function sessionHeldAt(values: Pick<SessionLogValues, "date" | "time">, timeZone: string): Date {
  const day = DateTime.fromISO(values.date, { zone: timeZone });
  if (values.time === null) return day.startOf("day").toJSDate();
  return DateTime.fromISO(`${values.date}T${values.time}`, { zone: timeZone }).toJSDate();
}

/** The pair's two person ids, mentor first. */
export function partnerIds(pair: Pick<PairRecord, "mentorPersonId" | "menteePersonId">): [string, string] {
  return [pair.mentorPersonId, pair.menteePersonId];
}

/** Whether someone may see, log or edit the pair's sessions: only its two partners can. */
export function isPartner(pair: Pick<PairRecord, "mentorPersonId" | "menteePersonId">, personId: string): boolean {
  return pair.mentorPersonId === personId || pair.menteePersonId === personId;
}
