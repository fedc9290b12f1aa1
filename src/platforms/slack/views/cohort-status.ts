import type { KnownBlock, View } from "@slack/types";
import type { Cohort } from "../../../domain/cohorts/cohort";
import type { CohortOverview } from "../../../domain/reporting/cohort-overview";
import type { Translate } from "../../../i18n";
import { ACTION_IDS, encodeMetadata, VIEW_IDS } from "../ids";
import { block, divider, escapeMrkdwn, header, option, plainText, section } from "./text";

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

export const LEAVE_BLOCKS = { cohort: "cohort", reason: "reason" } as const;

/** Leaving asks first: which programme, why (optional), and what will be deleted. */
export function leaveModal(cohorts: Cohort[], t: Translate): View {
  const options = cohorts.map((c) => option(c.name, c.id));
  return {
    type: "modal",
    callback_id: VIEW_IDS.leave,
    private_metadata: encodeMetadata({}),
    title: plainText(t("dataRights.leave.modalTitle"), 24),
    submit: plainText(t("dataRights.leave.confirm"), 24),
    close: plainText(t("common.cancel"), 24),
    blocks: [
      section(`⚠️ ${t("dataRights.leave.warning")}`),
      block({
        type: "input",
        block_id: LEAVE_BLOCKS.cohort,
        label: plainText(t("dataRights.leave.cohort")),
        element: {
          type: "static_select",
          action_id: "value",
          options,
          ...(options.length === 1 ? { initial_option: options[0] } : {}),
        },
      }),
      block({
        type: "input",
        block_id: LEAVE_BLOCKS.reason,
        optional: true,
        label: plainText(t("dataRights.leave.reason"), 2000),
        element: { type: "plain_text_input", action_id: "value", multiline: true },
      }),
    ],
  };
}
