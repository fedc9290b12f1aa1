import { plenaryCheckInRefusal } from "../../../../i18n/plenary-text";
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { identifySlackUser } from "../../people";
import { plainMessage } from "../../views/text";
import { replyToAction } from "./reply";

const plenaryValue = z.object({ plenaryId: z.string().min(1) });

/**
 * "I'm here" under a plenary's check-in: records the person's attendance while the plenary is on;
 * before its start or after its end, and for anyone outside its cohort, says why not.
 */
export function plenaryCheckInAction(services: Services) {
  return async (args: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    const { ack, body, client, respond, action } = args;
    await ack();
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const { t } = viewer;
    const result = await services.plenaries.checkIn(
      viewer.person,
      parseActionValue(plenaryValue, action.value)?.plenaryId ?? "-",
    );
    if (result.ok) {
      const vars = { number: result.plenary.number, cohort: result.cohort.name };
      const message = plainMessage(
        viewer.tEscaped(result.already ? "plenaries.alreadyCheckedIn" : "plenaries.checkedIn", vars),
      );
      if (body.container?.type === "message" && body.response_url && !result.already)
        await respond({ replace_original: true, ...message });
      else await replyToAction(body, client, respond, message);
      return;
    }
    const text = plenaryCheckInRefusal(result, t, viewer.locale, viewer.timeZone);
    await replyToAction(body, client, respond, plainMessage(text));
  };
}
