import type { PairContext } from "../domain/meetings/meeting-service";
import { pairRefusal } from "./refusals";
import { message, type Reply } from "./reply";
import type { App, Asker } from "./request";

/**
 * The pair a command or button is about, for one of its partners (the domain asks the policy);
 * otherwise the reply that says why not, or the overview when the person is in several pairs.
 */
export async function pairOf(
  app: App,
  who: Asker,
  pairId?: string,
): Promise<{ ok: true; context: PairContext } | { ok: false; reply: Reply }> {
  const found = await app.meetings.pairFor(who.person, pairId);
  if (found.ok) return found;
  if (found.reason === "several") return { ok: false, reply: await pairsOverview(app, who) };
  return { ok: false, reply: { kind: "message", text: pairRefusal(found.reason) } };
}

/** `session`: each of the person's pairs with its next session, progress and buttons. */
export async function pairsOverview(app: App, who: Asker): Promise<Reply> {
  const pairs = await app.meetings.overviewsFor(who.person);
  return pairs.length === 0 ? message("rhythm.noPair") : { kind: "pairs", pairs };
}
