import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { InFlight } from "../../lifecycle";
import type { Services } from "../../services";

/** Counts each request until its handler has finished, so shutdown can wait for it. */
export function trackInFlight(inFlight: InFlight): Middleware<AnyMiddlewareArgs> {
  return async ({ next }) => {
    const done = inFlight.begin();
    try {
      await next();
    } finally {
      done();
    }
  };
}

/**
 * Slack retries an event it thinks we missed (X-Slack-Retry-Num), and with several replicas any one
 * may get it: the event id is recorded in the database and only its first sighting is handled.
 */
export function handleEachEventOnce(services: Services): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string") {
      const first = await services.processedEvents.firstSighting(`slack:${eventId}`, services.clock.now());
      if (!first) {
        services.logger.debug({ eventId }, "duplicate Slack event ignored");
        return;
      }
    }
    await next();
  };
}
