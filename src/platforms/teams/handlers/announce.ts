import { announcementScreen } from "../../../app/announcement-screen";
import { chooseCohort } from "../cohort-choice";
import { teamsReaderIn } from "../identify";
import { teamsScreen } from "../render-screen";
import type { TeamsRequest } from "../request";

/**
 * `announce [cohort]`: typed in a team channel (mentioning Tandem) or a group chat, the call for
 * applications goes there, in the cohort's language; in the personal chat, Tandem says how.
 */
export async function announceCommand(request: TeamsRequest, rest: string): Promise<void> {
  const { services, viewer, context } = request;
  const cohort = await chooseCohort(request, rest, "announce", (c) => c.status === "draft" || c.status === "open");
  if (!cohort) return;
  const where = context.activity.conversation?.conversationType;
  if (where !== "channel" && where !== "groupChat")
    return request.reply(viewer.tEscaped("teams.announce.inChannel", { name: cohort.name }));
  await request.card(
    teamsScreen(announcementScreen(cohort, services.clock.now()), teamsReaderIn(cohort.locale, cohort.timeZone)),
  );
}
