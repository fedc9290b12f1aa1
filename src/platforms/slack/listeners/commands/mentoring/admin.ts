import { coordinatorChangeText } from "../../../../../app/refusals";
import { slackText } from "../../../render";
import { SLASH_COMMAND } from "../../../slash-command";
import { identifySlackUser, parseUserMention } from "../../../people";
import { escapeMrkdwn, plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

/** `/mentoring admin add|remove @person` and `admin list`: who coordinates programmes. */
export async function manageCoordinators(request: CommandRequest): Promise<void> {
  const { viewer, args, respond, services, client, command } = request;
  const { t } = viewer;
  const prefix = `${SLASH_COMMAND} `;
  const reply = async (text: string): Promise<void> => {
    await respond({ response_type: "ephemeral", ...plainMessage(text) });
  };
  const action = (args[0] ?? "").toLowerCase();

  if (action === "list") {
    const coordinators = await services.people.coordinators();
    if (coordinators.length === 0) return reply(t("admin.listEmpty"));
    const lines = coordinators.map((p) => {
      const who = p.platform === "slack" ? `<@${p.userId}>` : escapeMrkdwn(p.displayName || p.userId);
      return `• ${who}${services.people.isConfiguredCoordinator(p) ? ` ${t("admin.configuredTag")}` : ""}`;
    });
    return reply(`${t("admin.listTitle")}\n${lines.join("\n")}`);
  }
  if (action !== "add" && action !== "remove") return reply(t("admin.usage", { prefix }));

  const userId = parseUserMention(args.slice(1).join(" "));
  if (!userId) return reply(t("admin.noPerson", { prefix }));
  const target = await identifySlackUser(services, client, command.team_id, userId);
  const change =
    action === "add"
      ? await services.people.grantCoordinator(viewer.person, target.person)
      : await services.people.revokeCoordinator(viewer.person, target.person);
  const name = { person: { userId, name: target.person.displayName } };
  return reply(slackText(coordinatorChangeText(action, change, name), viewer));
}
