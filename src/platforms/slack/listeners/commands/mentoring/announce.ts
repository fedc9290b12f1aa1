import { chooseCohort } from "../../../cohort-choice";
import { postAnnouncement } from "../../../announce";
import { announceFailedMessage } from "../../../views/announcement";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

/** `/mentoring announce [cohort]`: the call for applications, in this channel (or one picked). */
export async function announceCohort(request: CommandRequest): Promise<void> {
  const { viewer, rest, services, client, command, respond } = request;
  const reply = async (text: string): Promise<void> => {
    await respond({ response_type: "ephemeral", ...plainMessage(text) });
  };
  const cohort = await chooseCohort(
    services,
    viewer,
    rest,
    "announce",
    reply,
    (c) => c.status === "draft" || c.status === "open",
  );
  if (!cohort) return;
  const posted = await postAnnouncement(services, client, cohort, command.channel_id);
  if (posted.ok) return reply(viewer.t("announce.posted", { channel: posted.channel }));
  await respond({ response_type: "ephemeral", ...announceFailedMessage(cohort, viewer.t) });
}
