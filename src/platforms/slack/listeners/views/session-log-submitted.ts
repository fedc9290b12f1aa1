import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { calendarDate } from "../../../../i18n/rhythm-text";
import type { Services } from "../../../../services";
import { decodeMetadata } from "../../ids";
import { identifySlackUser } from "../../people";
import { readViewState, viewErrors } from "../../view-state";
import { logInputFromFields } from "../../../../domain/meetings/session-log";

/**
 * The session log: every mistake next to its field at once, nothing saved until all is right;
 * then the session and its action items are saved for the pair (and only the pair).
 */
export function sessionLogSubmitted(services: Services) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const { t } = viewer;
    const { pairId, sessionId } = decodeMetadata(view.private_metadata);
    const values = readViewState(view);
    const result = await services.meetings.log(
      viewer.person,
      pairId ?? "-",
      logInputFromFields(values),
      viewer.timeZone,
      sessionId,
    );
    if (!result.ok) {
      if ("errors" in result) {
        const blocks = Object.fromEntries(Object.keys(view.state.values).map((block) => [block, block]));
        // A row-wide problem (unreadable rows, too many) is shown on the first row's text.
        blocks.actionItems = "actionItems.0.text";
        return void (await ack(viewErrors(result.errors, blocks, t)));
      }
      return void (await ack({ response_action: "errors", errors: { date: t("rhythm.notPartner") } }));
    }
    await ack();
    const found = await services.meetings.pairFor(viewer.person, pairId);
    const partner = found.ok ? found.context.partner.displayName : "";
    const date = calendarDate(String(values.date), viewer.locale);
    await client.chat.postMessage({
      channel: body.user.id,
      text: viewer.tEscaped("rhythm.log.saved", { date, count: result.items.length, partner }),
    });
  };
}
