import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { formatDateTime, type MessageKey } from "../../../../i18n";
import type { Services } from "../../../../services";
import { decodeMetadata } from "../../ids";
import { identifySlackUser } from "../../people";
import { readViewState } from "../../view-state";
import { PLAN_BLOCKS } from "../../views/rhythm";

/**
 * "Propose": the picked slot, or the date and time typed. A time in the past or outside the cohort
 * is refused next to the field it came from; nothing is proposed half-way.
 */
export function sessionPlanSubmitted(services: Services) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const { t } = viewer;
    const { pairId, askedAt } = decodeMetadata(view.private_metadata);
    const values = readViewState(view);
    const hasSlots = Boolean(view.state.values[PLAN_BLOCKS.slot]);
    const custom =
      typeof values[PLAN_BLOCKS.custom] === "number" ? new Date((values[PLAN_BLOCKS.custom] as number) * 1000) : null;
    const slot = typeof values[PLAN_BLOCKS.slot] === "string" ? new Date(values[PLAN_BLOCKS.slot] as string) : null;
    const field = custom ? PLAN_BLOCKS.custom : hasSlots ? PLAN_BLOCKS.slot : PLAN_BLOCKS.custom;
    const startsAt = custom ?? slot;
    if (!startsAt)
      return void (await ack({ response_action: "errors", errors: { [field]: t("rhythm.plan.pickOne") } }));
    const result = await services.meetings.propose(viewer.person, pairId ?? "-", startsAt);
    if (!result.ok) {
      const key: MessageKey =
        result.reason === "not-partner" || result.reason === "not-found"
          ? "rhythm.notPartner"
          : result.reason === "own-proposal" || result.reason === "not-open"
            ? "rhythm.proposal.notOpen"
            : result.reason;
      return void (await ack({ response_action: "errors", errors: { [field]: t(key) } }));
    }
    await ack();
    if (askedAt)
      await services.meetings.answerCheckIn(viewer.person, result.context.pair.id, new Date(askedAt), {
        kind: "rescheduled",
        sessionAt: startsAt,
      });
    const text = viewer.tEscaped("rhythm.plan.proposedDone", {
      partner: result.context.partner.displayName,
      when: formatDateTime(startsAt, viewer.locale, viewer.timeZone),
    });
    await client.chat.postMessage({ channel: body.user.id, text });
  };
}
