import { makeFile } from "../../../../../app/files";
import { slackText } from "../../../render";
import { sendFileToDm } from "../../../files";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

/** `/mentoring mydata`: everything Tandem holds about the person, as JSON in their DM. */
export async function sendMyData({ viewer, services, client, command, respond }: CommandRequest): Promise<void> {
  const made = await makeFile(services, viewer, { kind: "mydata" }, { record: true });
  const say = (text: string) => respond({ response_type: "ephemeral", ...plainMessage(text) });
  if (!made.ok) return void (await say(slackText(made.refusal, viewer)));
  await sendFileToDm(client, command.user_id, {
    filename: made.file.filename,
    title: made.file.description,
    comment: viewer.t("dataRights.mydataSent"),
    content: made.file.content,
  });
  await say(viewer.t("dataRights.mydataReply"));
}
