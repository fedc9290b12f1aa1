import { makeFile } from "../../../../../app/files";
import { reportFiles } from "../../../../../app/reports";
import { commandAnswer, sendToSlack, slackText } from "../../../render";
import { sendFileToDm } from "../../../files";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

/** `/mentoring report [cohort]`: the final report as a PDF in the cohort's language. */
export async function sendReport({ viewer, services, client, command, respond, rest }: CommandRequest): Promise<void> {
  const { t } = viewer;
  const reply = async (text: string) => void (await respond({ response_type: "ephemeral", ...plainMessage(text) }));
  const asked = await reportFiles(services, viewer, rest);
  if (!asked.ok) return sendToSlack(asked.reply, viewer, commandAnswer({ command, client, respond }));
  const { cohort } = asked;
  for (const ref of asked.files) {
    const made = await makeFile(services, viewer, ref, { record: true });
    if (!made.ok) return reply(slackText(made.refusal, viewer));
    await sendFileToDm(client, command.user_id, {
      filename: made.file.filename,
      title: made.file.description,
      comment: "",
      content: made.file.content,
    });
  }
  await reply(viewer.tEscaped("report.done", { cohort: cohort.name, language: t(`languageName.${cohort.locale}`) }));
}
