import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import type { Services } from "../../../../services";
import { identifySlackUser } from "../../people";
import { SLASH_COMMAND } from "../../slash-command";
import { applicantsMessage } from "../../views/applicants";
import { plainMessage } from "../../views/text";
import { replyToAction } from "./reply";

const pageValue = z.object({ cohortId: z.string().min(1), page: z.number().int().min(0) });

/** Previous / Next under `/mentoring applicants`: the same list, another page, in place. */
export function applicantsPageAction(services: Services) {
  return async ({ ack, body, action, client, respond }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    if (!viewer.isCoordinator) {
      await replyToAction(body, client, respond, plainMessage(viewer.t("common.coordinatorOnly", { command: `${SLASH_COMMAND} applicants` })));
      return;
    }
    const parsed = pageValue.safeParse(safeJson(action.value));
    const cohort = parsed.success ? await services.cohorts.findById(parsed.data.cohortId) : null;
    if (!parsed.success || !cohort) return;
    const overview = await services.applications.overview(cohort);
    await respond({ replace_original: true, ...applicantsMessage(overview, parsed.data.page, viewer.t, viewer.locale, viewer.timeZone) });
  };
}

export function safeJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? "");
  } catch {
    return undefined;
  }
}
