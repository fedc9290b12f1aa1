import { z } from "zod";
import { MEETING_JOBS, type NudgeJobPayload, type SessionJobPayload } from "../../domain/meetings/meetings";
import type { RhythmItem } from "../../domain/meetings/rhythm-messages";
import type { Person } from "../../domain/people";
import { sessionInviteFile } from "../../documents/session-invite-file";
import { translator } from "../../i18n";
import type { Deliverer } from "../../platforms/delivery";
import type { Services } from "../../services";
import type { JobHandler } from "../job-worker";

const sessionPayload = z.object({
  sessionId: z.string().min(1),
  sequence: z.number().int(),
  personId: z.string().optional(),
});
const nudgePayload = z.object({
  pairId: z.string().min(1),
  at: z.string().min(1),
  personId: z.string().min(1),
  since: z.string().min(1),
});

/** The pair's open action items as one partner reads them. */
async function itemsFor(services: Services, pairId: string, reader: Person): Promise<RhythmItem[]> {
  const items = await services.actionItems.openItemsOfPair(pairId);
  return items.map((item) => ({
    id: item.id,
    text: item.text,
    dueDate: item.dueDate,
    mine: item.ownerPersonId === reader.id,
  }));
}

const partnerOf = (pair: { mentorPersonId: string; menteePersonId: string }, personId: string) =>
  pair.mentorPersonId === personId ? pair.menteePersonId : pair.mentorPersonId;

/** A partner proposed a time: the other one is asked to accept it (a newer proposal makes this a no-op). */
export function sessionProposedHandler(services: Services, deliverer: Deliverer): JobHandler<SessionJobPayload> {
  return {
    kind: MEETING_JOBS.proposed,
    schema: sessionPayload,
    async run(payload, context) {
      const current = await services.rhythm.currentSession(payload);
      if (current?.session.status !== "proposed") return;
      const { session, pair } = current;
      const [proposer, partner, cohort] = await Promise.all([
        services.people.findById(session.proposedById),
        services.people.findById(partnerOf(pair, session.proposedById)),
        services.cohorts.findById(pair.cohortId),
      ]);
      if (!proposer || !partner || !cohort) return;
      const rhythm = {
        type: "proposal" as const,
        pairId: pair.id,
        sessionId: session.id,
        proposerName: proposer.displayName,
        startsAt: session.startsAt.toISOString(),
        durationMinutes: session.durationMinutes,
        cohortName: cohort.name,
      };
      await deliverer.toPerson(partner, { kind: "rhythm", rhythm }, context.idempotencyKey);
    },
  };
}

/**
 * An accepted session's calendar file for one partner, offered as a document (Teams asks first, and
 * makes it again on acceptance for a partner of that pair only). A moved or cancelled session sends nothing.
 */
export function sessionInviteHandler(services: Services, deliverer: Deliverer): JobHandler<SessionJobPayload> {
  return {
    kind: MEETING_JOBS.invite,
    schema: sessionPayload,
    async run(payload, context) {
      const current = await services.rhythm.currentSession(payload);
      if (current?.session.status !== "scheduled" || !payload.personId) return;
      const { session, pair } = current;
      if (payload.personId !== pair.mentorPersonId && payload.personId !== pair.menteePersonId) return;
      const [mentor, mentee, cohort] = await Promise.all([
        services.people.findById(pair.mentorPersonId),
        services.people.findById(pair.menteePersonId),
        services.cohorts.findById(pair.cohortId),
      ]);
      const reader = payload.personId === pair.mentorPersonId ? mentor : mentee;
      if (!mentor || !mentee || !reader || !cohort) return;
      const made = sessionInviteFile(
        { session, cohort, mentor, mentee, now: services.clock.now() },
        translator(services.people.localeOf(reader)),
      );
      if (!made.ok) {
        services.logger.warn({ err: made.cause, sessionId: session.id }, "the calendar file could not be made");
        return;
      }
      const document = {
        notice: { key: "rhythm.proposal.inviteFile" },
        filename: made.filename,
        title: made.title,
        content: made.content,
        source: { kind: "session-invite" as const, pairId: pair.id, sessionId: session.id },
      };
      await deliverer.toPerson(reader, { kind: "document", document }, context.idempotencyKey);
    },
  };
}

/** Before a session: one partner, at their sensible local time, with the open action items. */
export function sessionReminderHandler(services: Services, deliverer: Deliverer): JobHandler<SessionJobPayload> {
  return {
    kind: MEETING_JOBS.remind,
    schema: sessionPayload,
    async run(payload, context) {
      const current = await services.rhythm.currentSession(payload);
      if (current?.session.status !== "scheduled" || services.rhythm.isPaused(current.rhythm) || !payload.personId)
        return;
      const { session, pair } = current;
      const [reader, partner] = await Promise.all([
        services.people.findById(payload.personId),
        services.people.findById(partnerOf(pair, payload.personId)),
      ]);
      if (!reader || !partner) return;
      const rhythm = {
        type: "reminder" as const,
        pairId: pair.id,
        sessionId: session.id,
        partnerName: partner.displayName,
        startsAt: session.startsAt.toISOString(),
        durationMinutes: session.durationMinutes,
        items: await itemsFor(services, pair.id, reader),
      };
      await deliverer.toPerson(reader, { kind: "rhythm", rhythm }, context.idempotencyKey);
    },
  };
}

/** After a session: "did you meet?" to both partners (the first answer counts); or a week later, a miss. */
export function checkInHandler(services: Services, deliverer: Deliverer): JobHandler<SessionJobPayload> {
  return {
    kind: MEETING_JOBS.checkIn,
    schema: sessionPayload,
    async run(payload, context) {
      if (payload.personId === "expire") {
        await services.rhythm.expireCheckIn(payload);
        return;
      }
      const asked = await services.rhythm.askCheckIn(payload);
      if (!asked) return;
      const { pair, session, askedAt } = asked;
      const [mentor, mentee] = await Promise.all([
        services.people.findById(pair.mentorPersonId),
        services.people.findById(pair.menteePersonId),
      ]);
      if (!mentor || !mentee) return;
      for (const [reader, partner] of [
        [mentor, mentee],
        [mentee, mentor],
      ] as const) {
        const rhythm = {
          type: "check-in" as const,
          pairId: pair.id,
          partnerName: partner.displayName,
          sessionAt: session.startsAt.toISOString(),
          askedAt: askedAt.toISOString(),
        };
        await deliverer.toPerson(reader, { kind: "rhythm", rhythm }, `${context.idempotencyKey}:${reader.id}`);
      }
    },
  };
}

/** No date set: nudge this partner to set one, then plan the next nudge a cadence later. */
export function nudgeHandler(services: Services, deliverer: Deliverer): JobHandler<NudgeJobPayload> {
  return {
    kind: MEETING_JOBS.nudge,
    schema: nudgePayload,
    async run(payload, context) {
      const due = await services.rhythm.nudgeDue(payload);
      const reader = due ? await services.people.findById(payload.personId) : null;
      if (due && reader) {
        const rhythm = {
          type: "nudge" as const,
          pairId: due.pair.id,
          partnerName: due.partner.displayName,
          cadenceDays: due.cohort.cadenceDays,
          items: await itemsFor(services, due.pair.id, reader),
        };
        await deliverer.toPerson(reader, { kind: "rhythm", rhythm }, context.idempotencyKey);
      }
      await services.rhythm.nextNudge(payload);
    },
  };
}
