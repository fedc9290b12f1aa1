import { csvFile } from "./cohort-export-csv";
import type { Cohort } from "../domain/cohorts/cohort";
import type { Proposal } from "../domain/pairing/proposal";
import type { Translate } from "../i18n";
import { pairReasonText, unmatchedReasonText } from "../app/matching-reasons";
import type { Text } from "../app/reply";

export interface CandidateDetails {
  department: string;
  role: "mentor" | "mentee" | "both";
}

/**
 * A proposal as a spreadsheet for the coordinator's records: one row per pair (fit, locked,
 * reasons in the reader's language), then one per person left unmatched with why. UTF-8 with a
 * byte-order mark so Excel shows Spanish accents right.
 */
export function proposalCsv(
  proposal: Proposal,
  cohort: Cohort,
  details: Map<string, CandidateDetails>,
  t: Translate,
  plain: (text: Text) => string,
): string {
  const name = (id: string) => proposal.people[id]?.name ?? id;
  const department = (id: string) => details.get(id)?.department ?? "";
  const rows: string[][] = [
    (["status", "mentor", "mentorDepartment", "mentee", "menteeDepartment", "fit", "locked", "reasons"] as const).map(
      (column) => t(`matching.csv.${column}`),
    ),
  ];
  for (const pair of proposal.result.pairs) {
    const mentor = name(pair.mentorId);
    const mentee = name(pair.menteeId);
    const reasons = pair.reasons
      .filter((r) => r.kind !== "locked")
      .map((r) => plain(pairReasonText(r, mentor, mentee, cohort.skills)));
    rows.push([
      t("matching.csv.paired"),
      mentor,
      department(pair.mentorId),
      mentee,
      department(pair.menteeId),
      pair.score.toFixed(1),
      pair.locked ? t("matching.csv.yes") : "",
      reasons.join("; "),
    ]);
  }
  for (const left of proposal.result.unmatched) {
    const asMentee = details.get(left.candidateId)?.role === "mentee";
    const who = name(left.candidateId);
    const where = department(left.candidateId);
    rows.push([
      t("matching.csv.unmatched"),
      asMentee ? "" : who,
      asMentee ? "" : where,
      asMentee ? who : "",
      asMentee ? where : "",
      "",
      "",
      plain(unmatchedReasonText(left.reason)),
    ]);
  }
  return csvFile(rows);
}

export function proposalCsvName(proposal: Proposal, cohort: Cohort): string {
  return `tandem-${cohort.slug}-proposal-${proposal.version}.csv`;
}
