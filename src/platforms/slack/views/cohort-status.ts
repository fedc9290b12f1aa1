import type { KnownBlock } from "@slack/types";
import type { CohortOverview } from "../../../domain/reporting/cohort-overview";
import type { Translate } from "../../../i18n";
import { ACTION_IDS } from "../ids";
import { block, divider, escapeMrkdwn, header, plainText } from "./text";

/** A cohort's line on the coordinator's Home tab. */
export function cohortHomeBlocks(overviews: CohortOverview[], t: Translate): KnownBlock[] {
  if (overviews.length === 0) return [];
  return [
    header(t("cohortStatus.homeTitle")),
    ...overviews.map((o) =>
      block({
        type: "section",
        text: {
          type: "mrkdwn",
          text: t("cohortStatus.homeLine", {
            cohort: escapeMrkdwn(o.cohort.name),
            pairs: o.pairs.length,
            held: o.sessionsHeld,
            due: o.sessionsDue,
            atRisk: o.atRisk.length,
            rate: o.evaluations.final.asked > 0 ? o.evaluations.final.rate : o.evaluations.pulse.rate,
          }),
        },
        accessory: {
          type: "button",
          action_id: ACTION_IDS.cohortStatus,
          text: plainText(t("cohortStatus.homeStatus")),
          value: JSON.stringify({ cohortId: o.cohort.id }),
        },
      }),
    ),
    divider,
  ];
}
