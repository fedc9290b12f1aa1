import type { PairContext } from "../domain/meetings/meetings";
import { pairRefusal } from "./refusals";
import { isoDateIn } from "../domain/meetings/calendar-dates";
import { type ActionItemGroup, message, type Reply, text } from "./reply";
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
  const found = await app.sessions.pairFor(who.person, pairId);
  if (found.ok) return found;
  if (found.reason === "several") return { ok: false, reply: await pairsOverview(app, who) };
  return { ok: false, reply: { kind: "message", text: pairRefusal(found.reason) } };
}

/** `session`: each of the person's pairs with its next session, progress and buttons. */
export async function pairsOverview(app: App, who: Asker): Promise<Reply> {
  const pairs = await app.sessions.overviewsFor(who.person);
  return pairs.length === 0 ? message("rhythm.noPair") : { kind: "pairs", pairs };
}

/** `actions`: each pair's open action items (either partner's), until they are done. */
export async function openActionItems(app: App, who: Asker): Promise<Exclude<Reply, { kind: "form" }>> {
  const found = await app.actionItems.openActionItems(who.person);
  if (found.length === 0) return { kind: "message", text: text("rhythm.noPair") };
  const groups: ActionItemGroup[] = [];
  for (const { pair, items } of found) {
    const partnerId = pair.mentorPersonId === who.person.id ? pair.menteePersonId : pair.mentorPersonId;
    const [partner, cohort] = await Promise.all([app.people.findById(partnerId), app.cohorts.findById(pair.cohortId)]);
    groups.push({ partnerName: partner?.displayName ?? "—", cohortName: cohort?.name ?? "—", partnerId, items });
  }
  return { kind: "action-items", groups, today: isoDateIn(app.clock.now(), who.timeZone) };
}
