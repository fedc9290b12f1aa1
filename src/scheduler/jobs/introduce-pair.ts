import { z } from "zod";
import { introductionView } from "../../domain/pairing/introduction";
import { PAIRING_JOBS, type IntroducePayload } from "../../domain/pairing/pairing-service";
import type { Deliverer } from "../../platforms/delivery";
import type { Services } from "../../services";
import { PermanentJobError, type JobHandler } from "../job-worker";

const introducePayload = z.object({ pairId: z.string().min(1) });

/** Introduces an approved pair, once: a group DM of the two and the bot, in the cohort's language. */
export function introducePairHandler(services: Services, deliverer: Deliverer): JobHandler<IntroducePayload> {
  return {
    kind: PAIRING_JOBS.introduce,
    schema: introducePayload,
    async run(payload, context) {
      const pair = await services.pairing.findPair(payload.pairId);
      if (!pair) throw new PermanentJobError(`No pair ${payload.pairId}`);
      const cohort = await services.cohorts.findById(pair.cohortId);
      const [mentor, mentee] = await Promise.all([
        services.people.findById(pair.mentorPersonId),
        services.people.findById(pair.menteePersonId),
      ]);
      if (!cohort || !mentor || !mentee) throw new PermanentJobError(`Pair ${pair.id} lost its cohort or a partner`);
      if (cohort.isDemo) return;
      const [mentorApplication, menteeApplication] = await Promise.all([
        services.applications.findById(pair.mentorApplicationId),
        services.applications.findById(pair.menteeApplicationId),
      ]);
      const view = introductionView(
        pair,
        cohort,
        { person: mentor, application: mentorApplication },
        { person: mentee, application: menteeApplication },
        services.config.links.trainingUrl,
      );
      // One message for two readers: the cohort's language and zone.
      const reader = { ...services.people.viewer(mentee), locale: cohort.locale, timeZone: cohort.timeZone };
      try {
        await deliverer.toGroup(
          [mentor, mentee],
          { kind: "introduction", introduction: view },
          context.idempotencyKey,
          reader,
        );
      } finally {
        // From now on the pair is nudged on the cadence until it sets a date (idempotent keys), even
        // when one partner cannot be reached yet (a Teams user who never opened the bot).
        await services.rhythm.startRhythm(pair.id);
      }
    },
  };
}
