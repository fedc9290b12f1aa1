import { createRequire } from "node:module";
import type * as Ics from "ics";
import type { EventAttributes } from "ics";
import { MEETING_ERRORS, type MeetingError } from "./errors";

// `ics` (and yup under it) is loaded when the first calendar file is made, not at start. A
// require, not `await import()`: sessionInvite stays synchronous for its callers. ics is CommonJS.
const require = createRequire(import.meta.url);
let ics: typeof Ics | undefined;
const icsPackage = (): typeof Ics => (ics ??= require("ics") as typeof Ics);

/**
 * The calendar file sent with a planned session. Its UID comes from the session id, so a file sent
 * again after a change (with a higher `sequence`) updates the event already in the calendar rather
 * than adding a second one, and a cancelled session's file removes it.
 *
 * METHOD:PUBLISH, not REQUEST: Tandem is not a calendar server that receives replies, and a
 * REQUEST makes calendars offer Accept/Decline buttons that would mail a made-up organizer.
 * A calendar address is compulsory on ORGANIZER and ATTENDEE lines (RFC 5545), so whoever has no
 * known email gets an address under the reserved .invalid domain, which no mail can ever reach.
 */

export interface InviteAttendee {
  personId: string;
  name: string;
  email?: string | null;
}

export interface SessionInvite {
  sessionId: string;
  /** Already in the reader's language. */
  title: string;
  description: string;
  startsAt: Date;
  durationMinutes: number;
  attendees: readonly [InviteAttendee, InviteAttendee];
  /** Starts at 0; one more each time the session's time changes. */
  sequence: number;
  /** Stamped on the file (DTSTAMP). */
  now: Date;
  /** A link back to the session in Slack or Teams. */
  url?: string;
  cancelled?: boolean;
}

export type InviteResult = { ok: true; value: string } | { ok: false; error: MeetingError; cause: string };

export const INVITE_ORGANIZER = { name: "Tandem", email: "tandem@tandem.invalid" } as const;

/** The event's UID: the same for every file about the same session. */
export function sessionEventUid(sessionId: string): string {
  return `session-${sessionId.replace(/[^A-Za-z0-9._-]/g, "_")}@tandem`;
}

function placeholderEmail(personId: string): string {
  const local = personId.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^[._-]+|[._-]+$/g, "") || "person";
  return `${local}@people.tandem.invalid`;
}

/**
 * A name as an RFC 5545 parameter value (CN="..."): it can hold neither DQUOTE nor control
 * characters, and has no escape for them (the ics package writes \", which calendars misread),
 * so quotes become apostrophes, line breaks spaces, and backslashes go.
 */
export function calendarName(name: string, fallback: string): string {
  const clean = name
    .replace(/"/g, "'")
    .replace(/\\/g, "")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what a CN must not carry
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return clean || fallback;
}

export function sessionInvite(invite: SessionInvite): InviteResult {
  if (
    Number.isNaN(invite.startsAt.getTime()) ||
    !Number.isInteger(invite.durationMinutes) ||
    invite.durationMinutes <= 0
  ) {
    return { ok: false, error: MEETING_ERRORS.inviteFailed, cause: "no valid start or duration" };
  }
  // `timestamp` (DTSTAMP) is in the package's schema but not in its types; without it the package reads the clock.
  const event: EventAttributes & { timestamp: number } = {
    uid: sessionEventUid(invite.sessionId),
    sequence: invite.sequence,
    method: invite.cancelled ? "CANCEL" : "PUBLISH",
    status: invite.cancelled ? "CANCELLED" : "CONFIRMED",
    productId: "tandem/meetings",
    timestamp: invite.now.getTime(),
    start: invite.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: invite.durationMinutes },
    title: invite.title,
    description: invite.description,
    busyStatus: "BUSY",
    organizer: { ...INVITE_ORGANIZER },
    attendees: invite.attendees.map((attendee) => ({
      name: calendarName(attendee.name, attendee.personId),
      email: attendee.email || placeholderEmail(attendee.personId),
    })),
    ...(invite.url ? { url: invite.url } : {}),
  };
  const result = icsPackage().createEvent(event);
  if (result.error || !result.value)
    return { ok: false, error: MEETING_ERRORS.inviteFailed, cause: result.error?.message ?? "no calendar text" };
  return { ok: true, value: result.value };
}
