import type { Cohort } from "../domain/cohorts/cohort";
import { sessionInvite } from "../domain/meetings/ics";
import type { PairSession } from "../domain/meetings/meetings";
import type { Person } from "../domain/people";
import type { Translate } from "../i18n";

export const SESSION_INVITE_FILENAME = "tandem-session.ics";

export type SessionInviteFile =
  | { ok: true; filename: string; title: string; content: Buffer }
  | { ok: false; cause: unknown };

/** A scheduled session's calendar file (both partners as attendees), in the reader's language. */
export function sessionInviteFile(
  input: { session: PairSession; cohort: Cohort; mentor: Person; mentee: Person; now: Date },
  t: Translate,
): SessionInviteFile {
  const { session, cohort, mentor, mentee, now } = input;
  const title = t("rhythm.proposal.inviteTitle", { mentor: mentor.displayName, mentee: mentee.displayName });
  const invite = sessionInvite({
    sessionId: session.id,
    title,
    description: t("rhythm.proposal.inviteDescription", { cohort: cohort.name }),
    startsAt: session.startsAt,
    durationMinutes: session.durationMinutes,
    attendees: [
      { personId: mentor.userId, name: mentor.displayName },
      { personId: mentee.userId, name: mentee.displayName },
    ],
    sequence: session.sequence,
    now,
  });
  if (!invite.ok) return { ok: false, cause: invite.cause };
  return { ok: true, filename: SESSION_INVITE_FILENAME, title, content: Buffer.from(invite.value, "utf8") };
}
