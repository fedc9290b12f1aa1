import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { InFlight } from "../../lifecycle";
import type { Services } from "../../services";
import { isDatabaseUnavailable } from "../../storage/errors";

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
 * Slack retries an event it thinks we missed (X-Slack-Retry-Num), and with several replicas behind a
 * load balancer any one may get a copy: events (by event_id) and interactions (by trigger_id) are
 * recorded in the database, and only the first sighting is handled. Slash commands are checked by
 * their handler after the ack (see commands/mentoring.ts), so the ack never waits for the database.
 */
const INTERACTIONS = new Set(["block_actions", "view_submission", "view_closed", "shortcut", "message_action"]);

export function handleEachEventOnce(services: Services): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as { event_id?: unknown; type?: unknown; trigger_id?: unknown };
    let key: string | undefined;
    if (typeof body.event_id === "string") key = `slack:event:${body.event_id}`;
    else if (typeof body.type === "string" && INTERACTIONS.has(body.type) && typeof body.trigger_id === "string") {
      key = `slack:interaction:${body.trigger_id}`;
    }
    if (key && !(await firstSightingOrUnknown(services, key))) {
      const ack = (args as { ack?: () => Promise<void> }).ack;
      if (ack) await ack();
      return;
    }
    await args.next();
  };
}

/** As firstSighting, but when the database cannot tell, let the handler run (and fail politely). */
async function firstSightingOrUnknown(services: Services, key: string): Promise<boolean> {
  try {
    return await firstSighting(services, key);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return true;
  }
}

/** True the first time this process or any other sees the key. */
export async function firstSighting(services: Services, key: string): Promise<boolean> {
  const first = await services.processedEvents.firstSighting(key, services.clock.now());
  if (!first) services.logger.debug({ key }, "duplicate Slack request ignored");
  return first;
}

/**
 * The keys of the last requests this process took, without a database write: enough to answer a
 * copy that reaches the same process once. A copy handled by another replica is caught only by
 * firstSighting, which a command that changes nothing does without.
 */
export class RecentKeys {
  private readonly keys = new Set<string>();

  constructor(private readonly max = 10_000) {}

  /** True the first time this process sees the key (among the last `max`). */
  add(key: string): boolean {
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    if (this.keys.size > this.max) this.keys.delete(this.keys.values().next().value!);
    return true;
  }
}
