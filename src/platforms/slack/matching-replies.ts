import type { Cohort } from "../../domain/cohorts/cohort";
import { formatDate } from "../../i18n";
import type { Services } from "../../services";
import type { SlackViewer } from "./people";

/** "The pairs of X were approved on <date>: N pairs", from the approved proposal itself. */
export async function alreadyApprovedText(services: Services, cohort: Cohort, viewer: SlackViewer): Promise<string> {
  const latest = await services.pairing.latestProposal(cohort.id);
  return viewer.tEscaped("matching.alreadyApproved", {
    cohort: cohort.name,
    date: latest?.approvedAt ? formatDate(latest.approvedAt, viewer.locale, viewer.timeZone) : "—",
    pairs: latest?.summary.pairs ?? 0,
  });
}
