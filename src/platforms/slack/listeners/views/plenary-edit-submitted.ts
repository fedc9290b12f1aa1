import { slackText } from "../../render";
import { coordinatorRefusal } from "../../../../app/gate";
import { plenaryRefusal } from "../../../../app/refusals";
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { formatDateTime } from "../../../../i18n";
import type { Services } from "../../../../services";
import { decodeMetadata } from "../../ids";
import { identifySlackUser } from "../../people";
import { readViewState, viewErrors } from "../../view-state";
import { PLENARY_FORM_FIELDS } from "../../views/plenaries";
import { fieldErrors } from "../../views/text";

const BLOCK_OF: Record<string, string> = Object.fromEntries(PLENARY_FORM_FIELDS.map((field) => [field, field]));

/**
 * "Save" on a plenary's form: the new date, time and length. A start in the past or a plenary that
 * would fall outside the cohort is refused next to the date, and nothing changes; once saved,
 * everyone in the cohort is reminded of the new time (the old reminders do nothing).
 */
export function plenaryEditSubmitted(services: Services) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const { t } = viewer;
    const refuse = (text: string) => ack(fieldErrors({ date: text }));
    const refused = coordinatorRefusal(viewer, "plenary.manage", "plenary");
    if (refused) return refuse(slackText(refused, viewer));
    const { plenaryId } = decodeMetadata(view.private_metadata);
    const result = await services.plenaries.edit(plenaryId ?? "-", readViewState(view), viewer.timeZone);
    if (!result.ok) {
      if ("errors" in result) return ack(viewErrors(result.errors, BLOCK_OF, t));
      return refuse(slackText(plenaryRefusal(result), viewer));
    }
    await ack();
    const { plenary, cohort } = result;
    const text = viewer.tEscaped("plenaries.edit.saved", {
      number: plenary.number,
      cohort: cohort.name,
      when: formatDateTime(plenary.startsAt, viewer.locale, viewer.timeZone),
      minutes: plenary.durationMinutes,
    });
    await client.chat.postMessage({ channel: body.user.id, text });
  };
}
