import { z } from "zod";
import type { PlenaryMessage } from "../../domain/meetings/plenary-messages";
import { PLENARY_JOBS, type PlenaryJobPayload } from "../../domain/meetings/plenary-service";
import type { Deliverer } from "../../platforms/delivery";
import type { Services } from "../../services";
import type { JobHandler } from "../job-worker";

const plenaryPayload = z.object({
  plenaryId: z.string().min(1),
  version: z.string().min(1),
  personId: z.string().optional(),
});

/** Before a plenary: each person in the cohort now gets their reminder and check-in queued (an edit makes this a no-op). */
export function plenaryNoticesHandler(services: Services): JobHandler<PlenaryJobPayload> {
  return {
    kind: PLENARY_JOBS.notices,
    schema: plenaryPayload,
    async run(payload) {
      await services.plenaries.queueNotices(payload);
    },
  };
}

/** The working day before, at the person's sensible local time: when the plenary is and for how long. */
export function plenaryReminderHandler(services: Services, deliverer: Deliverer): JobHandler<PlenaryJobPayload> {
  return {
    kind: PLENARY_JOBS.remind,
    schema: plenaryPayload,
    async run(payload, context) {
      const due = await services.plenaries.noticeFor(payload, "remind");
      if (!due) return;
      await deliverer.toPerson(
        due.person,
        { kind: "plenary", plenary: messageOf("reminder", due) },
        context.idempotencyKey,
      );
    },
  };
}

/** At the start (or once the person is awake): "I'm here" records their attendance while it is on. */
export function plenaryCheckInHandler(services: Services, deliverer: Deliverer): JobHandler<PlenaryJobPayload> {
  return {
    kind: PLENARY_JOBS.checkIn,
    schema: plenaryPayload,
    async run(payload, context) {
      const due = await services.plenaries.noticeFor(payload, "check-in");
      if (!due) return;
      await deliverer.toPerson(
        due.person,
        { kind: "plenary", plenary: messageOf("check-in", due) },
        context.idempotencyKey,
      );
    },
  };
}

function messageOf(
  type: PlenaryMessage["type"],
  { plenary, cohort }: NonNullable<Awaited<ReturnType<Services["plenaries"]["noticeFor"]>>>,
): PlenaryMessage {
  return {
    type,
    plenaryId: plenary.id,
    number: plenary.number,
    cohortName: cohort.name,
    startsAt: plenary.startsAt.toISOString(),
    durationMinutes: plenary.durationMinutes,
  };
}
