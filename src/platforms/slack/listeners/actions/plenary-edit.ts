import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { editPlenaryModal } from "../../views/plenaries";
import { plainMessage } from "../../views/text";
import { coordinatorClicking } from "./coordinator-gate";
import { replyToAction } from "./reply";

const plenaryValue = z.object({ plenaryId: z.string().min(1) });

/** "Edit" on a plenary still ahead: its date, time and length in a form (in the coordinator's zone). */
export function plenaryEditAction(services: Services) {
  return async (args: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await args.ack();
    const viewer = await coordinatorClicking(services, args, "plenary");
    if (!viewer) return;
    const { t } = viewer;
    const plenary = await services.plenaries.find(parseActionValue(plenaryValue, args.action.value)?.plenaryId ?? "-");
    const cohort = plenary ? await services.cohorts.findById(plenary.cohortId) : null;
    if (!plenary || !cohort)
      return replyToAction(args.body, args.client, args.respond, plainMessage(t("plenaries.notFound")));
    if (plenary.startsAt <= services.clock.now())
      return replyToAction(
        args.body,
        args.client,
        args.respond,
        plainMessage(t("plenaries.started", { number: plenary.number })),
      );
    await args.client.views.open({
      trigger_id: args.body.trigger_id,
      view: editPlenaryModal(plenary, cohort, { plenaryId: plenary.id }, t, viewer.timeZone),
    });
  };
}
