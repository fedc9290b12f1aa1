import { pairForViewer } from "../../../rhythm-flow";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

/** `/mentoring support <why>`: the coordinators hear who asks and why, never the pair's notes. */
export async function askForSupport(request: CommandRequest): Promise<void> {
  const { viewer, rest, services, respond } = request;
  const reply = (text: string) => respond({ response_type: "ephemeral", ...plainMessage(text) });
  if (!rest.trim()) return void (await reply(viewer.t("rhythm.support.usage")));
  const found = await pairForViewer(services, viewer);
  if (!found.ok) return void (await respond({ response_type: "ephemeral", ...found.message }));
  const result = await services.meetings.askForHelp(viewer.person, found.context.pair.id, rest);
  await reply(viewer.t(result.ok ? "rhythm.support.sent" : "rhythm.support.usage"));
}
