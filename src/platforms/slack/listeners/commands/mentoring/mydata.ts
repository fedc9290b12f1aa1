import { fileSafeName } from "../../../../../documents/file-names";
import { sendFileToDm } from "../../../files";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

/** `/mentoring mydata`: everything Tandem holds about the person, as JSON in their DM. */
export async function sendMyData({ viewer, services, client, command, respond }: CommandRequest): Promise<void> {
  const data = await services.dataRights.myData(viewer.person);
  const day = services.clock.now().toISOString().slice(0, 10);
  await sendFileToDm(client, command.user_id, {
    filename: `${fileSafeName(`tandem ${viewer.person.displayName || viewer.person.userId} ${day}`)}.json`,
    title: viewer.t("dataRights.mydataTitle"),
    comment: viewer.t("dataRights.mydataSent"),
    content: Buffer.from(JSON.stringify(data, null, 2), "utf8"),
  });
  await respond({ response_type: "ephemeral", ...plainMessage(viewer.t("dataRights.mydataReply")) });
}
