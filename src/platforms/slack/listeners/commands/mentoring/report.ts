import { cohortChartSpec, renderChartPng } from "../../../../../documents/cohort-chart";
import { cohortReportPdf } from "../../../../../documents/cohort-report-pdf";
import { fileSafeName } from "../../../../../documents/file-names";
import { translator } from "../../../../../i18n";
import { chooseCohort } from "../../../cohort-choice";
import { sendFileToDm } from "../../../files";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

/** `/mentoring report [cohort]`: the final report as a PDF in the cohort's language. */
export async function sendReport({ viewer, services, client, command, respond, rest }: CommandRequest): Promise<void> {
  const { t } = viewer;
  const reply = async (text: string) => void (await respond({ response_type: "ephemeral", ...plainMessage(text) }));
  const cohort = await chooseCohort(services, viewer, rest, "report", reply, (c) => !c.isDemo);
  if (!cohort) return;
  const data = await services.reporting.reportFor(viewer, cohort);
  const cohortT = translator(cohort.locale);
  const chart = await renderChartPng(cohortChartSpec(data.overview, cohortT, cohort.locale));
  const pdf = await cohortReportPdf(data, chart, services.clock.now());
  await sendFileToDm(client, command.user_id, {
    filename: `${fileSafeName(`${cohortT("report.title")} ${cohort.name}`)}.pdf`,
    title: cohortT("report.fileTitle", { cohort: cohort.name }),
    comment: "",
    content: pdf,
  });
  await reply(viewer.tEscaped("report.done", { cohort: cohort.name, language: t(`languageName.${cohort.locale}`) }));
}
