import { z } from "zod";
import { openActionItems } from "../../../app/pairs";
import { sendToTeams } from "../render";
import type { TeamsRequest } from "../request";

/** "Done" on an action item (either partner): the list is shown again without it. */
export async function actionItemDone(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const itemId = z.object({ itemId: z.string().min(1) }).safeParse(value).data?.itemId;
  const item = itemId
    ? await request.services.actionItems.setActionItemDone(request.viewer.person, itemId, true)
    : null;
  if (!item) return request.reply(request.viewer.t("rhythm.notPartner"));
  await sendToTeams(request, await openActionItems(request.services, request.viewer));
}
