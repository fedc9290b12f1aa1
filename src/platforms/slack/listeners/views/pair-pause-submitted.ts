import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { pauseEndOf } from "../../../../domain/meetings/pause";
import { formatDate } from "../../../../i18n";
import type { Services } from "../../../../services";
import { decodeMetadata } from "../../ids";
import { identifySlackUser } from "../../people";
import { readViewState } from "../../view-state";
import { PAUSE_BLOCK } from "../../views/rhythm";

/** Pause until the end of the chosen day (the reader's zone); a past day is refused on the field. */
export function pairPauseSubmitted(services: Services) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const { t } = viewer;
    const { pairId } = decodeMetadata(view.private_metadata);
    const until = pauseEndOf(String(readViewState(view)[PAUSE_BLOCK] ?? ""), viewer.timeZone);
    if (!until)
      return void (await ack({
        response_action: "errors",
        errors: { [PAUSE_BLOCK]: t("meetings.errors.dateInvalid") },
      }));
    const result = await services.meetings.pause(viewer.person, pairId ?? "-", until);
    if (!result.ok)
      return void (await ack({
        response_action: "errors",
        errors: { [PAUSE_BLOCK]: t(result.reason === "not-partner" ? "rhythm.notPartner" : result.reason) },
      }));
    await ack();
    const text = viewer.tEscaped("rhythm.pause.paused", {
      until: formatDate(until, viewer.locale, viewer.timeZone),
      partner: result.context.partner.displayName,
    });
    await client.chat.postMessage({ channel: body.user.id, text });
  };
}
