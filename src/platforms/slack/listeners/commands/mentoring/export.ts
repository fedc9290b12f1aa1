import { makeFile } from "../../../../../app/files";
import { exportFiles } from "../../../../../app/reports";
import { commandAnswer, sendToSlack, slackText } from "../../../render";
import { sendFileToDm } from "../../../files";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

/** `/mentoring export [cohort]`: the cohort's records as CSV files in the coordinator's DM. Never notes. */
export async function exportCohort({
  viewer,
  services,
  client,
  command,
  respond,
  rest,
}: CommandRequest): Promise<void> {
  const reply = async (text: string) => void (await respond({ response_type: "ephemeral", ...plainMessage(text) }));
  const asked = await exportFiles(services, viewer, rest);
  if (!asked.ok) return sendToSlack(asked.reply, viewer, commandAnswer({ command, client, respond }));
  const { cohort, files } = asked;
  for (const [index, ref] of files.entries()) {
    // One request, one line in the audit log.
    const made = await makeFile(services, viewer, ref, { record: index === 0 });
    if (!made.ok) return reply(slackText(made.refusal, viewer));
    await sendFileToDm(client, command.user_id, {
      filename: made.file.filename,
      title: made.file.description,
      // The file comment is mrkdwn; its title is plain text.
      comment: index === 0 ? viewer.tEscaped("exports.comment", { cohort: cohort.name }) : "",
      content: made.file.content,
    });
  }
  await reply(viewer.tEscaped("exports.done", { cohort: cohort.name }));
}
