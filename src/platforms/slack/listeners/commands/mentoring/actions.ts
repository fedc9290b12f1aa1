import { isoDateIn } from "../../../../../domain/meetings/calendar-dates";
import type { Services } from "../../../../../services";
import type { SlackViewer } from "../../../people";
import { actionItemsMessage } from "../../../views/rhythm";
import { plainMessage, type SlackMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

/** The viewer's open action items, pair by pair, with Done buttons. */
export async function actionItemsFor(services: Services, viewer: SlackViewer): Promise<SlackMessage> {
  const groups = await services.meetings.openActionItems(viewer.person);
  if (groups.length === 0) return plainMessage(viewer.t("rhythm.noPair"));
  const rows = [];
  for (const { pair, items } of groups) {
    const partnerId = pair.mentorPersonId === viewer.person.id ? pair.menteePersonId : pair.mentorPersonId;
    const [partner, cohort] = await Promise.all([
      services.people.findById(partnerId),
      services.cohorts.findById(pair.cohortId),
    ]);
    rows.push({ partnerName: partner?.displayName ?? "—", cohortName: cohort?.name ?? "—", partnerId, items });
  }
  const today = isoDateIn(services.clock.now(), viewer.timeZone);
  return actionItemsMessage(rows, today, viewer.t, viewer.locale);
}

/** `/mentoring actions`: what either partner committed to, until it is done. */
export async function listActionItems(request: CommandRequest): Promise<void> {
  const { viewer, services, respond } = request;
  await respond({ response_type: "ephemeral", ...(await actionItemsFor(services, viewer)) });
}
