import { cohortExportCsv, type ExportFile } from "../../../../../documents/cohort-export-csv";
import { fileSafeName } from "../../../../../documents/file-names";
import { translator } from "../../../../../i18n";
import { chooseCohort } from "../../../cohort-choice";
import { sendFileToDm } from "../../../files";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

const FILES: ExportFile[] = ["applications", "pairs", "sessions", "attendance", "evaluations"];

/** `/mentoring export [cohort]`: the cohort's records as CSV files in the coordinator's DM. Never notes. */
export async function exportCohort({
  viewer,
  services,
  client,
  command,
  respond,
  rest,
}: CommandRequest): Promise<void> {
  const { t } = viewer;
  const reply = async (text: string) => void (await respond({ response_type: "ephemeral", ...plainMessage(text) }));
  const cohort = await chooseCohort(services, viewer, rest, "export", reply, (c) => !c.isDemo);
  if (!cohort) return;
  const files = cohortExportCsv(
    await services.reporting.exportFor(viewer, cohort),
    translator(viewer.locale), // files are plain text
    viewer.locale,
    viewer.timeZone,
  );
  for (const file of FILES) {
    await sendFileToDm(client, command.user_id, {
      filename: `${fileSafeName(`${cohort.name} ${t(`exports.files.${file}`)}`)}.csv`,
      title: `${cohort.name} · ${t(`exports.files.${file}`)}`,
      // The file comment is mrkdwn; its title is plain text.
      comment: file === "applications" ? viewer.tEscaped("exports.comment", { cohort: cohort.name }) : "",
      content: Buffer.from(files[file], "utf8"),
    });
  }
  await reply(viewer.tEscaped("exports.done", { cohort: cohort.name }));
}
