import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { applicantsScreen } from "../../../../app/applicants-screen";
import { slackScreen } from "../../render-screen";
import { coordinatorClicking } from "./coordinator-gate";

const pageValue = z.object({ cohortId: z.string().min(1), page: z.coerce.number().int().min(0) });

/** Previous / Next under `/mentoring applicants`: the same list, another page, in place. */
export function applicantsPageAction(services: Services) {
  return async (args: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await args.ack();
    const viewer = await coordinatorClicking(services, args, "applicants");
    const value = parseActionValue(pageValue, args.action.value);
    const cohort = viewer && value ? await services.cohorts.findById(value.cohortId) : null;
    if (!viewer || !value || !cohort) return;
    const overview = await services.applications.overview(cohort);
    await args.respond({
      replace_original: true,
      ...slackScreen(applicantsScreen(overview, value.page), viewer),
    });
  };
}
