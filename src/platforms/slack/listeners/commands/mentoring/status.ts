import { applicationItems } from "../../../application-flow";
import { statusMessage } from "../../../views/applications";
import type { CommandRequest } from "./request";

/** `/mentoring status`: where each of the person's applications stands. */
export async function showStatus({ viewer, services, respond }: CommandRequest): Promise<void> {
  const items = await applicationItems(services, viewer.person.id);
  await respond({
    response_type: "ephemeral",
    ...statusMessage(items, viewer.t, viewer.locale, viewer.timeZone, services.clock.now()),
  });
}
