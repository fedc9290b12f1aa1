import { describe, expect, it } from "vitest";
import { MEETING_ERRORS, sessionInvite, type SessionInvite } from "../../../src/domain/meetings";

const invite: SessionInvite = {
  sessionId: "ses_42",
  title: "Sesión de mentoría: Ana y Bruno",
  description: "Acciones abiertas:\n- Compartir un documento",
  startsAt: new Date("2026-03-30T12:00:00Z"),
  durationMinutes: 60,
  attendees: [
    { personId: "U01ANA", name: "Ana Pérez, Digital", email: "ana@example.org" },
    { personId: "U02BRUNO", name: "Bruno Díaz" },
  ],
  sequence: 0,
  now: new Date("2026-03-25T10:15:00Z"),
};

/** The file's content lines, unfolded (RFC 5545 folds long lines with CRLF and a space or tab). */
function lines(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);
}

function made(input: SessionInvite): string[] {
  const result = sessionInvite(input);
  if (!result.ok) throw new Error(result.cause);
  return lines(result.value);
}

describe("the session's calendar file", () => {
  it("holds the session in UTC with its length, title and description", () => {
    const file = made(invite);
    expect(file[0]).toBe("BEGIN:VCALENDAR");
    expect(file).toContain("DTSTART:20260330T120000Z");
    expect(file).toContain("DURATION:PT60M");
    expect(file).toContain("SUMMARY:Sesión de mentoría: Ana y Bruno");
    expect(file).toContain("DESCRIPTION:Acciones abiertas:\\n- Compartir un documento");
    expect(file).toContain("DTSTAMP:20260325T101500Z");
  });

  it("names both partners as attendees and Tandem as the organizer, each with a calendar address", () => {
    const file = made(invite);
    const attendees = file.filter((line) => line.startsWith("ATTENDEE"));
    expect(attendees).toHaveLength(2);
    expect(attendees[0]).toMatch(/CN="Ana Pérez, Digital".*:mailto:ana@example\.org$/);
    expect(attendees[1]).toMatch(/CN="Bruno Díaz".*:mailto:U02BRUNO@people\.tandem\.invalid$/);
    expect(file.find((line) => line.startsWith("ORGANIZER"))).toMatch(
      /^ORGANIZER;CN="?Tandem"?:MAILTO:tandem@tandem\.invalid$/,
    );
  });

  it("writes a valid CN for any name: RFC 5545 parameter values hold no DQUOTE nor line break (issue 15, item 8)", () => {
    const file = made({
      ...invite,
      attendees: [
        { personId: "U01ANA", name: 'Ana "La Jefa" Pérez; x:y,\nz\\' },
        { personId: "U02BRUNO", name: '"""' },
      ],
    });
    // param = name "=" param-value; param-value = paramtext / DQUOTE *QSAFE-CHAR DQUOTE (no DQUOTE, no CTL inside).
    const paramValue = '(?:"[^"\\u0000-\\u001f\\u007f]*"|[^";:,\\u0000-\\u001f\\u007f]*)';
    const attendee = new RegExp(`^ATTENDEE((?:;[A-Za-z0-9-]+=${paramValue}(?:,${paramValue})*)*):(mailto:.+)$`);
    const names = file
      .filter((line) => line.startsWith("ATTENDEE"))
      .map((line) => {
        const parsed = attendee.exec(line);
        expect(parsed, line).not.toBeNull();
        return /;CN="([^"]*)"/.exec(parsed![1]!)?.[1];
      });
    expect(names).toEqual(["Ana 'La Jefa' Pérez; x:y, z", "'''"]);
  });

  it("keeps the same UID for the same session, so a file sent again updates the event", () => {
    const uid = (file: string[]) => file.find((line) => line.startsWith("UID:"));
    const first = made(invite);
    const moved = made({ ...invite, startsAt: new Date("2026-03-31T13:00:00Z"), sequence: 1 });
    expect(uid(first)).toBe("UID:session-ses_42@tandem");
    expect(uid(moved)).toBe(uid(first));
    expect(moved).toContain("SEQUENCE:1");
    expect(moved).toContain("METHOD:PUBLISH");
    expect(uid(made({ ...invite, sessionId: "ses_43" }))).not.toBe(uid(first));
  });

  it("cancels the event when the session is cancelled", () => {
    const file = made({ ...invite, sequence: 2, cancelled: true });
    expect(file).toContain("METHOD:CANCEL");
    expect(file).toContain("STATUS:CANCELLED");
    expect(file).toContain("SEQUENCE:2");
  });

  it("is the same text for the same input: nothing in it comes from the clock", () => {
    expect(sessionInvite(invite)).toEqual(sessionInvite({ ...invite }));
  });

  it("reports a session without a usable time as an error, not a broken file", () => {
    expect(sessionInvite({ ...invite, startsAt: new Date(Number.NaN) })).toMatchObject({
      ok: false,
      error: MEETING_ERRORS.inviteFailed,
    });
    expect(sessionInvite({ ...invite, durationMinutes: 0 })).toMatchObject({
      ok: false,
      error: MEETING_ERRORS.inviteFailed,
    });
  });
});
