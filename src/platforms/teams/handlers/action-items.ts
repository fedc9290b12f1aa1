import { z } from "zod";
import { isoDateIn } from "../../../domain/meetings/calendar-dates";
import { actionItemsCard } from "../cards/rhythm";
import type { TeamsRequest } from "../request";

/** `actions`: what either partner committed to, until it is done. */
export async function actionsCommand(request: TeamsRequest): Promise<void> {
  const { services, viewer } = request;
  const groups = await services.meetings.openActionItems(viewer.person);
  if (groups.length === 0) return request.reply(viewer.t("rhythm.noPair"));
  const rows = [];
  for (const { pair, items } of groups) {
    const partnerId = pair.mentorPersonId === viewer.person.id ? pair.menteePersonId : pair.mentorPersonId;
    const [partner, cohort] = await Promise.all([
      services.people.findById(partnerId),
      services.cohorts.findById(pair.cohortId),
    ]);
    rows.push({ partnerName: partner?.displayName ?? "—", cohortName: cohort?.name ?? "—", partnerId, items });
  }
  await request.card(actionItemsCard(rows, isoDateIn(services.clock.now(), viewer.timeZone), viewer.t, viewer.locale));
}

/** "Done" on an action item (either partner): the list is shown again without it. */
export async function actionItemDone(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const itemId = z.object({ itemId: z.string().min(1) }).safeParse(value).data?.itemId;
  const item = itemId ? await request.services.meetings.setActionItemDone(request.viewer.person, itemId, true) : null;
  if (!item) return request.reply(request.viewer.t("rhythm.notPartner"));
  await actionsCommand(request);
}
