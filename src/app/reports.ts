import type { Cohort } from "../domain/cohorts/cohort";
import { can } from "../domain/policy";
import { chooseCohort } from "./cohorts";
import { EXPORT_FILES, type FileRef } from "./files";
import { coordinatorOnly } from "./refusals";
import type { Reply } from "./reply";
import type { App, Asker } from "./request";

/**
 * A coordinator's `export` and `report`: which cohort, and the files to make for it (each platform
 * delivers them its own way: Slack uploads them to the DM, Teams offers them for OneDrive).
 */
export type CohortFiles = { ok: true; cohort: Cohort; files: FileRef[] } | { ok: false; reply: Reply };

const notDemo = (c: Cohort) => !c.isDemo;

/** `export [cohort]`: the cohort's records as five CSV files. Never notes. */
export async function exportFiles(app: Pick<App, "cohorts">, asker: Asker, name: string): Promise<CohortFiles> {
  if (!can(asker, "reports.export")) return { ok: false, reply: { kind: "message", text: coordinatorOnly("export") } };
  const pick = await chooseCohort(app, name, "export", notDemo);
  if (!pick.ok) return pick;
  const { cohort } = pick;
  return { ok: true, cohort, files: EXPORT_FILES.map((file) => ({ kind: "export", cohortId: cohort.id, file })) };
}

/** `report [cohort]`: the final report as a PDF in the cohort's language. */
export async function reportFiles(app: Pick<App, "cohorts">, asker: Asker, name: string): Promise<CohortFiles> {
  if (!can(asker, "reports.report")) return { ok: false, reply: { kind: "message", text: coordinatorOnly("report") } };
  const pick = await chooseCohort(app, name, "report", notDemo);
  if (!pick.ok) return pick;
  return { ok: true, cohort: pick.cohort, files: [{ kind: "report", cohortId: pick.cohort.id }] };
}
