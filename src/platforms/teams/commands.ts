import { CardFactory, MessageFactory, TurnContext } from "./transport";
import { canRun, helpView, parseCommand } from "../../domain/commands";
import { coordinatorChangeMessage } from "../../domain/people";
import { formatTime, translator, type MessageKey } from "../../i18n";
import type { Services } from "../../services";
import { escapeTeamsMarkdown } from "./cards/card";
import { helpCard } from "./cards/help";
import { settingsCard } from "./cards/settings";
import { applyCommand } from "./handlers/apply";
import { actionsCommand } from "./handlers/action-items";
import { pauseCommand } from "./handlers/pause";
import { sessionCommand } from "./handlers/session";
import { supportCommand } from "./handlers/support";
import { statusCommand } from "./handlers/status";
import { goalsCommand } from "./handlers/goals";
import { announceCommand } from "./handlers/announce";
import { applicantsCommand } from "./handlers/applicants";
import { cohortCommand } from "./handlers/cohort";
import { matchCommand } from "./handlers/match";
import { plenaryCommand } from "./handlers/plenary";
import { evaluationCommand } from "./handlers/evaluation";
import { leaveCommand } from "./handlers/leave";
import { auditCommand, certificateCommand, exportCommand, reportCommand } from "./handlers/reports";
import { identifyTeamsUser, mentionedPerson, type TeamsViewer } from "./identify";
import { teamsRequest } from "./request";

/** What may be typed in a channel or group chat, where everyone reads the answer. */
const SHARED_COMMANDS = new Set(["help", "announce"]);

/** A typed command in the bot's chat: the same words as Slack's `/mentoring …`. */
export async function handleTeamsCommand(services: Services, context: TurnContext): Promise<void> {
  const viewer = await identifyTeamsUser(services, context);
  const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? "";
  const parsed = parseCommand(text.replace(/^\/?mentoring\s*/i, ""));
  const reply = (message: string) => context.sendActivity(MessageFactory.text(message));

  if (parsed.kind === "empty" || parsed.kind === "unknown") {
    const unknown = parsed.kind === "unknown" ? { word: parsed.word, suggestion: parsed.suggestion } : undefined;
    await context.sendActivity(
      MessageFactory.attachment(CardFactory.adaptiveCard(helpCard(helpView(viewer.isCoordinator, unknown), viewer.t))),
    );
    return;
  }
  if (!canRun(parsed.spec, viewer.isCoordinator)) {
    await reply(viewer.t("common.coordinatorOnly", { command: parsed.spec.name }));
    return;
  }
  const { t, locale } = viewer;
  const type = context.activity.conversation?.conversationType;
  if ((type === "channel" || type === "groupChat") && !SHARED_COMMANDS.has(parsed.spec.name)) {
    // Everything else shows someone's own data: it is answered in the personal chat only.
    await reply(t("teams.personalOnly", { command: parsed.spec.name }));
    return;
  }
  const now = services.clock.now();
  const request = teamsRequest(services, context, viewer);
  switch (parsed.spec.name) {
    case "help":
      await context.sendActivity(
        MessageFactory.attachment(CardFactory.adaptiveCard(helpCard(helpView(viewer.isCoordinator), t))),
      );
      return;
    case "settings":
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(settingsCard(viewer, t))));
      return;
    case "language": {
      const result = await services.people.chooseLanguage(viewer.person, parsed.args[0] ?? "");
      if (!result.ok) return void (await reply(t("language.invalid", { prefix: "" })));
      return void (await reply(translator(services.people.localeOf(result.person), "teams")("language.changed")));
    }
    case "timezone": {
      if (parsed.rest === "") {
        return void (await reply(
          viewer.tEscaped("timezone.current", {
            zone: viewer.timeZone,
            time: formatTime(now, locale, viewer.timeZone),
            prefix: "",
          }),
        ));
      }
      const result = await services.people.chooseTimeZone(viewer.person, parsed.rest);
      if (!result.ok) return void (await reply(viewer.tEscaped("timezone.invalid", { zone: parsed.rest })));
      const zone = services.people.timeZoneOf(result.person);
      return void (await reply(viewer.tEscaped("timezone.changed", { zone, time: formatTime(now, locale, zone) })));
    }
    case "admin":
      return manageCoordinators(services, context, viewer, parsed.args);
    case "apply":
      return applyCommand(request, parsed.rest);
    case "status":
      return statusCommand(request);
    case "session":
      return sessionCommand(request, parsed.args);
    case "actions":
      return actionsCommand(request);
    case "pause":
      return pauseCommand(request, parsed.args);
    case "support":
      return supportCommand(request, parsed.rest);
    case "goals":
      return goalsCommand(request);
    case "cohort":
      return cohortCommand(request, parsed.args);
    case "announce":
      return announceCommand(request, parsed.rest);
    case "applicants":
      return applicantsCommand(request, parsed.rest);
    case "match":
      return matchCommand(request, parsed.rest);
    case "plenary":
      return plenaryCommand(request, parsed.rest);
    case "evaluation":
      return evaluationCommand(request);
    case "mydata":
      return void (await request.file({ kind: "mydata" }, t("dataRights.mydataSent")));
    case "leave":
      return leaveCommand(request);
    case "export":
      return exportCommand(request, parsed.rest);
    case "report":
      return reportCommand(request, parsed.rest);
    case "certificate":
      return certificateCommand(request, parsed.rest);
    case "audit":
      return auditCommand(request, parsed.rest);
    default:
      // A command added to the shared list before Teams learns it: say so rather than fail.
      await reply(t("teams.notYet", { command: parsed.spec.name }));
      return;
  }
}

async function manageCoordinators(
  services: Services,
  context: TurnContext,
  viewer: TeamsViewer,
  args: string[],
): Promise<void> {
  const { t } = viewer;
  const reply = (message: string) => context.sendActivity(MessageFactory.text(message));
  const action = (args[0] ?? "").toLowerCase();
  if (action === "list") {
    const coordinators = await services.people.coordinators();
    if (coordinators.length === 0) return void (await reply(t("admin.listEmpty")));
    const lines = coordinators.map(
      // A markdown list Tandem builds: the names in it are escaped one by one.
      (p) =>
        `- ${escapeTeamsMarkdown(p.displayName || p.userId)}${services.people.isConfiguredCoordinator(p) ? ` ${t("admin.configuredTag")}` : ""}`,
    );
    return void (await reply(`${t("admin.listTitle")}\n\n${lines.join("\n")}`));
  }
  if (action !== "add" && action !== "remove") return void (await reply(t("admin.usage", { prefix: "" })));

  const mention = await mentionedPerson(context);
  if (!mention) return void (await reply(t("admin.noPerson", { prefix: "" })));
  const target = await services.people.identifyWithProfile(mention.key, { displayName: mention.name });
  const name = target.displayName || target.userId;
  const change =
    action === "add"
      ? await services.people.grantCoordinator(viewer.person, target)
      : await services.people.revokeCoordinator(viewer.person, target);
  await reply(viewer.tEscaped(coordinatorChangeMessage(action, change) as MessageKey, { name, command: "admin" }));
}
