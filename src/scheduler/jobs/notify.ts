import { z } from "zod";
import { JOB_KINDS, type NotifyPayload } from "../../domain/jobs";
import type { Deliverer } from "../../platforms/delivery";
import type { Services } from "../../services";
import { PermanentJobError, type JobHandler } from "../job-worker";

const notifyPayload = z.object({
  personId: z.string().min(1),
  notice: z.object({
    key: z.string().min(1),
    vars: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    dates: z.record(z.string(), z.string()).optional(),
    times: z.record(z.string(), z.string()).optional(),
  }),
});

/** Sends one notice to one person, once: the job's idempotency key is the delivery key. */
export function notifyHandler(services: Services, deliverer: Deliverer): JobHandler<NotifyPayload> {
  return {
    kind: JOB_KINDS.notify,
    schema: notifyPayload,
    async run(payload, context) {
      const person = await services.people.findById(payload.personId);
      if (!person) throw new PermanentJobError(`No person ${payload.personId}`);
      await deliverer.toPerson(person, { kind: "notice", notice: payload.notice }, context.idempotencyKey);
    },
  };
}
