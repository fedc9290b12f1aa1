import type { Cohort } from "../domain/cohorts/cohort";
import type { ApproveResult, ProposeResult } from "../domain/pairing/pairing-service";
import { matchingRefusal } from "./refusals";
import type { Text } from "./reply";
import type { App } from "./request";

type Refused = Extract<ProposeResult | ApproveResult, { ok: false }>;

/** Why the match review changed nothing, with the approved proposal looked up when that is why. */
export async function matchRefusal(app: Pick<App, "pairing">, cohort: Cohort, refused: Refused): Promise<Text> {
  const approved = refused.reason === "approved" ? await app.pairing.latestProposal(cohort.id) : null;
  return matchingRefusal(refused.reason, cohort, approved);
}
