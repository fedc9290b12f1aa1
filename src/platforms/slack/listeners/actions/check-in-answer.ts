import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { formatDateTime } from "../../../../i18n";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { identifySlackUser } from "../../people";
import { openLogModal, openPlanModal, pairForViewer } from "../../rhythm-flow";
import { plainMessage } from "../../views/text";
import { replyToAction } from "./reply";

const answerValue = z.object({
  pairId: z.string().min(1),
  askedAt: z.string().min(1),
  answer: z.enum(["met", "moved", "not-yet"]),
});

/**
 * "Did you meet?": yes opens the log; "we moved it" opens the slot picker and closes the question
 * once the new time is proposed; "not yet" asks again in three days (two misses: at risk).
 */
export function checkInAnswerAction(services: Services) {
  return async (args: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    const { ack, body, client, respond, action } = args;
    await ack();
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const { t } = viewer;
    const value = parseActionValue(answerValue, action.value);
    const found = await pairForViewer(services, viewer, value?.pairId ?? "-");
    if (!value || !found.ok) {
      await replyToAction(body, client, respond, found.ok ? plainMessage(t("rhythm.notPartner")) : found.message);
      return;
    }
    if (value.answer === "moved") {
      await openPlanModal(services, client, viewer, found.context, body.trigger_id, { askedAt: value.askedAt });
      return;
    }
    const answer = value.answer === "met" ? { kind: "met" as const } : { kind: "not-yet" as const };
    const result = await services.meetings.answerCheckIn(viewer.person, value.pairId, new Date(value.askedAt), answer);
    if (!result.ok) {
      await respond({
        replace_original: true,
        ...plainMessage(t(result.reason === "not-partner" ? "rhythm.notPartner" : result.reason)),
      });
      return;
    }
    const { effect } = result.step;
    if (effect.kind === "open-log") {
      await respond({ replace_original: true, ...plainMessage(t("rhythm.checkIn.logNow")) });
      await openLogModal(services, client, viewer, found.context, body.trigger_id);
      return;
    }
    if (effect.kind === "ask-again")
      await respond({
        replace_original: true,
        ...plainMessage(
          t("rhythm.checkIn.askAgain", { when: formatDateTime(effect.at, viewer.locale, viewer.timeZone) }),
        ),
      });
  };
}
