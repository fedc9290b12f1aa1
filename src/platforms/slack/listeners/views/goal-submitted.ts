import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import type { Services } from "../../../../services";
import { goalRefusalText, goalsBoardFor } from "../../goals-flow";
import { identifySlackUser } from "../../people";
import { readViewState, viewErrors } from "../../view-state";
import { decodeGoalsMetadata, GOAL_FIELDS } from "../../views/goals";

const BLOCK_OF: Record<string, string> = Object.fromEntries(GOAL_FIELDS.map((field) => [field, field]));

/**
 * The goal form, new or edited. Mistakes come back next to their fields and nothing is saved; once
 * saved, the form closes and the board under it shows the goals as they are now.
 */
export function goalSubmitted(services: Services) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const metadata = decodeGoalsMetadata(view.private_metadata);
    if (!metadata) {
      await ack({ response_action: "errors", errors: { title: viewer.t("goals.notYours") } });
      return;
    }
    const input = readViewState(view);
    const saved = metadata.goalId
      ? await services.goals.edit(viewer.person, metadata.goalId, input, viewer.timeZone)
      : await services.goals.create(viewer.person, metadata.pairId, input, viewer.timeZone);
    if (!saved.ok) {
      if ("errors" in saved) await ack(viewErrors(saved.errors, BLOCK_OF, viewer.t));
      else
        await ack({
          response_action: "errors",
          errors: { title: goalRefusalText(viewer, saved.reason, metadata.goalId ? "goal" : "pair") },
        });
      return;
    }
    const board = await goalsBoardFor(services, viewer, saved.pair, saved.goals);
    if (!metadata.boardViewId) {
      await ack({ response_action: "update", view: board });
      return;
    }
    await ack();
    await client.views.update({ view_id: metadata.boardViewId, view: board });
  };
}
