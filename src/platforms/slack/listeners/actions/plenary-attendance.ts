import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { attendanceModal } from "../../views/plenaries";
import { plainMessage } from "../../views/text";
import { coordinatorClicking } from "./coordinator-gate";
import { replyToAction } from "./reply";

const plenaryValue = z.object({ plenaryId: z.string().min(1) });

/** "Attendance" on a plenary that has started: everyone in the cohort, ticked where recorded. */
export function plenaryAttendanceAction(services: Services) {
  return async (args: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await args.ack();
    const viewer = await coordinatorClicking(services, args, "plenary");
    if (!viewer) return;
    const { t } = viewer;
    const say = (text: string) => replyToAction(args.body, args.client, args.respond, plainMessage(text));
    const result = await services.plenaries.attendanceSheet(
      parseActionValue(plenaryValue, args.action.value)?.plenaryId ?? "-",
    );
    if (!result.ok)
      return say(
        result.plenary
          ? t("plenaries.attendance.notStarted", { number: result.plenary.number })
          : t("plenaries.notFound"),
      );
    const { sheet } = result;
    if (sheet.people.length === 0)
      return say(viewer.tEscaped("plenaries.attendance.noPeople", { cohort: sheet.cohort.name }));
    await args.client.views.open({
      trigger_id: args.body.trigger_id,
      view: attendanceModal(sheet, { plenaryId: sheet.plenary.id }, t, viewer.locale, viewer.timeZone),
    });
  };
}
