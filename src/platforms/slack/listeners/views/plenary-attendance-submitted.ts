import { slackText } from "../../render";
import { coordinatorRefusal } from "../../../../app/gate";
import { plenaryRefusal } from "../../../../app/refusals";
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import type { Services } from "../../../../services";
import { decodeMetadata } from "../../ids";
import { identifySlackUser } from "../../people";
import { readViewState } from "../../view-state";
import { ATTENDANCE_BLOCK_PREFIX, attendanceFormValue } from "../../views/plenaries";
import { fieldErrors } from "../../views/text";

/**
 * "Save" on a plenary's attendance: who is ticked attended, everyone else in the cohort not (the
 * coordinator's correction). Anyone ticked who is not in the cohort refuses the whole form.
 */
export function plenaryAttendanceSubmitted(services: Services) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const firstBlock =
      Object.keys(view.state.values).find((id) => id.startsWith(ATTENDANCE_BLOCK_PREFIX)) ??
      `${ATTENDANCE_BLOCK_PREFIX}0`;
    const refuse = (text: string) => ack(fieldErrors({ [firstBlock]: text }));
    const refused = coordinatorRefusal(viewer, "plenary.manage", "plenary");
    if (refused) return refuse(slackText(refused, viewer));
    const { plenaryId } = decodeMetadata(view.private_metadata);
    const result = await services.plenaries.correctAttendance(
      viewer.person,
      plenaryId ?? "-",
      attendanceFormValue(readViewState(view)),
    );
    if (!result.ok) return refuse(slackText(plenaryRefusal(result), viewer));
    await ack();
    const { plenary, cohort, attended, people } = result;
    await client.chat.postMessage({
      channel: body.user.id,
      text: viewer.tEscaped("plenaries.attendance.saved", {
        number: plenary.number,
        cohort: cohort.name,
        attended,
        people,
      }),
    });
  };
}
